package org.corroborate.jsonld;

import org.corroborate.export.ExportFixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.corroborate.model.Anchor;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.GroupId;
import org.corroborate.model.Verdict;
import org.junit.jupiter.api.Test;
import org.corroborate.text.Figures;
import org.corroborate.export.ExportInput;

/** Exporting to JSON-LD and importing into the same articles gives back the same claims, links and groups. */
class JsonLdRoundTripTest {

    @Test
    void exportThenImportGivesEqualAnnotations() {
        Annotations original = ExportFixture.annotations();

        ImportResult imported = roundTrip(ExportFixture.input(), ExportFixture.articles());

        assertThat(imported.annotations().claims()).isEqualTo(original.claims());
        assertThat(imported.annotations().links()).isEqualTo(original.links());
        assertThat(imported.annotations().groups()).isEqualTo(original.groups());
        assertThat(imported.placements()).allMatch(p -> p.claim().id().equals(ExportFixture.INVENTED)
                ? p.kind() == ClaimPlacement.Kind.ORPHANED : p.asGiven());
        assertThat(imported.notices()).singleElement().asString()
                .contains("kyiv-post-tyotkino.txt", "orphaned in the file", "listed for review");
    }

    @Test
    void claimsAfterAnEmojiComeBackAtTheirCharOffsets() {
        Claim tyotkino = ExportFixture.annotations().claim(ExportFixture.TYOTKINO).orElseThrow();

        Claim back = roundTrip(ExportFixture.input(), ExportFixture.articles()).annotations()
                .claim(ExportFixture.TYOTKINO).orElseThrow();

        assertThat(back.anchor()).isEqualTo(tyotkino.anchor());
        assertThat(ExportFixture.KYIV_TEXT.substring(back.anchor().start(), back.anchor().end())).isEqualTo("Tyotkino");
    }

    @Test
    void aClaimThatIsItselfAnEmojiSurvives() {
        Article article = ExportFixture.article(1, "emoji.txt", Optional.empty(), "Emoji", true, Optional.empty(),
                Optional.empty(), "Reactions: 😀😡 and 👍🏽 after 🇺🇦 the news");
        int start = article.text().indexOf("👍🏽");
        Claim claim = new Claim(ExportFixture.claimId(9), 1, Anchor.capture(article.text(), start, start + "👍🏽".length()),
                "", List.of("reaction"), ClaimStatus.UNVERIFIED, "", "", ExportFixture.T0, ExportFixture.T0, false);
        ClaimGroup group = new ClaimGroup(new GroupId(ExportFixture.uuid(301)), "Unproven reaction",
                Optional.of(Verdict.UNPROVEN), "", List.of(claim.id()), ExportFixture.T0, ExportFixture.T0);
        ClaimGroup empty = new ClaimGroup(new GroupId(ExportFixture.uuid(302)), "", Optional.empty(), "", List.of(),
                ExportFixture.T0, ExportFixture.T0);
        Annotations annotations = Annotations.of(List.of(claim), List.of(), List.of(group, empty));

        ImportResult imported = roundTrip(new ExportInput("", List.of(article), annotations, Instant.EPOCH),
                List.of(article));

        assertThat(imported.annotations().claims()).containsExactly(claim);
        assertThat(imported.annotations().groups()).containsExactly(group, empty);
    }

    @Test
    void articlesAreMatchedByContentHashWhateverTheirIdsAndNames() {
        List<Article> renumbered = ExportFixture.articles().stream()
                .map(a -> ExportFixture.article(a.id() + 10, "renamed-" + a.fileName(), a.outlet(), a.headline(),
                        a.headlineDescriptive(), a.published(), a.url(), a.text()))
                .toList();

        Annotations imported = roundTrip(ExportFixture.input(), renumbered).annotations();

        Claim tetkino = imported.claim(ExportFixture.TETKINO).orElseThrow();
        assertThat(tetkino.articleId()).isEqualTo(11);
        assertThat(tetkino.anchor()).isEqualTo(ExportFixture.annotations().claim(ExportFixture.TETKINO).orElseThrow().anchor());
    }

    @Test
    void aNewVersionOfAnArticleIsMatchedByFileNameAndItsClaimsFoundByQuote() {
        List<Article> edited = ExportFixture.articles().stream()
                .map(a -> a.id() != 1 ? a : ExportFixture.article(1, a.fileName(), a.outlet(), a.headline(),
                        a.headlineDescriptive(), a.published(), a.url(), "UPDATED 🔴 " + a.text()))
                .toList();

        ImportResult imported = roundTrip(ExportFixture.input(), edited);

        Claim tetkino = imported.annotations().claim(ExportFixture.TETKINO).orElseThrow();
        String text = edited.get(0).text();
        assertThat(text.substring(tetkino.anchor().start(), tetkino.anchor().end())).isEqualTo("Tetkino");
        assertThat(tetkino.orphaned()).isFalse();
        assertThat(imported.placements()).filteredOn(p -> p.kind() == ClaimPlacement.Kind.MOVED)
                .extracting(ClaimPlacement::report)
                .containsExactly("Claim " + ExportFixture.TETKINO.shortForm() + " (“Tetkino”) of tass-tetkino.txt:"
                                + " moved from code point 60 to 70, where its quote is",
                        "Claim " + ExportFixture.MORE_THAN_234.shortForm() + " (“more than 234 Ukrainian troops had"
                                + " been…”) of tass-tetkino.txt: moved from code point 157 to 167, where its quote is");
    }

    @Test
    void aClaimWhoseQuoteIsGoneIsImportedOrphanedWithANotice() {
        List<Article> edited = ExportFixture.articles().stream()
                .map(a -> a.id() != 3 ? a : ExportFixture.article(3, a.fileName(), a.outlet(), a.headline(),
                        a.headlineDescriptive(), a.published(), a.url(), "The channel deleted its post."))
                .toList();

        ImportResult imported = roundTrip(ExportFixture.input(), edited);

        assertThat(imported.annotations().claim(ExportFixture.NO_CASUALTIES).orElseThrow().orphaned()).isTrue();
        assertThat(imported.notices()).contains("Claim " + ExportFixture.NO_CASUALTIES.shortForm()
                + " (“no casualties”) of channel-post.txt: not found at code point 57 or elsewhere; imported as"
                + " orphaned, listed for review");
    }

    @Test
    void aShortQuoteIsNotPinnedToTheSameWordsInAnUnrelatedPassage() {
        Article before = ExportFixture.article(1, "figures.txt", Optional.empty(), "Figures", false, Optional.empty(),
                Optional.empty(), "The ministry said it had killed 60 soldiers near the border on Tuesday.");
        int start = before.text().indexOf("60");
        Claim sixty = new Claim(ExportFixture.claimId(7), 1, Anchor.capture(before.text(), start, start + 2), "", List.of(),
                ClaimStatus.UNVERIFIED, "", "", ExportFixture.T0, ExportFixture.T0, false);
        Article after = ExportFixture.article(1, "figures.txt", Optional.empty(), "Figures", false, Optional.empty(),
                Optional.empty(), "Tractor sales: 60 units sold in the region this spring, dealers said.");

        ImportResult imported = roundTrip(new ExportInput("", List.of(before),
                Annotations.of(List.of(sixty), List.of(), List.of()), Instant.EPOCH), List.of(after));

        assertThat(imported.annotations().claim(sixty.id()).orElseThrow().orphaned()).isTrue();
        assertThat(imported.notices()).singleElement().asString().contains("imported as orphaned");
    }

    @Test
    void twoOutletsCarryingTheSameWireCopyKeepTheirOwnClaims() {
        String wire = "Moscow said its forces killed 60 soldiers near the border on Tuesday.";
        for (Optional<String> url : List.of(Optional.<String>empty(), Optional.of("https://example.org/wire"))) {
            Article first = ExportFixture.article(1, "outlet-a.txt", Optional.of("Outlet A"), "Wire", false,
                    Optional.empty(), url, wire);
            Article second = ExportFixture.article(2, "outlet-b.txt", Optional.of("Outlet B"), "Wire", false,
                    Optional.empty(), url, wire);
            int start = wire.indexOf("60 soldiers");
            Claim inFirst = new Claim(ExportFixture.claimId(11), 1, Anchor.capture(wire, start, start + 11), "", List.of(),
                    ClaimStatus.UNVERIFIED, "", "", ExportFixture.T0, ExportFixture.T0, false);
            Claim inSecond = new Claim(ExportFixture.claimId(12), 2, Anchor.capture(wire, start, start + 11), "", List.of(),
                    ClaimStatus.DISPUTED, "", "", ExportFixture.T0, ExportFixture.T0, false);
            Annotations annotations = Annotations.of(List.of(inFirst, inSecond), List.of(), List.of());

            ImportResult imported = roundTrip(new ExportInput("", List.of(first, second), annotations, Instant.EPOCH),
                    List.of(first, second));

            assertThat(imported.annotations().claims()).as("with url " + url).containsExactlyInAnyOrder(inFirst, inSecond);
        }
    }

    @Test
    void orphanedClaimsStayOrphanedWhereTheyWere() {
        Claim invented = ExportFixture.annotations().claim(ExportFixture.INVENTED).orElseThrow();

        Claim back = roundTrip(ExportFixture.input(), ExportFixture.articles()).annotations()
                .claim(ExportFixture.INVENTED).orElseThrow();

        assertThat(back).isEqualTo(invented);
        assertThat(back.orphaned()).isTrue();
    }

    @Test
    void aFileOfTheFirstFormatStillImportsWhole() throws IOException {
        String formatOne;
        try (InputStream in = getClass().getResourceAsStream("/jsonld/format-1/tetkino.jsonld")) {
            formatOne = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Annotations original = ExportFixture.annotations();

        ImportResult imported = JsonLdImport.read(formatOne, ExportFixture.articles());

        assertThat(formatOne).contains("\"crb:formatVersion\": 1,", "\"@context\": \"https://schema.org\"");
        assertThat(imported.annotations().claims()).isEqualTo(original.claims());
        assertThat(imported.annotations().links()).isEqualTo(original.links());
        assertThat(imported.annotations().groups()).isEqualTo(original.groups());
        assertThat(imported.placements()).allMatch(p -> p.claim().id().equals(ExportFixture.INVENTED)
                ? p.kind() == ClaimPlacement.Kind.ORPHANED : p.asGiven());
    }

    private static ImportResult roundTrip(ExportInput input, List<Article> into) {
        return JsonLdImport.read(new JsonLdExport().export(input), into);
    }
}
