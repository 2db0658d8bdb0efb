package org.corroborate.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.Anchor;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.Operations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace reads the annotations only when they are asked for, so listing articles never waits on them. */
class WorkspaceLoadingTest {
    private static final String TEXT = "Raids reported\nThe ministry said its forces had killed 60 Ukrainian soldiers near Odnorobovka.";

    @TempDir
    Path dir;

    @Test
    void theArticlesAreThereWithoutReadingTheAnnotations() throws Exception {
        Path set = Files.createDirectories(dir.resolve("raids"));
        Files.writeString(set.resolve("cnn.txt"), TEXT, StandardCharsets.UTF_8);
        ProjectService service = new ProjectService(dir, new ArticleSetReader(),
                Clock.fixed(Instant.parse("2024-03-12T12:00:00Z"), ZoneOffset.UTC), "analyst");
        ProjectLocation.File file = new ProjectLocation.File(dir.resolve("raids"));
        Claim first;
        Claim second;
        try (Workspace workspace = service.createProject(file, set).workspace()) {
            first = mark(workspace, "killed 60");
            second = mark(workspace, "Odnorobovka");
        }
        // A link within one article, which no operation would make: reading the annotations fails on it.
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("raids"), "", "");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO claim_link"
                     + " (id, from_claim, to_claim, link_type, note, author, created) VALUES (?, ?, ?, 'SAME', '', 'x', ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, first.id().value());
            insert.setObject(3, second.id().value());
            insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }

        try (Workspace reopened = service.openProject(file)) {
            assertThat(reopened.articles()).extracting(Article::fileName).containsExactly("cnn.txt");
            assertThatIllegalStateException().isThrownBy(reopened::annotations).withMessageContaining("same article");
        }
    }

    private static Claim mark(Workspace workspace, String quote) {
        Article article = workspace.articles().get(0);
        int start = article.text().indexOf(quote);
        Claim claim = Claim.mark(article.id(), Anchor.capture(article.text(), start, start + quote.length()),
                workspace.author(), workspace.now());
        workspace.apply(Operations.markClaim(claim));
        return claim;
    }
}
