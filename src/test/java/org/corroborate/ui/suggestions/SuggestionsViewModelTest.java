package org.corroborate.ui.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.Claim;
import org.corroborate.service.ProjectService;
import org.corroborate.service.SourceIndependence;
import org.corroborate.service.SuggestionActions;
import org.corroborate.service.Suggestions;
import org.corroborate.service.Suggestions.NameVariant;
import org.corroborate.service.Suggestions.SameClaim;
import org.corroborate.service.Suggestions.Span;
import org.corroborate.settings.UserSettings;
import org.corroborate.testing.QueuedExecutor;
import org.corroborate.testing.RecordingDialogs;
import org.corroborate.ui.annotation.AnnotationViewModel;
import org.corroborate.ui.annotation.SpanSteps;
import org.corroborate.ui.common.TaskExecutor;
import org.corroborate.ui.project.ProjectViewModel;
import org.corroborate.ui.suggestions.SuggestionsViewModel.Item;
import org.corroborate.ui.suggestions.SuggestionsViewModel.Member;
import org.corroborate.ui.suggestions.SuggestionsViewModel.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Suggestions tab without a window, on the sample set. */
class SuggestionsViewModelTest {
    @TempDir
    Path home;
    final RecordingDialogs dialogs = new RecordingDialogs();
    ProjectViewModel project;
    AnnotationViewModel annotations;
    SuggestionsViewModel suggestions;
    final List<List<Span>> revealed = new ArrayList<>();
    final List<Boolean> openedArticles = new ArrayList<>();

    private void open(TaskExecutor executor) {
        ProjectService service = new ProjectService(home.resolve("projects"), new ArticleSetReader(),
                Clock.systemUTC(), "analyst");
        project = new ProjectViewModel(service, executor, dialogs, UserSettings.load(home.resolve("settings.properties")));
        annotations = new AnnotationViewModel(project);
        suggestions = new SuggestionsViewModel(project, annotations);
        suggestions.onReveal((spans, open) -> {
            revealed.add(spans);
            openedArticles.add(open);
        });
        project.openArticleSet(Path.of("samples"));
    }

    private void openNow() {
        open(TaskExecutor.direct());
        assertThat(project.articles()).hasSize(5);
    }

    @AfterEach
    void close() {
        if (project != null) {
            project.close();
        }
    }

    /** A listed match whose proposed group holds more than two spans. */
    private Item matchOfAGroup() {
        return suggestions.items().stream().filter(i -> SuggestionActions.proposedSpans(suggestions.resultProperty().get(),
                i.id()).size() > 2).findFirst().orElseThrow();
    }

    @Test
    void itFillsWithoutAskingWhenTheProjectOpensWithEverySectionCounted() {
        openNow();

        assertThat(suggestions.runningProperty().get()).isFalse();
        assertThat(suggestions.items()).isNotEmpty().allSatisfy(item -> {
            assertThat(item.suggestion()).isInstanceOf(SameClaim.class);
            assertThat(((SameClaim) item.suggestion()).score()).isGreaterThanOrEqualTo(Suggestions.LIKELY_MIN_SCORE);
        });
        Map<Section, Integer> counts = suggestions.countsProperty().get();
        assertThat(counts.get(Section.SAME_CLAIM)).isEqualTo(suggestions.items().size());
        assertThat(counts.get(Section.CONFLICTS)).isPositive();
        assertThat(counts.get(Section.VARIANTS)).isPositive();
        assertThat(suggestions.summaryProperty().get()).startsWith(counts.get(Section.SAME_CLAIM) + " same claims, ");

        suggestions.sectionProperty().set(Section.VARIANTS);

        assertThat(suggestions.items()).hasSize(counts.get(Section.VARIANTS))
                .allSatisfy(item -> assertThat(item.suggestion()).isInstanceOf(NameVariant.class));
    }

    @Test
    void selectingAMatchPointsOutItsSpansAndBringsThemIntoColumnsAndAVariantPointsOutEveryOccurrence() {
        openNow();
        Item item = matchOfAGroup();

        suggestions.select(item);

        List<Span> proposed = SuggestionActions.proposedSpans(suggestions.resultProperty().get(), item.id());
        assertThat(suggestions.members()).filteredOn(Member::included).extracting(Member::span)
                .containsExactlyElementsOf(proposed);
        assertThat(suggestions.marksProperty().get()).containsExactlyElementsOf(proposed);
        assertThat(revealed).last().isEqualTo(proposed);
        assertThat(openedArticles).last().isEqualTo(true);

        suggestions.sectionProperty().set(Section.VARIANTS);
        assertThat(suggestions.marksProperty().get()).as("another section drops the selection").isEmpty();
        Item variant = suggestions.items().get(0);
        suggestions.select(variant);

        assertThat(suggestions.marksProperty().get()).containsExactlyElementsOf(((NameVariant) variant.suggestion()).spans());
        assertThat(openedArticles).last().as("occurrences are shown where the columns already are").isEqualTo(false);
    }

    @Test
    void acceptingWithAMemberDroppedAndASpanWidenedMakesThoseClaimsAsOneStepThatUndoTakesBack() {
        openNow();
        Item item = matchOfAGroup();
        suggestions.select(item);
        int last = (int) suggestions.members().stream().filter(Member::included).count() - 1;
        suggestions.toggle(last);
        Span first = suggestions.members().get(0).span();
        suggestions.step(0, SpanSteps.Edge.START, true);
        Span widened = suggestions.members().get(0).span();
        assertThat(widened.start()).isLessThan(first.start());
        assertThat(widened.text()).endsWith(first.text());
        List<Span> chosen = suggestions.members().stream().filter(Member::included).map(Member::span).toList();
        assertThat(suggestions.marksProperty().get()).containsExactlyElementsOf(chosen);

        suggestions.accept();

        assertThat(project.annotations().claims()).extracting(Claim::quote)
                .containsExactlyInAnyOrderElementsOf(chosen.stream().map(Span::text).toList());
        assertThat(project.annotations().links()).hasSize(chosen.size() * (chosen.size() - 1) / 2);
        assertThat(project.annotations().groups()).hasSize(1);
        assertThat(annotations.selectedClaim()).map(Claim::quote).contains(widened.text());
        assertThat(suggestions.items()).as("an accepted suggestion leaves the list").noneMatch(i -> i.id().equals(item.id()));
        assertThat(project.undoLabelProperty().get()).isEqualTo("Accept suggestion");

        project.undo();

        assertThat(project.annotations().isEmpty()).isTrue();
        assertThat(suggestions.items()).as("undone, it is back").anyMatch(i -> i.id().equals(item.id()));
    }

    @Test
    void aConflictKeepsItsTwoSpansAndIsAcceptedAsALink() {
        openNow();
        suggestions.sectionProperty().set(Section.CONFLICTS);
        Item conflict = suggestions.items().get(0);
        suggestions.select(conflict);

        suggestions.toggle(0);

        assertThat(suggestions.members()).hasSize(2).allMatch(Member::included);
        assertThat(project.statusProperty().get()).contains("both stay in");
        suggestions.accept();
        assertThat(project.annotations().claimCount()).isEqualTo(2);
        assertThat(project.annotations().links()).hasSize(1);
        assertThat(suggestions.items()).noneMatch(i -> i.id().equals(conflict.id()));
    }

    @Test
    void dismissingHidesItForGoodAndShowDismissedListsItGreyedToBringBack() {
        openNow();
        Item item = suggestions.items().get(0);
        suggestions.select(item);

        suggestions.dismiss();

        assertThat(suggestions.items()).noneMatch(i -> i.id().equals(item.id()));
        assertThat(SuggestionActions.dismissed(project.workspaceProperty().get())).containsExactly(item.id());

        suggestions.showDismissedProperty().set(true);

        Item shown = suggestions.items().stream().filter(i -> i.id().equals(item.id())).findFirst().orElseThrow();
        assertThat(shown.dismissed()).isTrue();
        suggestions.select(shown);
        suggestions.undismiss();
        assertThat(suggestions.selectedProperty().get().dismissed()).isFalse();
        assertThat(SuggestionActions.dismissed(project.workspaceProperty().get())).isEmpty();
        suggestions.showDismissedProperty().set(false);
        assertThat(suggestions.items()).anyMatch(i -> i.id().equals(item.id()));
    }

    @Test
    void theAnalysisRunsInTheBackgroundAndANewRunOrACancelDropsTheStaleOne() {
        QueuedExecutor executor = new QueuedExecutor();
        open(executor);
        assertThat(suggestions.resultProperty().get()).isNull();
        executor.runAll();
        Suggestions first = suggestions.resultProperty().get();
        assertThat(first).isNotNull();
        List<Suggestions> published = new ArrayList<>();
        suggestions.resultProperty().addListener((obs, old, now) -> published.add(now));

        suggestions.refresh();
        assertThat(suggestions.runningProperty().get()).isTrue();
        assertThat(suggestions.summaryProperty().get()).contains("reading 5 articles");
        suggestions.refresh();
        executor.runAll();

        assertThat(published).as("only the newer run's result is shown").hasSize(1);
        assertThat(suggestions.runningProperty().get()).isFalse();

        suggestions.refresh();
        suggestions.cancel();
        executor.runAll();

        assertThat(published).as("a cancelled run shows nothing").hasSize(1);
        assertThat(suggestions.runningProperty().get()).isFalse();
        assertThat(suggestions.summaryProperty().get()).startsWith("Stopped");
        assertThat(suggestions.items()).as("what was shown stays").isNotEmpty();
    }

    @Test
    void aCellOfTheMatrixShowsTheRewritesPassagesBesideItsSources() {
        openNow();
        SourceIndependence sources = suggestions.resultProperty().get().sources();
        SourceIndependence.Rewrite rewrite = sources.rewrites().get(0);
        int row = sources.files().indexOf(rewrite.article());
        int column = sources.files().indexOf(rewrite.source());

        suggestions.selectCell(row, column);

        assertThat(suggestions.cellProperty().get().rewrite()).contains(rewrite);
        assertThat(suggestions.passages()).containsExactlyElementsOf(rewrite.passages());
        SourceIndependence.Passage passage = rewrite.passages().get(0);
        assertThat(suggestions.marksProperty().get()).containsExactly(passage.a(), passage.b());
        assertThat(revealed).last().isEqualTo(List.of(passage.a(), passage.b()));

        int other = sources.files().indexOf(sources.files().stream()
                .filter(f -> !f.equals(rewrite.article()) && !f.equals(rewrite.source())).findFirst().orElseThrow());
        suggestions.selectCell(row, other);
        assertThat(suggestions.cellProperty().get().rewrite()).isEmpty();
        assertThat(suggestions.passages()).isEmpty();
    }
}
