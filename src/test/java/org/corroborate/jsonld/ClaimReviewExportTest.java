package org.corroborate.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.corroborate.export.ExportFixture;
import org.corroborate.export.ExportInput;
import org.corroborate.export.ExportRefusedException;
import org.corroborate.model.Publisher;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.ClaimGroup;
import org.corroborate.model.ClaimId;
import org.corroborate.model.GroupId;
import org.corroborate.model.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The ClaimReview export against schema.org's vocabulary (every type and property is schema.org's and
 * fits where it is used) and against what Google's fact-check documentation requires (claimReviewed,
 * reviewRating with alternateName, url, author) and recommends (datePublished; itemReviewed as a
 * Claim with appearance, author, datePublished and firstAppearance; the rating's value and scale).
 */
class ClaimReviewExportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaOrgTerms SCHEMA_ORG = SchemaOrgTerms.load();
    private static final String KYIV_POST_URL = "https://example.org/kyivpost/tyotkino";

    @Test
    void everyTypeAndPropertyIsSchemaOrgsAndFitsWhereItIsUsed() throws Exception {
        JsonNode reviews = export(ExportFixture.input());
        JsonNode withFirstAppearance = export(withPublished(2, LocalDate.parse("2024-08-19")));
        JsonNode everyVerdict = export(everyVerdict());

        assertThat(SCHEMA_ORG.violations(reviews)).isEmpty();
        assertThat(SCHEMA_ORG.violations(withFirstAppearance)).isEmpty();
        assertThat(SCHEMA_ORG.violations(everyVerdict)).isEmpty();
    }

    @Test
    void theVocabularyCheckFindsWhatSchemaOrgDoesNotHave() throws Exception {
        JsonNode faulty = MAPPER.readTree("""
                {"@type": "ClaimReview", "verdict": "false", "appearance": {"@type": "Quotation"},
                 "claimReviewed": 3, "reviewRating": {"@type": "Claim"}, "datePublished": "yesterday",
                 "author": {"@type": "Outlet", "name": "TASS"}}""");

        assertThat(SCHEMA_ORG.violations(faulty)).containsExactlyInAnyOrder(
                "$.verdict: verdict is not a schema.org property",
                "$.appearance: appearance is not a property of ClaimReview",
                "$.claimReviewed: a number where [Text] is expected",
                "$.reviewRating: a value of type Claim where [Rating] is expected",
                "$.datePublished: “yesterday” where [Date, DateTime] is expected",
                "$.author: a value of type Outlet where [Organization, Person] is expected",
                "$.author: Outlet is not a schema.org type");
    }

    @Test
    void eachReviewHasWhatGoogleRequiresAndRecommends() throws Exception {
        JsonNode reviews = export(withPublished(2, LocalDate.parse("2024-08-19")));

        assertThat(reviews).hasSize(2);
        for (JsonNode review : reviews) {
            assertThat(review.path("@context").asText()).isEqualTo("https://schema.org");
            assertThat(review.path("@type").asText()).isEqualTo("ClaimReview");
            assertThat(review.path("claimReviewed").asText()).isNotBlank();
            assertThat(review.path("reviewRating").path("alternateName").asText()).isNotBlank();
            assertThat(review.path("url").asText()).isEqualTo("https://desk.example.org/fact-checks/tetkino");
            assertThat(review.path("author").path("@type").asText()).isEqualTo("Organization");
            assertThat(review.path("author").path("name").asText()).isEqualTo("Example Verification Desk");
            assertThat(review.path("datePublished").asText()).isEqualTo("2024-08-22");
            JsonNode rating = review.path("reviewRating");
            assertThat(rating.path("ratingValue").asInt()).isBetween(rating.path("worstRating").asInt(),
                    rating.path("bestRating").asInt());
            JsonNode claim = review.path("itemReviewed");
            assertThat(claim.path("@type").asText()).isEqualTo("Claim");
            assertThat(claim.path("author").isMissingNode()).isFalse();
            assertThat(claim.path("datePublished").asText()).isEqualTo("2024-08-19");
            assertThat(claim.path("firstAppearance").path("url").asText()).isEqualTo(KYIV_POST_URL);
            assertThat(claim.path("appearance").path("url").asText()).isEqualTo("https://example.org/tass/tetkino");
        }
    }

    @Test
    void onlyGroupsWithAVerdictAreReviewed() throws Exception {
        JsonNode reviews = export(ExportFixture.input());

        assertThat(reviews).extracting(review -> review.path("@id").asText()).containsExactly(
                "urn:uuid:" + ExportFixture.uuid(201) + "#review", "urn:uuid:" + ExportFixture.uuid(202) + "#review");
    }

    @Test
    void theClaimIsByItsClaimantsAndEachQuoteIsInItsArticle() throws Exception {
        JsonNode casualties = export(ExportFixture.input()).get(1);
        JsonNode claim = casualties.path("itemReviewed");

        assertThat(claim.path("author")).extracting(author -> author.path("name").asText())
                .containsExactly("Russian Ministry of Defence", "Russia's defence ministry");
        JsonNode kyivPost = claim.path("appearance").get(1);
        assertThat(kyivPost.path("text").asText()).isEqualTo("killed 60 Ukrainian soldiers");
        assertThat(kyivPost.path("author").path("name").asText()).isEqualTo("Russia's defence ministry");
        assertThat(kyivPost.path("url").asText()).isEqualTo(KYIV_POST_URL);
        assertThat(kyivPost.path("isPartOf").path("publisher").path("name").asText()).isEqualTo("Kyiv Post");
        assertThat(kyivPost.path("isPartOf").path("headline").asText()).isEqualTo("Ukrainian units strike near Tyotkino");
    }

    @Test
    void aFirstAppearanceOnlyWhereTheDatesSaySo() throws Exception {
        JsonNode sameDay = export(ExportFixture.input()).get(0).path("itemReviewed");
        JsonNode oneUndated = export(withPublished(2, null)).get(0).path("itemReviewed");
        JsonNode kyivFirst = export(withPublished(2, LocalDate.parse("2024-08-19"))).get(0).path("itemReviewed");

        assertThat(sameDay.has("firstAppearance")).isFalse();
        assertThat(sameDay.path("datePublished").asText()).isEqualTo("2024-08-20");
        assertThat(sameDay.path("appearance")).hasSize(2);
        assertThat(oneUndated.has("firstAppearance")).isFalse();
        assertThat(oneUndated.has("datePublished")).isFalse();
        assertThat(kyivFirst.path("firstAppearance").path("text").asText()).isEqualTo("Tyotkino");
        assertThat(kyivFirst.path("appearance").path("text").asText()).isEqualTo("Tetkino");
    }

    @Test
    void eachVerdictHasItsDocumentedPlaceOnTheScale() throws Exception {
        JsonNode reviews = export(everyVerdict());

        assertThat(reviews).extracting(review -> review.path("reviewRating").path("alternateName").asText() + " "
                        + review.path("reviewRating").path("ratingValue").asText("-"))
                .containsExactly("True 5", "Mostly true 4", "Mixed 3", "Misleading 2", "False 1", "Unproven -");
        assertThat(reviews.get(0).path("reviewRating").path("bestRating").asInt()).isEqualTo(5);
        assertThat(reviews.get(0).path("reviewRating").path("worstRating").asInt()).isEqualTo(1);
        assertThat(reviews.get(5).path("reviewRating").has("bestRating")).isFalse();
    }

    @Test
    void withoutAVerdictADeskOrAStatementThereIsNoExport() {
        ExportInput input = ExportFixture.input();
        Annotations unrated = Annotations.of(input.annotations().claims(), input.annotations().links(),
                input.annotations().groups().stream().map(g -> g.withVerdict(Optional.empty(), g.modified())).toList());
        Annotations unstated = Annotations.of(input.annotations().claims(), List.of(), List.of(new ClaimGroup(
                new GroupId(ExportFixture.uuid(209)), "", Optional.of(Verdict.FALSE), "", List.of(ExportFixture.TETKINO),
                ExportFixture.T0, ExportFixture.T0)));

        assertThatThrownBy(() -> new ClaimReviewExport().export(with(input, unrated)))
                .isInstanceOf(ExportRefusedException.class).hasMessageStartingWith("No claim group has a verdict");
        assertThatThrownBy(() -> new ClaimReviewExport().export(input.withPublisher(Publisher.NONE)))
                .isInstanceOf(ExportRefusedException.class).hasMessageContaining("give the desk's name");
        assertThatThrownBy(() -> new ClaimReviewExport().export(with(input, unstated)))
                .isInstanceOf(ExportRefusedException.class)
                .hasMessageContaining(new GroupId(ExportFixture.uuid(209)).shortForm(), "no statement");
    }

    private static JsonNode export(ExportInput input) throws Exception {
        return MAPPER.readTree(new ClaimReviewExport().export(input));
    }

    /** The fixture with the date of one article changed, or taken away. */
    private static ExportInput withPublished(int articleId, LocalDate published) {
        UnaryOperator<Article> redate = a -> a.id() != articleId ? a : ExportFixture.article(a.id(), a.fileName(),
                a.outlet(), a.headline(), a.headlineDescriptive(), Optional.ofNullable(published), a.url(), a.text());
        ExportInput input = ExportFixture.input();
        return new ExportInput(input.projectTitle(), input.articles().stream().map(redate).toList(),
                input.annotations(), input.exportedAt(), input.publisher());
    }

    /** One group per verdict, in the order of the scale, each on the Kyiv Post's casualty claim. */
    private static ExportInput everyVerdict() {
        List<ClaimGroup> groups = Arrays.stream(Verdict.values())
                .map(verdict -> new ClaimGroup(new GroupId(ExportFixture.uuid(210 + verdict.ordinal())),
                        "The ministry's figure is " + verdict.code(), Optional.of(verdict), "",
                        List.<ClaimId>of(ExportFixture.KILLED_60), ExportFixture.T0, ExportFixture.T0))
                .toList();
        return with(ExportFixture.input(), Annotations.of(ExportFixture.annotations().claims(), List.of(), groups));
    }

    private static ExportInput with(ExportInput input, Annotations annotations) {
        return new ExportInput(input.projectTitle(), input.articles(), annotations, input.exportedAt(),
                input.publisher());
    }
}
