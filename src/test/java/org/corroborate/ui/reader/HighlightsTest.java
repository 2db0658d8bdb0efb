package org.corroborate.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.corroborate.model.Anchor;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.TextSpan;
import org.junit.jupiter.api.Test;

class HighlightsTest {
    static final String TEXT = "The ministry said its forces had killed 60 Ukrainian soldiers near Odnorobovka.";
    static final Instant NOW = Instant.parse("2024-03-12T10:00:00Z");
    /** Nothing selected, linked, picked or flashing, and no conflicts. */
    static final Highlights.Context PLAIN = new Highlights.Context(id -> false, null, Set.of(), null, Set.of());

    static Claim claim(String quote) {
        int start = TEXT.indexOf(quote);
        return Claim.mark(1, Anchor.capture(TEXT, start, start + quote.length()), "a", NOW);
    }

    static String covered(List<Highlights.Run> runs, String wantedClass) {
        StringBuilder text = new StringBuilder();
        int at = 0;
        for (Highlights.Run run : runs) {
            if (run.classes().contains(wantedClass)) {
                text.append(TEXT, at, at + run.length()).append('|');
            }
            at += run.length();
        }
        return text.toString();
    }

    @Test
    void runsCoverTheWholeTextAndOnlyClaimsAreStyled() {
        Claim sixty = claim("killed 60 Ukrainian soldiers");
        List<Highlights.Run> runs = Highlights.compute(TEXT.length(), List.of(sixty), PLAIN);
        assertThat(runs.stream().mapToInt(Highlights.Run::length).sum()).isEqualTo(TEXT.length());
        assertThat(covered(runs, "claim")).isEqualTo("killed 60 Ukrainian soldiers|");
        assertThat(runs.get(0).classes()).isEmpty();
    }

    @Test
    void nestedClaimsTakeTheInnermostColourAndAreMarkedAsOverlapping() {
        Claim outer = claim("killed 60 Ukrainian soldiers near Odnorobovka").withStatus(ClaimStatus.VERIFIED, NOW);
        Claim inner = claim("60").withStatus(ClaimStatus.FALSE, NOW);
        List<Highlights.Run> runs = Highlights.compute(TEXT.length(), List.of(outer, inner), PLAIN);
        assertThat(covered(runs, "overlap")).isEqualTo("60|");
        assertThat(covered(runs, "status-false")).isEqualTo("60|");
        assertThat(covered(runs, "status-verified")).isEqualTo("killed | Ukrainian soldiers near Odnorobovka|");
        assertThat(Highlights.innermostAt(List.of(outer, inner), TEXT.indexOf("60"))).contains(inner);
        assertThat(Highlights.innermostAt(List.of(outer, inner), TEXT.indexOf("near"))).contains(outer);
    }

    @Test
    void selectionLinksConflictsAndFlashesEachGetAClass() {
        Claim sixty = claim("killed 60 Ukrainian soldiers");
        Claim place = claim("Odnorobovka");
        Claim said = claim("The ministry said");
        Highlights.Context context = new Highlights.Context(id -> id.equals(sixty.id()), sixty.id(), Set.of(place.id()),
                said.id(), Set.of(place.id()));
        List<Highlights.Run> runs = Highlights.compute(TEXT.length(), List.of(sixty, place, said), context);
        assertThat(covered(runs, "selected")).isEqualTo("killed 60 Ukrainian soldiers|");
        assertThat(covered(runs, "conflict")).isEqualTo("killed 60 Ukrainian soldiers|");
        assertThat(covered(runs, "linked")).isEqualTo("Odnorobovka|");
        assertThat(covered(runs, "flash")).isEqualTo("Odnorobovka|");
        assertThat(covered(runs, "link-target")).isEqualTo("The ministry said|");
    }

    @Test
    void orphanedClaimsAreNotDrawn() {
        Claim orphan = claim("killed 60 Ukrainian soldiers").asOrphaned();
        List<Highlights.Run> runs = Highlights.compute(TEXT.length(), List.of(orphan), PLAIN);
        assertThat(covered(runs, "claim")).isEmpty();
        assertThat(Highlights.innermostAt(List.of(orphan), TEXT.indexOf("60"))).isEmpty();
    }

    @Test
    void spansTheAssistantPointsAtGetTheirOwnClassOverClaimsAndPlainTextAlike() {
        Claim sixty = claim("killed 60 Ukrainian soldiers");
        int start = TEXT.indexOf("60 Ukrainian soldiers near");
        TextSpan suggested = new TextSpan(start, start + "60 Ukrainian soldiers near".length());

        List<Highlights.Run> runs = Highlights.compute(TEXT.length(), List.of(sixty), PLAIN, List.of(suggested));

        assertThat(covered(runs, "suggested")).isEqualTo("60 Ukrainian soldiers| near|");
        assertThat(covered(runs, "claim")).isEqualTo("killed |60 Ukrainian soldiers|");
        assertThat(runs.stream().mapToInt(Highlights.Run::length).sum()).isEqualTo(TEXT.length());
    }
}
