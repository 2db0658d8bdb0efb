package org.corroborate.jsonld;

import static org.corroborate.jsonld.JsonLdTerms.PURPOSE_CLAIMANT;
import static org.corroborate.jsonld.JsonLdTerms.PURPOSE_NOTE;
import static org.corroborate.jsonld.JsonLdTerms.PURPOSE_STATUS;
import static org.corroborate.jsonld.JsonLdTerms.PURPOSE_TAG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimId;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.TextQuote;
import org.corroborate.text.CodePoints;

/**
 * A claim as a W3C Web Annotation, and back. The target is the quoted span of the article, found by a
 * TextQuoteSelector and a TextPositionSelector counted in code points; each field of the claim is a
 * TextualBody with its own purpose: the claimant "describing", each tag "tagging", the status
 * "assessing" and the note "commenting".
 */
final class ClaimAnnotations {
    private static final String QUOTE_SELECTOR = "TextQuoteSelector";
    private static final String POSITION_SELECTOR = "TextPositionSelector";

    private ClaimAnnotations() {
    }

    static ObjectNode toJson(Claim claim, Article article, String sourceIri) {
        ObjectNode annotation = JsonLdTerms.annotation(claim.id().value(), JsonLdTerms.MOTIVATION_ASSESSING);
        JsonLdTerms.putCreator(annotation, claim.author());
        JsonLdTerms.putTimes(annotation, claim.created(), Optional.of(claim.modified()));
        ArrayNode bodies = annotation.putArray("body");
        if (!claim.claimant().isEmpty()) {
            bodies.add(JsonLdTerms.textualBody(PURPOSE_CLAIMANT, claim.claimant()));
        }
        claim.tags().forEach(tag -> bodies.add(JsonLdTerms.textualBody(PURPOSE_TAG, tag)));
        bodies.add(JsonLdTerms.textualBody(PURPOSE_STATUS, claim.status().code()));
        if (!claim.note().isEmpty()) {
            bodies.add(JsonLdTerms.textualBody(PURPOSE_NOTE, claim.note()));
        }
        ObjectNode target = annotation.putObject("target");
        target.put("type", "SpecificResource");
        target.put("source", sourceIri);
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", QUOTE_SELECTOR);
        quote.put("exact", claim.quote());
        if (!claim.anchor().quote().prefix().isEmpty()) {
            quote.put("prefix", claim.anchor().quote().prefix());
        }
        if (!claim.anchor().quote().suffix().isEmpty()) {
            quote.put("suffix", claim.anchor().quote().suffix());
        }
        ObjectNode position = selectors.addObject();
        position.put("type", POSITION_SELECTOR);
        position.put("start", CodePoints.fromUtf16(article.text(), claim.anchor().start()));
        position.put("end", CodePoints.fromUtf16(article.text(), claim.anchor().end()));
        if (claim.orphaned()) {
            annotation.put(JsonLdTerms.ORPHANED, true);
        }
        return annotation;
    }

    /** The claim the annotation records, placed in its article as re-anchoring finds it there. */
    static ClaimPlacement fromJson(UUID id, JsonNode annotation, StrictJson reading, ArticleMatching articles) {
        String claimant = "";
        List<String> tags = new ArrayList<>();
        Optional<ClaimStatus> status = Optional.empty();
        String note = "";
        List<JsonNode> bodies = reading.oneOrMany(annotation, "body");
        for (int i = 0; i < bodies.size(); i++) {
            StrictJson bodyReading = reading.nested("body[" + i + "]");
            JsonNode body = bodies.get(i);
            String purpose = bodyReading.text(body, "purpose");
            String value = bodyReading.text(body, "value");
            switch (purpose) {
                case PURPOSE_CLAIMANT -> claimant = value;
                case PURPOSE_TAG -> tags.add(value);
                case PURPOSE_STATUS -> status = Optional.of(ClaimStatus.parse(value).orElseThrow(() -> bodyReading
                        .error("value", "'" + value + "' is not a claim status; one of " + ClaimStatus.allCodes())));
                case PURPOSE_NOTE -> note = value;
                default -> throw bodyReading.error("purpose", "'" + purpose + "' is not a purpose a claim's body has;"
                        + " expected describing, tagging, assessing or commenting");
            }
        }
        ClaimStatus claimStatus = status.orElseThrow(() -> reading.error("body", "has no body with purpose '"
                + PURPOSE_STATUS + "' giving the claim's status"));

        StrictJson targetReading = reading.nested("target");
        JsonNode target = reading.object(annotation, "target");
        String source = targetReading.iri(targetReading.required(target, "source"), "source");
        JsonNode quoteSelector = selector(target, QUOTE_SELECTOR, targetReading);
        JsonNode positionSelector = selector(target, POSITION_SELECTOR, targetReading);
        StrictJson quoteReading = targetReading.nested("selector(" + QUOTE_SELECTOR + ")");
        String exact = quoteReading.text(quoteSelector, "exact");
        if (exact.isEmpty()) {
            throw quoteReading.error("exact", "is empty; a claim quotes at least one character");
        }
        TextQuote quote = new TextQuote(exact, quoteReading.optionalText(quoteSelector, "prefix").orElse(""),
                quoteReading.optionalText(quoteSelector, "suffix").orElse(""));
        StrictJson positionReading = targetReading.nested("selector(" + POSITION_SELECTOR + ")");
        int start = positionReading.nonNegativeInt(positionSelector, "start");
        int end = positionReading.nonNegativeInt(positionSelector, "end");
        int quoteLength = exact.codePointCount(0, exact.length());
        if (end - start != quoteLength) {
            throw positionReading.error("end", "[" + start + ", " + end + ") spans " + (end - start)
                    + " code points but the quote has " + quoteLength);
        }
        Article article = articles.resolve(source, targetReading, "source");
        String author = reading.nested("creator").optionalText(annotation.path("creator"), "name").orElse("");
        Claim recorded = new Claim(new ClaimId(id), article.id(), ImportedAnchor.given(article, start, quote), claimant,
                tags, claimStatus, note, author, reading.instant(annotation, "created"),
                reading.instant(annotation, "modified"), reading.optionalFlag(annotation, JsonLdTerms.ORPHANED));
        return ImportedAnchor.place(recorded, article);
    }

    private static JsonNode selector(JsonNode target, String type, StrictJson reading) {
        List<JsonNode> matching = reading.oneOrMany(target, "selector").stream()
                .filter(s -> type.equals(s.path("type").asText()))
                .toList();
        if (matching.size() != 1) {
            throw reading.error("selector", "should hold exactly one " + type + ", not " + matching.size());
        }
        return matching.get(0);
    }
}
