package org.corroborate.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.Anchor;
import org.corroborate.model.Annotations;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;
import org.corroborate.model.ClaimId;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.LinkType;
import org.corroborate.model.Operations;
import org.corroborate.service.Suggestions.SameClaim;
import org.corroborate.service.Suggestions.Span;
import org.corroborate.service.Suggestions.ValueConflict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accepting and dismissing the assistant's suggestions on the sample set, through the service. */
class SuggestionActionsTest {
    @TempDir
    Path dir;
    Path set;
    ProjectService service;

    @BeforeEach
    void copyTheSamples() throws Exception {
        service = new ProjectService(dir.resolve("projects"), new ArticleSetReader(), Clock.systemUTC(), "analyst");
        set = SampleCopy.in(dir);
    }

    private Workspace open() {
        return service.openArticleSet(set).workspace();
    }

    /** The match whose spans other matches share most, so accepting it makes a group of more than two. */
    private static SameClaim mostSharedMatch(Suggestions suggestions) {
        return suggestions.matches().stream()
                .max(Comparator.comparingLong(m -> suggestions.matches().stream()
                        .filter(o -> Set.of(o.a(), o.b()).contains(m.a()) || Set.of(o.a(), o.b()).contains(m.b())).count()))
                .orElseThrow();
    }

    private static Claim claimOn(Annotations annotations, Span span) {
        return annotations.claimsOf(span.article()).stream()
                .filter(c -> c.anchor().start() == span.start() && c.anchor().end() == span.end())
                .findFirst().orElseThrow(() -> new AssertionError("no claim on " + span));
    }

    @Test
    void acceptingAMatchMakesAClaimPerSpanSameLinksAndAGroupWhichOneUndoRemoves() {
        try (Workspace workspace = open()) {
            Suggestions suggestions = Suggestions.of(workspace);
            SameClaim match = mostSharedMatch(suggestions);

            SuggestionActions.Accepted accepted = SuggestionActions.accept(workspace, suggestions, match.id());

            Annotations after = workspace.annotations();
            assertThat(accepted.claims()).hasSizeGreaterThan(2).doesNotHaveDuplicates();
            assertThat(accepted.created()).containsExactlyInAnyOrderElementsOf(accepted.claims());
            assertThat(after.claims()).extracting(Claim::id).containsExactlyInAnyOrderElementsOf(accepted.claims());
            ClaimId a = claimOn(after, match.a()).id();
            ClaimId b = claimOn(after, match.b()).id();
            assertThat(after.linkBetween(a, b)).map(ClaimLink::type).contains(LinkType.SAME);
            assertThat(after.links()).extracting(ClaimLink::id).containsExactlyInAnyOrderElementsOf(accepted.links());
            assertThat(after.links()).allSatisfy(link -> assertThat(link.type()).isEqualTo(LinkType.SAME));
            List<Span> spans = suggestions.matches().stream().flatMap(m -> Stream.of(m.a(), m.b()))
                    .filter(span -> after.claimsOf(span.article()).stream()
                            .anyMatch(c -> c.anchor().start() == span.start() && c.anchor().end() == span.end()))
                    .distinct().toList();
            assertThat(spans).hasSameSizeAs(accepted.claims());
            assertThat(spans).extracting(Span::article).as("one span per article").doesNotHaveDuplicates();
            long pairsAmongTheSpans = suggestions.matches().stream()
                    .filter(m -> spans.contains(m.a()) && spans.contains(m.b())).count();
            assertThat(pairsAmongTheSpans).as("every two of the spans are matched")
                    .isEqualTo(spans.size() * (spans.size() - 1L) / 2);
            assertThat(after.links()).hasSize((int) pairsAmongTheSpans);
            ClaimGroup group = after.group(accepted.group().orElseThrow()).orElseThrow();
            assertThat(group.members()).containsExactlyElementsOf(accepted.claims());
            String shortest = after.claims().stream().map(c -> c.quote().strip())
                    .min(Comparator.comparingInt(String::length)).orElseThrow();
            assertThat(group.statement()).isEqualTo(shortest);
            assertThat(workspace.undoLabel()).contains("Accept suggestion");

            Annotations undone = workspace.undo();

            assertThat(undone.isEmpty()).isTrue();
            assertThat(undone.links()).isEmpty();
            assertThat(undone.groups()).isEmpty();
        }
        try (Workspace reopened = open()) {
            assertThat(reopened.annotations().isEmpty()).as("the undo was saved").isTrue();
        }
    }

    @Test
    void acceptingReusesAClaimAlreadyOnASpanAndRefusesWhenEverythingIsThere() {
        try (Workspace workspace = open()) {
            Suggestions suggestions = Suggestions.of(workspace);
            SameClaim match = suggestions.matches().get(0);
            String text = workspace.article(match.a().article()).orElseThrow().text();
            Claim existing = Claim.mark(match.a().article(), Anchor.capture(text, match.a().start(), match.a().end()),
                    "analyst", workspace.now());
            workspace.apply(Operations.markClaim(existing));

            SuggestionActions.Accepted accepted = SuggestionActions.accept(workspace, suggestions, match.id());

            assertThat(accepted.claims()).contains(existing.id());
            assertThat(accepted.created()).doesNotContain(existing.id()).hasSize(accepted.claims().size() - 1);
            assertThat(workspace.annotations().claimsOf(match.a().article())).filteredOn(
                    c -> c.anchor().start() == match.a().start()).hasSize(1);
            assertThatThrownBy(() -> SuggestionActions.accept(workspace, suggestions, match.id()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(match.id()).hasMessageContaining("already accepted");
        }
    }

    @Test
    void acceptingAConflictLinksItsTwoClaimsByKindWithANoteNamingBothValues() {
        try (Workspace workspace = open()) {
            Suggestions suggestions = Suggestions.of(workspace);
            assertThat(suggestions.conflicts()).isNotEmpty();
            for (ValueConflict conflict : suggestions.conflicts()) {
                Annotations before = workspace.annotations();
                if (alreadyLinked(before, conflict)) {
                    continue;
                }
                SuggestionActions.Accepted accepted = SuggestionActions.accept(workspace, suggestions, conflict.id());

                Annotations after = workspace.annotations();
                Claim a = claimOn(after, conflict.a());
                Claim b = claimOn(after, conflict.b());
                ClaimLink link = after.linkBetween(a.id(), b.id()).orElseThrow();
                LinkType expected = Set.of("spelling", "precision").contains(conflict.kind())
                        ? LinkType.SAME : LinkType.CONTRADICTS;
                assertThat(link.type()).as(conflict.kind()).isEqualTo(expected);
                assertThat(link.note()).isEqualTo(conflict.values().get(0) + " vs " + conflict.values().get(1));
                assertThat(a.tags()).contains(conflict.kind());
                assertThat(b.tags()).contains(conflict.kind());
                assertThat(accepted.group()).isEmpty();
            }
            assertThat(workspace.annotations().links()).extracting(ClaimLink::type).contains(LinkType.CONTRADICTS);
        }
    }

    // Conflicts can share a pair of spans; the first accepted links them, and its link stays as it is.
    private static boolean alreadyLinked(Annotations annotations, ValueConflict conflict) {
        List<Claim> a = annotations.claimsOf(conflict.a().article()).stream()
                .filter(c -> c.anchor().start() == conflict.a().start() && c.anchor().end() == conflict.a().end()).toList();
        List<Claim> b = annotations.claimsOf(conflict.b().article()).stream()
                .filter(c -> c.anchor().start() == conflict.b().start() && c.anchor().end() == conflict.b().end()).toList();
        return !a.isEmpty() && !b.isEmpty() && annotations.linkBetween(a.get(0).id(), b.get(0).id()).isPresent();
    }

    @Test
    void aNameVariantAndAnUnknownIdAreRefusedNamingTheId() {
        try (Workspace workspace = open()) {
            Suggestions suggestions = Suggestions.of(workspace);
            String variant = suggestions.variants().get(0).id();

            assertThatThrownBy(() -> SuggestionActions.accept(workspace, suggestions, variant))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(variant).hasMessageContaining("name variant");
            assertThatThrownBy(() -> SuggestionActions.accept(workspace, suggestions, "0123456789ab"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No suggestion 0123456789ab");
            assertThatThrownBy(() -> SuggestionActions.dismiss(workspace, suggestions, "0123456789ab"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0123456789ab");
            assertThatThrownBy(() -> SuggestionActions.undismiss(workspace, "0123456789ab"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0123456789ab");
            assertThat(workspace.annotations().isEmpty()).isTrue();
        }
    }

    @Test
    void acceptingASuggestionMadeBeforeItsArticleChangedFailsAndChangesNothing() throws Exception {
        Suggestions stale;
        SameClaim match;
        try (Workspace workspace = open()) {
            stale = Suggestions.of(workspace);
            match = stale.matches().get(0);
        }
        Path file = set.resolve(match.a().file());
        Files.writeString(file, Files.readString(file).replace(match.a().text(), "Nothing of the kind happened."));

        try (Workspace workspace = open()) {
            assertThatThrownBy(() -> SuggestionActions.accept(workspace, stale, match.id()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(match.id()).hasMessageContaining("no longer matches the text of " + match.a().file());
            assertThat(workspace.annotations().isEmpty()).isTrue();
        }
    }

    @Test
    void aDismissedSuggestionStaysHiddenAfterReopeningUntilItIsBroughtBack() {
        String id;
        try (Workspace workspace = open()) {
            Suggestions suggestions = Suggestions.of(workspace);
            id = suggestions.conflicts().get(0).id();

            SuggestionActions.dismiss(workspace, suggestions, id);

            assertThat(SuggestionActions.dismissed(workspace)).containsExactly(id);
        }
        try (Workspace workspace = open()) {
            assertThat(SuggestionActions.dismissed(workspace)).containsExactly(id);
            assertThat(Suggestions.of(workspace).find(id)).isEmpty();
            Suggestions shown = Suggestions.of(workspace, Suggestions.Dismissed.SHOW);
            assertThat(shown.find(id)).isPresent();
            assertThat(shown.isDismissed(id)).isTrue();
            assertThat(shown.matches()).noneMatch(m -> shown.isDismissed(m.id()));

            SuggestionActions.undismiss(workspace, id);
        }
        try (Workspace workspace = open()) {
            assertThat(SuggestionActions.dismissed(workspace)).isEmpty();
            assertThat(Suggestions.of(workspace).find(id)).isPresent();
        }
    }

    @Test
    void theAcceptedSpansAreTheArticlesOwnText() {
        try (Workspace workspace = open()) {
            Suggestions suggestions = Suggestions.of(workspace);
            SameClaim match = suggestions.matches().get(0);

            SuggestionActions.accept(workspace, suggestions, match.id());

            for (Span span : List.of(match.a(), match.b())) {
                assertThat(claimOn(workspace.annotations(), span).quote()).isEqualTo(span.text());
            }
        }
    }
}
