package org.corroborate.jsonld;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.corroborate.model.Annotations;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;
import org.corroborate.model.ClaimId;
import org.corroborate.model.GroupId;
import org.corroborate.model.Verdict;
import org.corroborate.export.ExportInput;

/**
 * A claim group as a Web Annotation with motivation "assessing" whose body is a schema.org
 * ClaimReview: claimReviewed is the group's statement, reviewBody its verification note, reviewRating
 * its verdict (ratingValue 1 to 5 as ClaimReview rates, alternateName the verdict's name; "Unproven"
 * has a name but no value), and itemReviewed a Claim whose appearances are the member claims' quotes,
 * each a Quotation of its own, part of its article. The terms are defined in the collection's context.
 * The target is the member claims' annotations. A group without a verdict is a ClaimReview without a
 * reviewRating; a group without members targets the collection, as an annotation needs a target.
 */
final class GroupAnnotations {
    private GroupAnnotations() {
    }

    static ObjectNode toJson(ClaimGroup group, ExportInput input, ArticleSources sources, String collectionIri) {
        ObjectNode annotation = JsonLdTerms.annotation(group.id().value(), JsonLdTerms.MOTIVATION_ASSESSING);
        JsonLdTerms.putTimes(annotation, group.created(), Optional.of(group.modified()));
        ObjectNode review = annotation.putObject("body");
        review.put("id", JsonLdTerms.uuidIri(group.id().value()) + JsonLdTerms.REVIEW_FRAGMENT);
        review.put("type", JsonLdTerms.CLAIM_REVIEW);
        review.put("claimReviewed", group.statement());
        group.verdict().ifPresent(verdict -> review.set("reviewRating", rating(verdict, "type")));
        if (!group.verificationNote().isEmpty()) {
            review.put("reviewBody", group.verificationNote());
        }
        ObjectNode item = review.putObject("itemReviewed");
        item.put("type", "Claim");
        ArrayNode appearances = item.putArray("appearance");
        Annotations annotations = input.annotations();
        for (ClaimId member : group.members()) {
            Claim claim = annotations.claim(member).orElseThrow();
            ObjectNode appearance = appearances.addObject();
            // Not the claim annotation's own IRI: that node is an oa:Annotation, this one a schema:Quotation.
            appearance.put("id", JsonLdTerms.uuidIri(member.value()) + JsonLdTerms.QUOTATION_FRAGMENT);
            appearance.put("type", "Quotation");
            appearance.put("text", claim.quote());
            appearance.set("isPartOf", JsonLdTerms.reference(sources.iri(input.articleOf(claim))));
        }
        if (group.members().isEmpty()) {
            annotation.put("target", collectionIri);
        } else if (group.members().size() == 1) {
            // A lone target is written as a plain value, as JSON-LD allows: the W3C test suite's
            // schemas reject an array of one string, which matches two branches of their oneOf.
            annotation.put("target", JsonLdTerms.uuidIri(group.members().get(0).value()));
        } else {
            ArrayNode targets = annotation.putArray("target");
            group.members().forEach(member -> targets.add(JsonLdTerms.uuidIri(member.value())));
        }
        return annotation;
    }

    /**
     * A verdict as a schema.org Rating: its name, and its place on the 1 (false) to 5 (true) scale with
     * the scale's ends. "Unproven" has no place on that scale, so its rating is its name alone.
     *
     * @param typeKey "type" where the W3C context aliases it, "@type" where schema.org's consumers read
     */
    static ObjectNode rating(Verdict verdict, String typeKey) {
        ObjectNode rating = JsonLdTerms.object();
        rating.put(typeKey, "Rating");
        verdict.rating().ifPresent(value -> {
            rating.put("ratingValue", value);
            rating.put("bestRating", Verdict.BEST_RATING);
            rating.put("worstRating", Verdict.WORST_RATING);
        });
        rating.put("alternateName", verdict.label());
        return rating;
    }

    /** True when the annotation's body is a ClaimReview, which makes it a group's. */
    static boolean isGroup(JsonNode annotation) {
        JsonNode body = annotation.path("body");
        return body.isObject() && JsonLdTerms.CLAIM_REVIEW.equals(body.path("type").asText());
    }

    static ClaimGroup fromJson(UUID id, JsonNode annotation, StrictJson reading, Map<ClaimId, Claim> claims,
                               String collectionIri) {
        JsonNode review = reading.object(annotation, "body");
        StrictJson reviewReading = reading.nested("body");
        String statement = reviewReading.text(review, "claimReviewed");
        Optional<Verdict> verdict = review.hasNonNull("reviewRating")
                ? Optional.of(verdict(reviewReading.object(review, "reviewRating"), reviewReading.nested("reviewRating")))
                : Optional.empty();
        String note = reviewReading.optionalText(review, "reviewBody").orElse("");
        List<ClaimId> members = new ArrayList<>();
        List<JsonNode> targets = reading.oneOrMany(annotation, "target");
        boolean targetsCollection = targets.size() == 1 && targets.get(0).isTextual()
                && targets.get(0).asText().equals(collectionIri);
        if (targets.isEmpty()) {
            throw reading.error("target", "is missing");
        }
        for (int i = 0; !targetsCollection && i < targets.size(); i++) {
            String field = "target[" + i + "]";
            members.add(LinkAnnotations.claimNamed(reading.iri(targets.get(i), field), field, reading, claims));
        }
        return new ClaimGroup(new GroupId(id), statement, verdict, note, members,
                reading.instant(annotation, "created"), reading.instant(annotation, "modified"));
    }

    private static Verdict verdict(JsonNode rating, StrictJson reading) {
        String name = reading.text(rating, "alternateName");
        Verdict verdict = Verdict.parse(name).orElseThrow(() -> reading.error("alternateName",
                "'" + name + "' is not a verdict; one of " + Verdict.allCodes()));
        if (rating.hasNonNull("ratingValue")) {
            int value = reading.nonNegativeInt(rating, "ratingValue");
            if (verdict.rating().isEmpty() || verdict.rating().getAsInt() != value) {
                throw reading.error("ratingValue", value + " does not agree with the verdict '" + name + "'");
            }
        }
        return verdict;
    }
}
