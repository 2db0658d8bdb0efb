package org.corroborate.jsonld;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.corroborate.model.Claim;
import org.corroborate.model.ClaimId;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.LinkId;
import org.corroborate.model.LinkType;

/**
 * A link between two claims as a Web Annotation with motivation "linking", as the W3C model links
 * resources: the target is the annotation of the claim the link starts from, the body the annotation
 * of the claim it leads to, with the link's type ("same", "supports", "contradicts") as a TextualBody
 * with purpose "classifying" and its note as one with purpose "commenting".
 */
final class LinkAnnotations {
    private LinkAnnotations() {
    }

    static ObjectNode toJson(ClaimLink link) {
        ObjectNode annotation = JsonLdTerms.annotation(link.id().value(), JsonLdTerms.MOTIVATION_LINKING);
        JsonLdTerms.putCreator(annotation, link.author());
        JsonLdTerms.putTimes(annotation, link.created(), Optional.empty());
        ArrayNode bodies = annotation.putArray("body");
        bodies.add(JsonLdTerms.uuidIri(link.to().value()));
        bodies.add(JsonLdTerms.textualBody(JsonLdTerms.PURPOSE_LINK_TYPE, link.type().code()));
        if (!link.note().isEmpty()) {
            bodies.add(JsonLdTerms.textualBody(JsonLdTerms.PURPOSE_NOTE, link.note()));
        }
        annotation.put("target", JsonLdTerms.uuidIri(link.from().value()));
        return annotation;
    }

    static ClaimLink fromJson(UUID id, JsonNode annotation, StrictJson reading, Map<ClaimId, Claim> claims) {
        ClaimId from = claimNamed(reading.iri(reading.required(annotation, "target"), "target"), "target", reading,
                claims);
        Optional<ClaimId> to = Optional.empty();
        Optional<LinkType> type = Optional.empty();
        String note = "";
        List<JsonNode> bodies = reading.oneOrMany(annotation, "body");
        for (int i = 0; i < bodies.size(); i++) {
            JsonNode body = bodies.get(i);
            String field = "body[" + i + "]";
            if (!body.has("purpose")) {
                if (to.isPresent()) {
                    throw reading.error(field, "a link leads to one claim, and an earlier body already names it");
                }
                to = Optional.of(claimNamed(reading.iri(body, field), field, reading, claims));
                continue;
            }
            StrictJson bodyReading = reading.nested(field);
            String purpose = bodyReading.text(body, "purpose");
            String value = bodyReading.text(body, "value");
            if (purpose.equals(JsonLdTerms.PURPOSE_LINK_TYPE)) {
                type = Optional.of(LinkType.parse(value).orElseThrow(() -> bodyReading.error("value",
                        "'" + value + "' is not a link type; one of same, supports, contradicts")));
            } else if (purpose.equals(JsonLdTerms.PURPOSE_NOTE)) {
                note = value;
            } else {
                throw bodyReading.error("purpose", "'" + purpose + "' is not a purpose a link's body has;"
                        + " expected classifying or commenting");
            }
        }
        ClaimId toClaim = to.orElseThrow(() -> reading.error("body", "names no claim for the link to lead to"));
        LinkType linkType = type.orElseThrow(() -> reading.error("body", "has no body with purpose '"
                + JsonLdTerms.PURPOSE_LINK_TYPE + "' giving the link's type"));
        String author = reading.nested("creator").optionalText(annotation.path("creator"), "name").orElse("");
        try {
            return new ClaimLink(new LinkId(id), from, toClaim, linkType, note, author,
                    reading.instant(annotation, "created"));
        } catch (IllegalArgumentException e) {
            throw reading.error("target", e.getMessage());
        }
    }

    /** The claim an IRI names, which must be one of the claim annotations of the same export. */
    static ClaimId claimNamed(String iri, String field, StrictJson reading, Map<ClaimId, Claim> claims) {
        ClaimId id = JsonLdTerms.uuidOf(iri).map(ClaimId::new)
                .orElseThrow(() -> reading.error(field, iri + " is not a urn:uuid: IRI of a claim annotation"));
        if (!claims.containsKey(id)) {
            throw reading.error(field, iri + " names no claim annotation of this export");
        }
        return id;
    }
}
