package org.corroborate.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.AlignmentMatrix;
import org.corroborate.model.AlignmentMatrix.ConflictKind;
import org.corroborate.model.AlignmentMatrix.Order;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimId;
import org.corroborate.model.LinkType;
import org.corroborate.service.ProjectService;
import org.corroborate.settings.UserSettings;
import org.corroborate.testing.QueuedExecutor;
import org.corroborate.testing.RecordingDialogs;
import org.corroborate.ui.annotation.AnnotationViewModel;
import org.corroborate.ui.annotation.TextSelection;
import org.corroborate.ui.common.TaskExecutor;
import org.corroborate.ui.project.ProjectViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matrix part without a window: built only when shown, kept up with the edits, a cell opens its claim. */
class MatrixViewModelTest {
    @TempDir
    Path home;
    final List<List<ClaimId>> revealed = new ArrayList<>();
    ProjectViewModel project;
    AnnotationViewModel annotations;

    private MatrixViewModel open(TaskExecutor executor) {
        ProjectService service = new ProjectService(home.resolve("projects"), new ArticleSetReader(),
                Clock.systemUTC(), "analyst");
        project = new ProjectViewModel(service, executor, new RecordingDialogs(),
                UserSettings.load(home.resolve("settings.properties")));
        annotations = new AnnotationViewModel(project);
        annotations.onReveal(revealed::add);
        MatrixViewModel matrix = new MatrixViewModel(annotations);
        project.openArticleSet(Path.of("samples"));
        return matrix;
    }

    @AfterEach
    void close() {
        project.close();
    }

    private Claim mark(int articleId, String words) {
        Article article = project.article(articleId).orElseThrow();
        int start = article.text().indexOf(words);
        annotations.mark(new TextSelection(articleId, start, start + words.length()));
        return annotations.selectedClaim().orElseThrow();
    }

    /** CNN's 60 against the BBC wire's 234, linked as contradicting and grouped; and a lone claim. */
    private Claim groupTheCasualtyFigures() {
        Claim killed60 = mark(2, "killed 60 Ukrainian soldiers");
        Claim moreThan234 = mark(3, "more than 234");
        annotations.linkWith(LinkType.CONTRADICTS, killed60.id());
        annotations.groupConnected();
        mark(1, "drones");
        return killed60;
    }

    @Test
    void theMatrixIsBuiltOnlyWhileShownAndFollowsTheEdits() {
        MatrixViewModel matrix = open(TaskExecutor.direct());
        groupTheCasualtyFigures();
        assertThat(matrix.matrix().rows()).as("nothing is built while hidden").isEmpty();

        matrix.shownProperty().set(true);

        assertThat(matrix.matrix().rows()).hasSize(1);
        AlignmentMatrix.Row row = matrix.matrix().rows().get(0);
        assertThat(row.sources()).isEqualTo(2);
        assertThat(row.entries()).extracting(AlignmentMatrix.Entry::says).containsExactlyInAnyOrder("60", "more than 234");
        assertThat(row.entries()).allSatisfy(e -> assertThat(e.conflicts()).contains(ConflictKind.FIGURES));
        assertThat(matrix.summary()).isEqualTo("1 row · 2 articles · 1 with conflicts");
        assertThat(matrix.timelineProperty().get().articles()).hasSize(5);
        assertThat(matrix.timelineProperty().get().groups()).singleElement()
                .satisfies(g -> assertThat(g.values()).extracting(v -> v.says()).containsExactly("60", "more than 234"));

        project.undo();
        assertThat(matrix.matrix().rows()).as("undoing the lone claim leaves the group").hasSize(1);
        project.undo();
        assertThat(matrix.matrix().rows()).as("undoing the group empties the matrix").isEmpty();
    }

    @Test
    void theOptionsFilterAndOrderTheRows() {
        MatrixViewModel matrix = open(TaskExecutor.direct());
        groupTheCasualtyFigures();
        matrix.shownProperty().set(true);

        matrix.ungroupedClaimsProperty().set(true);
        assertThat(matrix.matrix().rows()).hasSize(2);
        matrix.orderProperty().set(Order.APPEARANCE);
        assertThat(matrix.matrix().rows().get(0).title()).isEqualTo("drones");
        matrix.conflictsOnlyProperty().set(true);
        assertThat(matrix.matrix().rows()).hasSize(1).allMatch(AlignmentMatrix.Row::inConflict);
    }

    @Test
    void openingACellSelectsItsClaimAndBringsItIntoView() {
        MatrixViewModel matrix = open(TaskExecutor.direct());
        Claim killed60 = groupTheCasualtyFigures();
        matrix.shownProperty().set(true);
        AlignmentMatrix.Entry cnn = matrix.matrix().rows().get(0).entries().stream()
                .filter(e -> e.claim().equals(killed60.id())).findFirst().orElseThrow();

        matrix.open(cnn);

        assertThat(annotations.selectedProperty().get()).isEqualTo(killed60.id());
        assertThat(revealed).last().asList().contains(killed60.id());
    }

    @Test
    void editsDuringABuildAreTakenUpByOneMoreBuildAfterIt() {
        QueuedExecutor executor = new QueuedExecutor();
        MatrixViewModel matrix = open(executor);
        executor.runAll();
        matrix.shownProperty().set(true);
        assertThat(matrix.buildingProperty().get()).isTrue();

        matrix.ungroupedClaimsProperty().set(true);
        matrix.orderProperty().set(Order.SOURCES);
        Article article = project.article(1).orElseThrow();
        int start = article.text().indexOf("drones");
        annotations.mark(new TextSelection(1, start, start + "drones".length()));
        executor.runAll();

        assertThat(matrix.buildingProperty().get()).isFalse();
        assertThat(matrix.matrix().rows()).extracting(AlignmentMatrix.Row::title).containsExactly("drones");
        assertThat(Optional.of(matrix.summary())).contains("1 row · 1 article · 0 with conflicts");
    }
}
