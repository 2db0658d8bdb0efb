package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Anchor;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.LinkType;
import org.corroborate.model.Operation;
import org.corroborate.model.Operations;
import org.corroborate.model.Verdict;
import org.corroborate.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class AnnotationStoreTest {
    @Parameter
    Engine engine;
    @TempDir
    Path dir;
    ProjectAddress file;
    ProjectStore store;
    Article cnn;
    Article bbc;
    Annotations state = Annotations.empty();

    @BeforeEach
    void createProject() {
        file = engine.address(dir, "p");
        store = ProjectStore.create(file, Fixtures.info(), Fixtures.twoArticles(), Fixtures.NOW);
        cnn = store.articles().get(0);
        bbc = store.articles().get(1);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Claim mark(Article article, String quote) {
        int start = article.text().indexOf(quote);
        Claim claim = Claim.mark(article.id(), Anchor.capture(article.text(), start, start + quote.length()),
                "analyst", Fixtures.NOW);
        apply(Operations.markClaim(claim));
        return claim;
    }

    private void apply(Operation operation) {
        Annotations next = operation.applyTo(state);
        store.commit(operation);
        state = next;
    }

    private Annotations reopened() {
        store.close();
        store = ProjectStore.open(file);
        return store.loadAnnotations();
    }

    @Test
    void claimsLinksAndGroupsComeBackExactlyAfterReopening() {
        Claim sixty = mark(cnn, "killed 60 Ukrainian soldiers");
        Claim many = mark(bbc, "more than 234 Ukrainian troops had been killed");
        Claim edited = sixty.withClaimant("Russian defense ministry", Fixtures.NOW.plusSeconds(5))
                .withTags(List.of("Casualties", "figure"), Fixtures.NOW.plusSeconds(5))
                .withStatus(ClaimStatus.DISPUTED, Fixtures.NOW.plusSeconds(5))
                .withNote("Figure given \"without evidence\" — ‘quotes’ 🙂", Fixtures.NOW.plusSeconds(5));
        apply(Operations.editClaim(state, edited, "Edit claim"));
        apply(Operations.link(state, sixty.id(), many.id(), LinkType.CONTRADICTS, "60 vs more than 234", "analyst",
                Fixtures.NOW));
        apply(Operations.createGroup(state, "Ukrainian losses on 12 March", List.of(sixty.id(), many.id()),
                Optional.of(Verdict.UNPROVEN), "Neither figure is confirmed.", Fixtures.NOW));

        Annotations loaded = reopened();

        assertThat(loaded.claims()).containsExactlyElementsOf(state.claims());
        assertThat(loaded.links()).containsExactlyElementsOf(state.links());
        assertThat(loaded.groups()).containsExactlyElementsOf(state.groups());
        assertThat(loaded.claim(sixty.id()).orElseThrow().tags()).containsExactly("casualties", "figure");
        assertThat(loaded.conflicts()).hasSize(1);
    }

    @Test
    void aLinkedClaimCanBeEditedAndDeletedAndTheDeletionUndone() {
        Claim tyotkino = mark(cnn, "Tyotkino");
        Claim tetkino = mark(bbc, "Tetkino");
        apply(Operations.link(state, tyotkino.id(), tetkino.id(), LinkType.SAME, "spelling", "analyst", Fixtures.NOW));
        apply(Operations.createGroup(state, "The village taken", List.of(tyotkino.id(), tetkino.id()),
                Optional.empty(), "", Fixtures.NOW));
        Claim wider = tyotkino.withAnchor(Anchor.capture(cnn.text(), tyotkino.anchor().start() - 5,
                tyotkino.anchor().end()), Fixtures.NOW);
        apply(Operations.editClaim(state, wider, "Resize claim"));
        Annotations beforeDelete = state;

        Operation delete = Operations.deleteClaim(state, tyotkino.id(), Fixtures.NOW);
        apply(delete);
        assertThat(reopened().claims()).extracting(Claim::id).containsExactly(tetkino.id());
        assertThat(store.loadAnnotations().links()).isEmpty();
        assertThat(store.loadAnnotations().groups()).extracting(ClaimGroup::members)
                .containsExactly(List.of(tetkino.id()));

        apply(delete.inverse());
        Annotations restored = reopened();
        assertThat(restored.claims()).containsExactlyElementsOf(beforeDelete.claims());
        assertThat(restored.links()).containsExactlyElementsOf(beforeDelete.links());
        assertThat(restored.groups()).containsExactlyElementsOf(beforeDelete.groups());
    }

    @Test
    void longTextsInEveryFieldAreKept() {
        Claim claim = mark(cnn, "Tyotkino");
        String longName = "An unnamed official quoted at length ".repeat(100);
        Claim wordy = claim.withClaimant(longName, Fixtures.NOW).withTags(List.of("t".repeat(900)), Fixtures.NOW)
                .withNote("n".repeat(50_000), Fixtures.NOW);
        apply(Operations.editClaim(state, wordy, "Edit claim"));
        assertThat(reopened().claim(claim.id())).contains(wordy);
    }

    @Test
    void aFailingOperationWritesNothing() {
        Claim sixty = mark(cnn, "killed 60 Ukrainian soldiers");
        Claim sameIdAgain = Claim.mark(bbc.id(), Anchor.capture(bbc.text(), 0, 6), "analyst", Fixtures.NOW);
        Claim clash = new Claim(sixty.id(), 999, sameIdAgain.anchor(), "", List.of(), ClaimStatus.UNVERIFIED, "", "",
                Fixtures.NOW, Fixtures.NOW, false);
        Claim fine = mark(bbc, "Tetkino");
        Operation halfBad = new Operation("bad", List.of(
                Operations.deleteClaim(state, fine.id(), Fixtures.NOW).changes().get(0),
                Operations.markClaim(clash).changes().get(0)));

        assertThatThrownBy(() -> store.commit(halfBad)).isInstanceOf(ProjectStoreException.class);

        assertThat(reopened().claims()).extracting(Claim::id).containsExactlyInAnyOrder(sixty.id(), fine.id());
    }
}
