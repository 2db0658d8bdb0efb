package org.corroborate.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.Operations;
import org.corroborate.service.ProjectService;
import org.corroborate.settings.UserSettings;
import org.corroborate.testing.RecordingDialogs;
import org.corroborate.ui.annotation.AnnotationViewModel;
import org.corroborate.ui.annotation.TextSelection;
import org.corroborate.ui.common.TaskExecutor;
import org.corroborate.ui.project.ProjectViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claims table's search looks in notes, claimants and every group's statement, whatever the case and accents. */
class ClaimsTableViewModelTest {
    @TempDir
    Path home;
    ProjectViewModel project;
    AnnotationViewModel annotations;
    ClaimsTableViewModel table;
    Claim sixty;

    @BeforeEach
    void markAClaimInTwoGroups() {
        ProjectService service = new ProjectService(home.resolve("projects"), new ArticleSetReader(),
                Clock.systemUTC(), "analyst");
        project = new ProjectViewModel(service, TaskExecutor.direct(), new RecordingDialogs(),
                UserSettings.load(home.resolve("settings.properties")));
        annotations = new AnnotationViewModel(project);
        table = new ClaimsTableViewModel(project);
        project.openArticleSet(Path.of("samples"));
        Article cnn = project.article(2).orElseThrow();
        int start = cnn.text().indexOf("killed 60 Ukrainian soldiers");
        annotations.mark(new TextSelection(2, start, start + "killed 60 Ukrainian soldiers".length()));
        sixty = annotations.selectedClaim().orElseThrow();
        annotations.setClaimant("Ministère de la Défense");
        annotations.setNote("Checked against the Reuters wire");
        project.apply(state -> Operations.createGroup(state, "Casualty figures", List.of(sixty.id()),
                Optional.empty(), "", project.workspaceProperty().get().now()));
        project.apply(state -> Operations.createGroup(state, "Claims made by the Russian ministry",
                List.of(sixty.id()), Optional.empty(), "", project.workspaceProperty().get().now()));
        annotations.mark(new TextSelection(2, 0, 12));
    }

    @AfterEach
    void close() {
        project.close();
    }

    private List<Claim> found(String search) {
        table.searchProperty().set(search);
        return table.visibleRows().stream().map(ClaimRow::claim).toList();
    }

    @Test
    void theSearchFindsTheStatementOfEveryGroupOfAClaim() {
        assertThat(found("casualty figures")).extracting(Claim::id).containsExactly(sixty.id());
        assertThat(found("RUSSIAN MINISTRY")).extracting(Claim::id).containsExactly(sixty.id());
    }

    @Test
    void theSearchFindsNotesAndClaimantsWithoutMindingAccents() {
        assertThat(found("reuters")).extracting(Claim::id).containsExactly(sixty.id());
        assertThat(found("ministere de la defense")).extracting(Claim::id).containsExactly(sixty.id());
        assertThat(found("DÉFENSE")).extracting(Claim::id).containsExactly(sixty.id());
        assertThat(found("")).hasSize(2);
    }
}
