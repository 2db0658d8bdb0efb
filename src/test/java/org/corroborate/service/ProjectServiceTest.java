package org.corroborate.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.Anchor;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.Operations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectServiceTest {
    private static final String CNN_TEXT = "Raids reported\nThe ministry said its forces had killed 60 Ukrainian soldiers near Odnorobovka.";

    @TempDir
    Path projects;
    @TempDir
    Path sets;
    Path set;
    ProjectService service;

    @BeforeEach
    void setUp() throws Exception {
        service = new ProjectService(projects, new ArticleSetReader(),
                Clock.fixed(Instant.parse("2024-03-12T12:00:00Z"), ZoneOffset.UTC), "analyst");
        set = Files.createDirectories(sets.resolve("raids"));
        write("cnn.txt", CNN_TEXT);
        write("bbc.txt", "Armed groups claim raids\nMore than 234 Ukrainian troops had been killed, Russia said.");
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(set.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Claim markIn(Workspace workspace, String fileName, String quote) {
        Article article = workspace.articles().stream().filter(a -> a.fileName().equals(fileName)).findFirst().orElseThrow();
        int start = article.text().indexOf(quote);
        Claim claim = Claim.mark(article.id(), Anchor.capture(article.text(), start, start + quote.length()),
                workspace.author(), workspace.now());
        workspace.apply(Operations.markClaim(claim));
        return claim;
    }

    @Test
    void openingTheSameSetAgainReopensItsProjectWithTheWorkDoneInIt() throws Exception {
        Claim claim;
        try (Workspace first = service.openArticleSet(set).workspace()) {
            claim = markIn(first, "cnn.txt", "killed 60 Ukrainian soldiers");
        }
        ProjectService.Opened again = service.openArticleSet(set);
        try (Workspace second = again.workspace()) {
            assertThat(second.location()).isEqualTo(service.projectFileFor(set));
            assertThat(again.articlesAdded()).isZero();
            assertThat(second.annotations().claims()).containsExactly(claim);
            assertThat(second.info().title()).isEqualTo("raids");
        }
        assertThat(Files.list(projects)).hasSize(1);
    }

    @Test
    void readingASetReportsEachFile() throws Exception {
        java.util.List<String> heard = new java.util.ArrayList<>();
        service.openArticleSet(set, (name, done, total) -> heard.add(name + " " + done + "/" + total)).workspace().close();
        assertThat(heard).containsExactly("bbc.txt 1/2", "cnn.txt 2/2");
    }

    @Test
    void aFileAddedToTheFolderIsImportedOnReopening() throws Exception {
        service.openArticleSet(set).workspace().close();
        write("dailybeast.txt", "Militants fight Russia\nThey seized a village.");
        ProjectService.Opened again = service.openArticleSet(set);
        try (Workspace workspace = again.workspace()) {
            assertThat(again.articlesAdded()).isEqualTo(1);
            assertThat(workspace.articles()).extracting(Article::fileName).contains("dailybeast.txt");
        }
    }

    @Test
    void whenAFileChangesItsClaimsFollowTheTextOrAreOrphanedForReview() throws Exception {
        Claim moved;
        Claim vanishing;
        try (Workspace workspace = service.openArticleSet(set).workspace()) {
            moved = markIn(workspace, "cnn.txt", "killed 60 Ukrainian soldiers");
            vanishing = markIn(workspace, "cnn.txt", "near Odnorobovka");
            workspace.apply(state -> Operations.editClaim(state,
                    state.claim(moved.id()).orElseThrow().withStatus(ClaimStatus.DISPUTED, workspace.now()), "Set status"));
        }
        write("cnn.txt", "Raids reported\nA new first paragraph was added.\n"
                + "The ministry said its forces had killed 60 Ukrainian soldiers as they crossed.");

        ProjectService.Opened again = service.openArticleSet(set);
        try (Workspace workspace = again.workspace()) {
            Article cnn = workspace.articles().stream().filter(a -> a.fileName().equals("cnn.txt")).findFirst().orElseThrow();
            Claim found = workspace.annotations().claim(moved.id()).orElseThrow();
            assertThat(cnn.text()).contains("A new first paragraph");
            assertThat(found.orphaned()).isFalse();
            assertThat(found.status()).isEqualTo(ClaimStatus.DISPUTED);
            assertThat(cnn.text().substring(found.anchor().start(), found.anchor().end()))
                    .isEqualTo("killed 60 Ukrainian soldiers");
            assertThat(found.anchor().start()).isGreaterThan(moved.anchor().start());
            assertThat(workspace.annotations().claim(vanishing.id()).orElseThrow().orphaned()).isTrue();
            assertThat(workspace.reanchoring().orphaned()).extracting(Claim::id).containsExactly(vanishing.id());
            assertThat(workspace.reanchoring().describe()).contains("1 claim re-anchored").contains("1 claim not found");
            assertThat(again.warnings())
                    .anySatisfy(m -> assertThat(m).startsWith("cnn.txt").contains("changed since it was imported"));
        }
        try (Workspace reopened = service.openProject(service.projectFileFor(set))) {
            assertThat(reopened.annotations().claim(vanishing.id()).orElseThrow().orphaned())
                    .as("the orphan mark was saved").isTrue();
            assertThat(reopened.reanchoring().anythingToReport()).isTrue();
        }
    }

    @Test
    void lookingAtAProjectChangesNothingUntilTheAnalystDoesSomething() throws Exception {
        Claim claim;
        ProjectLocation.File file;
        try (Workspace workspace = service.openArticleSet(set).workspace()) {
            claim = markIn(workspace, "cnn.txt", "killed 60 Ukrainian soldiers");
            file = (ProjectLocation.File) workspace.location();
        }
        try (org.corroborate.store.ProjectStore store = org.corroborate.store.ProjectStore.open(file.storeFile())) {
            Article cnn = store.articles().stream().filter(a -> a.fileName().equals("cnn.txt")).findFirst().orElseThrow();
            store.replaceArticleText(cnn.id(), new org.corroborate.model.ArticleDraft("cnn.txt", cnn.outlet(),
                    cnn.headline(), false, cnn.published(), cnn.url(), "New lead paragraph.\n" + CNN_TEXT), Instant.now());
        }

        try (Workspace looking = service.openProject(file)) {
            assertThat(looking.annotations().claim(claim.id()).orElseThrow().anchor().start())
                    .as("the window and the commands see the corrected place").isGreaterThan(claim.anchor().start());
        }
        try (org.corroborate.store.ProjectStore store = org.corroborate.store.ProjectStore.open(file.storeFile())) {
            assertThat(store.loadAnnotations().claim(claim.id()).orElseThrow()).as("but nothing was written").isEqualTo(claim);
        }

        try (Workspace working = service.openProject(file)) {
            working.apply(state -> Operations.editClaim(state,
                    state.claim(claim.id()).orElseThrow().withStatus(ClaimStatus.VERIFIED, working.now()), "Set status"));
        }
        try (org.corroborate.store.ProjectStore store = org.corroborate.store.ProjectStore.open(file.storeFile())) {
            Claim saved = store.loadAnnotations().claim(claim.id()).orElseThrow();
            assertThat(saved.status()).isEqualTo(ClaimStatus.VERIFIED);
            assertThat(saved.anchor().start()).as("the correction went in with the edit")
                    .isGreaterThan(claim.anchor().start());
        }
    }

    @Test
    void aFolderWithoutArticlesMakesNoProject() throws Exception {
        Path empty = Files.createDirectories(sets.resolve("empty"));
        assertThatThrownBy(() -> service.openArticleSet(empty))
                .isInstanceOfSatisfying(ProjectException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProjectException.Kind.BAD_INPUT))
                .hasMessageContaining("No article could be imported from " + empty)
                .hasMessageContaining("no .txt or .md articles");
        assertThat(projects).isEmptyDirectory();
    }

    @Test
    void undoAndRedoAreSavedAsTheyHappen() throws Exception {
        Claim claim;
        try (Workspace workspace = service.openArticleSet(set).workspace()) {
            claim = markIn(workspace, "cnn.txt", "killed 60 Ukrainian soldiers");
            workspace.apply(state -> Operations.editClaim(state,
                    claim.withClaimant("Russian defense ministry", workspace.now()), "Set claimant"));
            assertThat(workspace.undoLabel()).contains("Set claimant");
            workspace.undo();
            workspace.undo();
            assertThat(workspace.annotations().claims()).isEmpty();
            assertThat(workspace.redoLabel()).hasValueSatisfying(label -> assertThat(label).startsWith("Mark claim"));
            workspace.redo();
        }
        try (Workspace reopened = service.openArticleSet(set).workspace()) {
            assertThat(reopened.annotations().claims()).containsExactly(claim);
            assertThat(reopened.undoLabel()).as("history belongs to a session").isEmpty();
        }
    }
}
