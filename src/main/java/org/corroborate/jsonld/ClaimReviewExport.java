package org.corroborate.jsonld;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.corroborate.export.ExportInput;
import org.corroborate.export.ExportRefusedException;
import org.corroborate.export.Exporter;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;

/**
 * Each claim group with a verdict as a schema.org ClaimReview, the markup fact-checkers publish for
 * search engines and fact-check tools (Google's fact-check results and Fact Check Tools, Meedan Check).
 * The file is a JSON array of ClaimReview objects, each with the plain {@code "@context":
 * "https://schema.org"} and {@code @type} those tools read, so that each can be put alone on the page
 * that publishes it: Google shows a page's fact check only when the page holds one ClaimReview.
 *
 * <p>A review holds the group's statement as claimReviewed; the verdict as reviewRating (alternateName
 * its name, ratingValue its place on the scale of {@link GroupAnnotations#rating}, ratingExplanation the
 * verification note); the desk as author; the day of the export as datePublished; the publisher's page
 * as url, when given; and as itemReviewed a Claim whose author is the claimants (who makes the claim,
 * not the outlet that reports it) and whose appearances are the member claims' quotes, each part of
 * its article. Google reads an appearance's url, so a quote carries its article's. Where every quote's
 * article is dated and one is the earliest, that quote is the firstAppearance and its date the claim's
 * datePublished; the others are the appearance, as Google's fact-check tools pair them.
 */
public final class ClaimReviewExport implements Exporter {
    static final String SCHEMA_ORG_CONTEXT = "https://schema.org";

    @Override
    public void write(ExportInput input, Writer out) throws IOException {
        JsonLdTerms.write(reviews(input), out);
    }

    private static ArrayNode reviews(ExportInput input) {
        List<ClaimGroup> reviewed = input.annotations().groups().stream()
                .filter(group -> group.verdict().isPresent()).toList();
        if (reviewed.isEmpty()) {
            throw new ExportRefusedException("No claim group has a verdict, so there is no ClaimReview to export."
                    + " Give a group its verdict first.");
        }
        String desk = input.publisher().desk().orElseThrow(() -> new ExportRefusedException(
                "A ClaimReview names the desk that publishes it as its author; give the desk's name."));
        ArrayNode reviews = JsonNodeFactory.instance.arrayNode();
        reviewed.forEach(group -> reviews.add(review(group, desk, input)));
        return reviews;
    }

    private static ObjectNode review(ClaimGroup group, String desk, ExportInput input) {
        if (group.statement().isEmpty()) {
            throw new ExportRefusedException("The group " + group.id().shortForm() + " has a verdict but no statement,"
                    + " and a ClaimReview must say what claim it reviews. Give the group its statement first.");
        }
        ObjectNode review = JsonLdTerms.object().put("@context", SCHEMA_ORG_CONTEXT).put("@type", "ClaimReview");
        review.put("@id", JsonLdTerms.uuidIri(group.id().value()) + JsonLdTerms.REVIEW_FRAGMENT);
        input.publisher().page().ifPresent(page -> review.put("url", page.toString()));
        review.put("claimReviewed", group.statement());
        review.set("author", typed("Organization").put("name", desk));
        review.put("datePublished", LocalDate.ofInstant(input.exportedAt(), ZoneOffset.UTC).toString());
        ObjectNode rating = GroupAnnotations.rating(group.verdict().orElseThrow(), "@type");
        if (!group.verificationNote().isEmpty()) {
            rating.put("ratingExplanation", group.verificationNote());
        }
        review.set("reviewRating", rating);
        review.set("itemReviewed", claim(group, input));
        return review;
    }

    private static ObjectNode claim(ClaimGroup group, ExportInput input) {
        List<Claim> quotes = group.members().stream()
                .map(member -> input.annotations().claim(member).orElseThrow()).toList();
        ObjectNode claim = typed("Claim");
        putOneOrMany(claim, "author", quotes.stream().map(Claim::claimant).filter(Predicate.not(String::isEmpty))
                .distinct().map(ClaimReviewExport::claimant).toList());
        Optional<LocalDate> earliest = earliestDate(quotes, input);
        earliest.ifPresent(date -> claim.put("datePublished", date.toString()));
        Optional<Claim> first = earliest.flatMap(date -> firstAppearance(date, quotes, input));
        first.ifPresent(quote -> claim.set("firstAppearance", quotation(quote, input)));
        putOneOrMany(claim, "appearance", quotes.stream().filter(quote -> first.map(f -> !f.equals(quote)).orElse(true))
                .map(quote -> quotation(quote, input)).toList());
        return claim;
    }

    /** The date of the earliest quote's article, when every quote's article has one; else nobody knows. */
    private static Optional<LocalDate> earliestDate(List<Claim> quotes, ExportInput input) {
        List<Optional<LocalDate>> dates = quotes.stream().map(quote -> input.articleOf(quote).published()).toList();
        if (dates.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return dates.stream().map(Optional::orElseThrow).min(Comparator.naturalOrder());
    }

    /** Of several quotes, the one whose article alone appeared on the earliest day, if one did. */
    private static Optional<Claim> firstAppearance(LocalDate earliest, List<Claim> quotes, ExportInput input) {
        List<Claim> thatDay = quotes.stream()
                .filter(quote -> input.articleOf(quote).published().orElseThrow().equals(earliest)).toList();
        return quotes.size() > 1 && thatDay.size() == 1 ? Optional.of(thatDay.get(0)) : Optional.empty();
    }

    private static ObjectNode quotation(Claim quote, ExportInput input) {
        Article article = input.articleOf(quote);
        ObjectNode quotation = typed("Quotation");
        quotation.put("text", quote.quote());
        if (!quote.claimant().isEmpty()) {
            quotation.set("author", claimant(quote.claimant()));
        }
        article.url().ifPresent(url -> quotation.put("url", url));
        ObjectNode work = quotation.putObject("isPartOf");
        work.put("@type", "Article");
        article.url().ifPresent(url -> work.put("url", url));
        // A title the editor supplied is the article's name, not a headline the outlet wrote.
        work.put(article.headlineDescriptive() ? "name" : "headline", article.headline());
        article.published().ifPresent(date -> work.put("datePublished", date.toString()));
        article.outlet().ifPresent(outlet -> work.set("publisher", typed("Organization").put("name", outlet)));
        return quotation;
    }

    /**
     * Who makes a claim, by name alone: Corroborate does not know whether a claimant is a person or an
     * organisation, and a wrong type would say something false.
     */
    private static ObjectNode claimant(String name) {
        return JsonLdTerms.object().put("name", name);
    }

    private static ObjectNode typed(String type) {
        return JsonLdTerms.object().put("@type", type);
    }

    /** One value as itself, several as an array, none not at all, as JSON-LD writes them. */
    private static void putOneOrMany(ObjectNode node, String field, List<? extends JsonNode> values) {
        if (values.size() == 1) {
            node.set(field, values.get(0));
        } else if (!values.isEmpty()) {
            node.putArray(field).addAll(values);
        }
    }
}
