package org.corroborate.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.Annotations;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.LinkType;
import org.corroborate.service.Suggestions.SameClaim;
import org.corroborate.service.Suggestions.Span;
import org.corroborate.service.Suggestions.ValueConflict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accepting a suggestion with the spans the analyst settled on: members dropped or added, ends moved. */
class AcceptChosenSpansTest {
    @TempDir
    Path dir;
    Workspace workspace;
    Suggestions suggestions;

    @BeforeEach
    void open() {
        ProjectService service = new ProjectService(dir.resolve("projects"), new ArticleSetReader(), Clock.systemUTC(),
                "analyst");
        workspace = service.openArticleSet(Path.of("samples")).workspace();
        suggestions = Suggestions.of(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** The match whose proposed group is largest. */
    private SameClaim matchWithTheLargestGroup() {
        return suggestions.matches().stream().filter(m -> m.score() >= Suggestions.LIKELY_MIN_SCORE)
                .max(java.util.Comparator.comparingInt(m -> SuggestionActions.proposedSpans(suggestions, m.id()).size()))
                .orElseThrow();
    }

    private Span resized(Span span, int start, int end) {
        String text = workspace.article(span.article()).orElseThrow().text();
        return new Span(span.file(), span.article(), start, end, text.substring(start, end));
    }

    private static List<Claim> claimsOn(Annotations state, List<Span> spans) {
        return spans.stream().map(span -> state.claimsOf(span.article()).stream()
                .filter(c -> c.anchor().start() == span.start() && c.anchor().end() == span.end()).findFirst()
                .orElseThrow(() -> new AssertionError("no claim on " + span))).toList();
    }

    @Test
    void theProposedSpansOfAMatchAreItsTwoAndThoseMatchedWithBoth() {
        SameClaim match = matchWithTheLargestGroup();

        List<Span> proposed = SuggestionActions.proposedSpans(suggestions, match.id());

        assertThat(proposed).hasSizeGreaterThan(2).startsWith(match.a(), match.b());
        assertThat(proposed).extracting(Span::article).doesNotHaveDuplicates();
        List<Span> connected = SuggestionActions.connectedSpans(suggestions, match.id());
        assertThat(connected).doesNotContainAnyElementsOf(proposed);
        assertThat(connected).allSatisfy(span -> assertThat(suggestions.matches()).anyMatch(m ->
                Set.of(m.a(), m.b()).contains(span) && (Set.of(m.a(), m.b()).contains(match.a())
                        || Set.of(m.a(), m.b()).contains(match.b()))));
        assertThat(connected).extracting(Span::article).doesNotContainAnyElementsOf(
                proposed.stream().map(Span::article).toList());
    }

    @Test
    void acceptingWithAMemberDroppedAndAnEndWidenedLinksEveryTwoOfTheChosenSpansAsOneUndoableStep() {
        SameClaim match = matchWithTheLargestGroup();
        List<Span> chosen = new ArrayList<>(SuggestionActions.proposedSpans(suggestions, match.id()));
        chosen.remove(chosen.size() - 1);
        Span first = chosen.get(0);
        Span shorter = resized(first, first.start(), first.end() - 1);
        chosen.set(0, shorter);

        SuggestionActions.Accepted accepted = SuggestionActions.accept(workspace, suggestions, match.id(), chosen);

        Annotations after = workspace.annotations();
        List<Claim> claims = claimsOn(after, chosen);
        assertThat(claims.get(0).quote()).isEqualTo(shorter.text());
        assertThat(after.claimCount()).isEqualTo(chosen.size());
        assertThat(after.links()).hasSize(chosen.size() * (chosen.size() - 1) / 2)
                .allSatisfy(link -> assertThat(link.type()).isEqualTo(LinkType.SAME));
        ClaimGroup group = after.group(accepted.group().orElseThrow()).orElseThrow();
        assertThat(group.members()).containsExactlyInAnyOrderElementsOf(claims.stream().map(Claim::id).toList());
        assertThat(workspace.undoLabel()).contains("Accept suggestion");

        Annotations undone = workspace.undo();

        assertThat(undone.isEmpty()).isTrue();
        assertThat(undone.links()).isEmpty();
    }

    @Test
    void aConflictAcceptedWithANarrowedSpanLinksTheChosenSpans() {
        ValueConflict conflict = suggestions.conflicts().stream().filter(c -> c.kind().equals("spelling")).findFirst()
                .orElse(suggestions.conflicts().get(0));
        Span b = conflict.b();
        Span narrower = resized(b, b.start() + 1, b.end());

        SuggestionActions.accept(workspace, suggestions, conflict.id(), List.of(conflict.a(), narrower));

        List<Claim> claims = claimsOn(workspace.annotations(), List.of(conflict.a(), narrower));
        ClaimLink link = workspace.annotations().linkBetween(claims.get(0).id(), claims.get(1).id()).orElseThrow();
        assertThat(link.note()).isEqualTo(String.join(" vs ", conflict.values()));
        assertThat(claims.get(1).tags()).contains(conflict.kind());
    }

    @Test
    void tooFewSpansTwoInOneArticleOrAStaleSpanAreRefusedNamingTheSuggestionAndNothingChanges() {
        SameClaim match = matchWithTheLargestGroup();
        ValueConflict conflict = suggestions.conflicts().get(0);
        Span a = match.a();
        Span sameArticle = resized(a, a.start(), a.end() - 1);
        Span wrongText = new Span(a.file(), a.article(), a.start(), a.end(), "not what the article says");

        assertThatThrownBy(() -> SuggestionActions.accept(workspace, suggestions, match.id(), List.of(a)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(match.id())
                .hasMessageContaining("at least two spans");
        assertThatThrownBy(() -> SuggestionActions.accept(workspace, suggestions, match.id(), List.of(a, sameArticle)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(match.id())
                .hasMessageContaining("two of the chosen spans are in " + a.file());
        assertThatThrownBy(() -> SuggestionActions.accept(workspace, suggestions, conflict.id(), List.of(conflict.a())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(conflict.id())
                .hasMessageContaining("conflict between two spans");
        assertThatThrownBy(() -> SuggestionActions.accept(workspace, suggestions, match.id(), List.of(wrongText, match.b())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(match.id())
                .hasMessageContaining("no longer matches the text of " + a.file());
        assertThat(workspace.annotations().isEmpty()).isTrue();
    }
}
