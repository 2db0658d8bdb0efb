package org.corroborate.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.service.ProjectService;
import org.corroborate.service.TextSearch;
import org.corroborate.settings.UserSettings;
import org.corroborate.testing.QueuedExecutor;
import org.corroborate.testing.RecordingDialogs;
import org.corroborate.ui.project.ProjectViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The find bar without a window: the index is built in the background, hits are counted and stepped through. */
class FindViewModelTest {
    @TempDir
    Path home;
    final QueuedExecutor executor = new QueuedExecutor();
    final List<TextSearch.Hit> steppedTo = new ArrayList<>();
    ProjectViewModel project;

    private FindViewModel openSamples() {
        ProjectService service = new ProjectService(home.resolve("projects"), new ArticleSetReader(),
                Clock.systemUTC(), "analyst");
        project = new ProjectViewModel(service, executor, new RecordingDialogs(),
                UserSettings.load(home.resolve("settings.properties")));
        FindViewModel find = new FindViewModel(project);
        find.onHit(steppedTo::add);
        project.openArticleSet(Path.of("samples"));
        return find;
    }

    @AfterEach
    void close() {
        project.close();
        executor.runAll();
    }

    @Test
    void aSearchTypedBeforeTheIndexIsReadyRunsWhenItIs() {
        FindViewModel find = openSamples();
        find.open();
        find.queryProperty().set("Tetkino");
        assertThat(find.resultProperty().get().hitCount()).isZero();

        executor.runAll();

        assertThat(find.resultProperty().get().hitCount()).isPositive();
        assertThat(find.summary()).startsWith(find.resultProperty().get().hitCount() + " hits in ");
    }

    @Test
    void hitsAreCountedPerArticleAndSteppedThroughRoundAndRound() {
        FindViewModel find = openSamples();
        executor.runAll();
        find.open();
        find.queryProperty().set("IL-76");

        assertThat(find.summary()).isEqualTo("11 hits in 5 articles · Worthy News (reprint) 3 · CNN 3"
                + " · Mangalorean.com (wire copy citing the BBC) 1 · The Daily Beast 2 · 24.news 2");
        find.previous();
        assertThat(find.summary()).startsWith("11 of 11 in 5 articles");
        find.next();
        assertThat(find.summary()).startsWith("1 of 11");
        assertThat(steppedTo).extracting(TextSearch.Hit::articleId).containsExactly(5, 1);
        TextSearch.Hit first = steppedTo.get(1);
        String text = project.article(1).orElseThrow().text();
        assertThat(text.substring(first.start(), first.end())).isEqualTo("Il-76");

        find.queryProperty().set("il-76 ");
        assertThat(find.currentHit()).as("a new search starts again from the first hit").isEmpty();
    }

    @Test
    void aClosedFindBarShowsNoHitsAndF3OpensIt() {
        FindViewModel find = openSamples();
        executor.runAll();
        find.queryProperty().set("drones");
        assertThat(find.resultProperty().get().hitCount()).isZero();

        find.next();

        assertThat(find.shownProperty().get()).isTrue();
        assertThat(find.resultProperty().get().hitCount()).isPositive();
        assertThat(steppedTo).hasSize(1);
        find.close();
        assertThat(find.resultProperty().get().articles()).isEmpty();
        assertThat(find.queryProperty().get()).as("closing keeps the words for the next Ctrl+F").isEqualTo("drones");
    }
}
