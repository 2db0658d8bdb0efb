package org.corroborate.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.corroborate.export.ExportFixture;
import org.corroborate.export.ExportInput;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimStatus;
import org.junit.jupiter.api.Test;

/**
 * An imported claim is re-anchored as an opened project's claims are, and its report says how it was
 * placed against the position its file gives: never is a quote changed without a word.
 */
class ClaimPlacementTest {
    private static final String TEXT = "Later in the day, the Freedom of Russia Legion said it had fully taken control"
            + " of the village of Tyotkino in the Kursk region.";
    private static final Article ARTICLE = article(TEXT);
    private static final Claim LEGION = ExportFixture.claim(ExportFixture.claimId(1), ARTICLE, "Freedom of Russia Legion",
            "", List.of(), ClaimStatus.UNVERIFIED, "");

    @Test
    void aClaimWhoseQuoteIsAtItsPositionIsPlacedAsGiven() {
        ClaimPlacement placed = importedInto(ARTICLE, export(LEGION));

        assertThat(placed.kind()).isEqualTo(ClaimPlacement.Kind.AS_GIVEN);
        assertThat(placed.claim()).isEqualTo(LEGION);
        assertThat(placed.report()).isEqualTo(subject("Freedom of Russia Legion") + "placed as given, at code point 22");
    }

    @Test
    void aQuoteThatDiffersFromTheTextAtItsPositionIsPlacedApproximatelyAndSaysSo() {
        String shouted = export(LEGION).replace("\"exact\":\"Freedom of Russia Legion\"",
                "\"exact\":\"Freedom of Russia LEGION\"");

        ClaimPlacement placed = importedInto(ARTICLE, shouted);

        assertThat(placed.kind()).isEqualTo(ClaimPlacement.Kind.APPROXIMATE);
        assertThat(placed.claim().quote()).isEqualTo("Freedom of Russia Legion");
        assertThat(placed.claim().anchor().start()).isEqualTo(LEGION.anchor().start());
        assertThat(placed.report()).isEqualTo(subject("Freedom of Russia LEGION") + "placed approximately, at code"
                + " point 22, on the words “Freedom of Russia Legion”, which now are its quote");
    }

    @Test
    void aQuoteFoundElsewhereIsMovedFromTheGivenPositionToWhereItIs() {
        Article updated = article("UPDATED: " + TEXT);

        ClaimPlacement placed = importedInto(updated, export(LEGION));

        assertThat(placed.kind()).isEqualTo(ClaimPlacement.Kind.MOVED);
        assertThat(updated.text().substring(placed.claim().anchor().start(), placed.claim().anchor().end()))
                .isEqualTo("Freedom of Russia Legion");
        assertThat(placed.report()).isEqualTo(subject("Freedom of Russia Legion")
                + "moved from code point 22 to 31, where its quote is");
    }

    @Test
    void aClaimOrphanedInTheFileWhoseQuoteIsThereIsFoundAgain() {
        ClaimPlacement placed = importedInto(ARTICLE, export(LEGION.asOrphaned()));

        assertThat(placed.kind()).isEqualTo(ClaimPlacement.Kind.FOUND_AGAIN);
        assertThat(placed.claim().orphaned()).isFalse();
        assertThat(placed.report()).isEqualTo(subject("Freedom of Russia Legion")
                + "orphaned in the file, but its quote is in this text; placed at code point 22");
    }

    @Test
    void aClaimWhoseQuoteIsNowhereIsOrphanedForReview() {
        Article deleted = article("The channel deleted its post about the village of Tyotkino in the Kursk region.");

        ClaimPlacement placed = importedInto(deleted, export(LEGION));

        assertThat(placed.kind()).isEqualTo(ClaimPlacement.Kind.ORPHANED);
        assertThat(placed.claim().orphaned()).isTrue();
        assertThat(placed.report()).isEqualTo(subject("Freedom of Russia Legion")
                + "not found at code point 22 or elsewhere; imported as orphaned, listed for review");
    }

    @Test
    void aReanchoredClaimKeepsItsTimesSoImportingTheFileAgainGivesTheSameClaim() {
        String shouted = export(LEGION).replace("\"exact\":\"Freedom of Russia Legion\"",
                "\"exact\":\"Freedom of Russia LEGION\"");

        Claim first = importedInto(ARTICLE, shouted).claim();
        Claim second = importedInto(ARTICLE, shouted).claim();

        assertThat(first).isEqualTo(second);
        assertThat(first.modified()).isEqualTo(LEGION.modified());
    }

    private static String subject(String quote) {
        return "Claim " + LEGION.id().shortForm() + " (“" + quote + "”) of legion.txt: ";
    }

    private static Article article(String text) {
        return ExportFixture.article(1, "legion.txt", Optional.empty(), "Legion", false, Optional.empty(),
                Optional.empty(), text);
    }

    /** The export of the claim on {@link #ARTICLE}, on one line, so that tests can edit it. */
    private static String export(Claim claim) {
        String json = new JsonLdExport().export(new ExportInput("", List.of(ARTICLE),
                Annotations.of(List.of(claim), List.of(), List.of()), Instant.EPOCH));
        return json.replaceAll("\"\\s*:\\s*", "\":");
    }

    private static ClaimPlacement importedInto(Article article, String json) {
        return JsonLdImport.read(json, List.of(article)).placements().get(0);
    }
}
