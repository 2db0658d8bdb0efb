package org.corroborate.ui.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;
import org.corroborate.model.ClaimId;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.LinkType;
import org.corroborate.model.Verdict;
import org.corroborate.service.ProjectService;
import org.corroborate.settings.UserSettings;
import org.corroborate.testing.RecordingDialogs;
import org.corroborate.ui.common.TaskExecutor;
import org.corroborate.ui.project.ProjectViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotation actions without a window: the executor runs at once, dialogs are recorded. */
class AnnotationViewModelTest {
    @TempDir
    Path home;
    final RecordingDialogs dialogs = new RecordingDialogs();
    ProjectViewModel project;
    AnnotationViewModel annotations;
    final List<List<ClaimId>> revealed = new ArrayList<>();

    @BeforeEach
    void openTheSampleSet() {
        ProjectService service = new ProjectService(home.resolve("projects"), new ArticleSetReader(),
                Clock.systemUTC(), "analyst");
        project = new ProjectViewModel(service, TaskExecutor.direct(), dialogs,
                UserSettings.load(home.resolve("settings.properties")));
        annotations = new AnnotationViewModel(project);
        annotations.onReveal(revealed::add);
        project.openArticleSet(Path.of("samples"));
        assertThat(project.articles()).hasSize(5);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private TextSelection select(int articleId, String words) {
        Article article = project.article(articleId).orElseThrow();
        int start = article.text().indexOf(words);
        return new TextSelection(articleId, start, start + words.length());
    }

    private Claim mark(int articleId, String words) {
        annotations.mark(select(articleId, words));
        return annotations.selectedClaim().orElseThrow();
    }

    @Test
    void markingSelectsTheNewClaimAndCanBeUndone() {
        Claim claim = mark(2, "killed 60 Ukrainian soldiers");
        assertThat(claim.quote()).isEqualTo("killed 60 Ukrainian soldiers");
        assertThat(project.undoLabelProperty().get()).isEqualTo("Mark claim “killed 60 Ukrainian soldiers”");
        project.undo();
        assertThat(project.annotations().claimCount()).isZero();
        assertThat(annotations.selectedProperty().get()).as("an undone claim is no longer selected").isNull();
        assertThat(project.redoLabelProperty().get()).startsWith("Mark claim");
    }

    @Test
    void markingWithNothingSelectedSaysWhatToDo() {
        annotations.mark(new TextSelection(2, 10, 10));
        assertThat(project.annotations().claimCount()).isZero();
        assertThat(project.statusProperty().get()).contains("Select the words of a claim first");
    }

    @Test
    void linkingUsesTheClaimSelectedBeforeAndRevealsBoth() {
        Claim sixty = mark(2, "killed 60 Ukrainian soldiers");
        Claim many = mark(3, "more than 234 Ukrainian troops had been killed");
        annotations.link(LinkType.CONTRADICTS, Optional.empty());
        assertThat(project.annotations().linkBetween(sixty.id(), many.id()))
                .hasValueSatisfying(l -> assertThat(l.type()).isEqualTo(LinkType.CONTRADICTS));
        assertThat(project.annotations().conflicts()).hasSize(1);
        assertThat(revealed).last().asList().containsExactlyInAnyOrder(many.id(), sixty.id());
    }

    @Test
    void linkingToTextSelectedInAnotherColumnMarksItAndLinksInOneStep() {
        Claim tyotkino = mark(1, "Tyotkino");
        annotations.link(LinkType.SAME, Optional.of(select(3, "Tetkino")));
        assertThat(project.annotations().claimCount()).isEqualTo(2);
        assertThat(project.annotations().linksOf(tyotkino.id())).singleElement()
                .satisfies(l -> assertThat(l.type()).isEqualTo(LinkType.SAME));
        project.undo();
        assertThat(project.annotations().claimCount()).as("one undo removes both the claim and the link").isEqualTo(1);
    }

    @Test
    void aBrokenRuleIsSaidInTheStatusBarNotInADialog() {
        Claim first = mark(2, "killed 60 Ukrainian soldiers");
        mark(2, "near Odnorobovka");
        annotations.pickLinkTarget(first.id());
        annotations.link(LinkType.SUPPORTS, Optional.empty());
        assertThat(project.annotations().links()).isEmpty();
        assertThat(project.statusProperty().get()).contains("same article");
        assertThat(dialogs.shown("error")).isEmpty();
    }

    @Test
    void editsResizeAndGroupingAreEachOneStep() {
        Claim sixty = mark(2, "killed 60 Ukrainian soldiers");
        annotations.setClaimant("Russian defense ministry");
        annotations.setTags(List.of("Casualties", "figure"));
        annotations.setStatus(ClaimStatus.DISPUTED);
        annotations.setNote("No evidence given");
        annotations.resizeSelected(SpanSteps.Edge.END, true);
        Claim edited = annotations.selectedClaim().orElseThrow();
        assertThat(edited.claimant()).isEqualTo("Russian defense ministry");
        assertThat(edited.tags()).containsExactly("casualties", "figure");
        assertThat(edited.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(edited.quote()).isEqualTo("killed 60 Ukrainian soldiers near");
        assertThat(annotations.claimantsInUse()).containsExactly("Russian defense ministry");
        assertThat(annotations.kindsOffered()).contains("casualties", "location", "figure");

        Claim many = mark(3, "more than 234 Ukrainian troops had been killed");
        annotations.link(LinkType.CONTRADICTS, Optional.empty());
        annotations.groupConnected();
        ClaimGroup group = project.annotations().groupsOf(sixty.id()).get(0);
        assertThat(group.members()).containsExactlyInAnyOrder(sixty.id(), many.id());
        annotations.setVerdict(group, Optional.of(Verdict.UNPROVEN));
        annotations.setGroupStatement(project.annotations().group(group.id()).orElseThrow(), "Ukrainian losses");
        ClaimGroup saved = project.annotations().group(group.id()).orElseThrow();
        assertThat(saved.verdict()).contains(Verdict.UNPROVEN);
        assertThat(saved.statement()).isEqualTo("Ukrainian losses");
        assertThat(project.undoLabelProperty().get()).isEqualTo("Edit statement");
        project.undo();
        assertThat(project.annotations().group(group.id()).orElseThrow().statement()).isEqualTo(many.quote());
    }

    @Test
    void settingTheSameValueAgainMakesNoStep() {
        mark(2, "killed 60 Ukrainian soldiers");
        annotations.setStatus(ClaimStatus.UNVERIFIED);
        annotations.setNote("");
        assertThat(project.undoLabelProperty().get()).startsWith("Mark claim");
    }
}
