package org.corroborate.jsonld;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.corroborate.model.ContentHash;

/**
 * The vocabulary of the JSON-LD export, shared by the writer and the reader so that both always
 * agree. Terms of the W3C Web Annotation model are used as the model defines them; what it has no
 * term for (an article's content hash, an orphaned claim) is in Corroborate's own namespace under the
 * prefix {@code crb}, declared in the collection's context.
 */
final class JsonLdTerms {
    /**
     * 2 defines every term in the file's own context and names each appearance's article by IRI; 1
     * relied on schema.org's remote context. Both read alike, since the reader never needed those.
     */
    static final int FORMAT_VERSION = 2;
    static final int OLDEST_READABLE_VERSION = 1;

    static final String ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** As the W3C context has it: one namespace for schema.org in the whole file. */
    static final String SCHEMA_ORG_PREFIX = "http://schema.org/";
    static final String OWN_PREFIX = "urn:corroborate:vocab:";

    static final String FORMAT_VERSION_KEY = "crb:formatVersion";
    static final String ARTICLES = "crb:articles";
    static final String CONTENT_HASH = "crb:contentHash";
    static final String FILE_NAME = "crb:fileName";
    static final String HEADLINE_DESCRIPTIVE = "crb:headlineDescriptive";
    static final String ORPHANED = "crb:orphaned";

    static final String MOTIVATION_ASSESSING = "assessing";
    static final String MOTIVATION_LINKING = "linking";

    /** Body purposes of a claim annotation; each field of a claim has its own, so it reads back unambiguously. */
    static final String PURPOSE_CLAIMANT = "describing";
    static final String PURPOSE_TAG = "tagging";
    static final String PURPOSE_STATUS = "assessing";
    static final String PURPOSE_NOTE = "commenting";
    /** Body purpose of a link annotation's type. */
    static final String PURPOSE_LINK_TYPE = "classifying";

    static final String CLAIM_REVIEW = "ClaimReview";
    /** The schema.org terms a group's ClaimReview body uses, each defined in the collection's context. */
    private static final List<String> REVIEW_TERMS = List.of("ClaimReview", "Claim", "Quotation", "Rating",
            "claimReviewed", "reviewRating", "ratingValue", "bestRating", "worstRating", "alternateName", "reviewBody",
            "itemReviewed", "appearance", "text", "isPartOf");
    static final String REVIEW_FRAGMENT = "#review";
    /** Names a claim's quote as it appears in a group's ClaimReview, beside the claim's annotation. */
    static final String QUOTATION_FRAGMENT = "#quotation";

    private static final String UUID_PREFIX = "urn:uuid:";
    private static final String SHA256_PREFIX = "urn:sha256:";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = new ObjectMapper().writer(prettyPrinter());

    private JsonLdTerms() {
    }

    static String uuidIri(UUID id) {
        return UUID_PREFIX + id;
    }

    /** The UUID of a {@code urn:uuid:} IRI, or empty when the IRI is not one. */
    static Optional<UUID> uuidOf(String iri) {
        if (!iri.toLowerCase(Locale.ROOT).startsWith(UUID_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(iri.substring(UUID_PREFIX.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String sha256Iri(ContentHash hash) {
        return SHA256_PREFIX + hash.hex();
    }

    /** The hash an {@code urn:sha256:} IRI names, without the fragment that tells identical texts apart. */
    static Optional<String> sha256HexOf(String iri) {
        if (!iri.startsWith(SHA256_PREFIX)) {
            return Optional.empty();
        }
        int fragment = iri.indexOf('#');
        return Optional.of(iri.substring(SHA256_PREFIX.length(), fragment < 0 ? iri.length() : fragment));
    }

    /**
     * The collection's own context, after the W3C one: the prefixes, and the terms the W3C context
     * leaves out, so that every JSON-LD processor makes the same triples of the file without fetching
     * anything but the W3C context.
     */
    static ObjectNode ownContext() {
        ObjectNode context = object();
        context.put("schema", SCHEMA_ORG_PREFIX);
        context.put("crb", OWN_PREFIX);
        // Older copies of the W3C context lack it, and a processor would then drop or misread it.
        context.put(MOTIVATION_ASSESSING, "oa:assessing");
        REVIEW_TERMS.forEach(term -> context.put(term, "schema:" + term));
        return context;
    }

    /**
     * A value that names a resource, written as an object so that it is an IRI for every processor,
     * not only for those whose context happens to coerce the property.
     */
    static ObjectNode reference(String iri) {
        ObjectNode reference = object();
        reference.put("id", iri);
        return reference;
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    /** The fields every annotation starts with, in the order the W3C examples use. */
    static ObjectNode annotation(UUID id, String motivation) {
        ObjectNode annotation = object();
        annotation.put("@context", ANNOTATION_CONTEXT);
        annotation.put("id", uuidIri(id));
        annotation.put("type", "Annotation");
        annotation.put("motivation", motivation);
        return annotation;
    }

    static void putCreator(ObjectNode annotation, String author) {
        if (!author.isEmpty()) {
            ObjectNode creator = annotation.putObject("creator");
            creator.put("type", "Person");
            creator.put("name", author);
        }
    }

    static void putTimes(ObjectNode annotation, Instant created, Optional<Instant> modified) {
        annotation.put("created", created.toString());
        modified.ifPresent(m -> annotation.put("modified", m.toString()));
    }

    static ObjectNode textualBody(String purpose, String value) {
        ObjectNode body = object();
        body.put("type", "TextualBody");
        body.put("purpose", purpose);
        body.put("value", value);
        return body;
    }

    /** Writes a whole document, built before the first character goes out, so a failure writes nothing. */
    static void write(JsonNode document, Writer out) throws IOException {
        out.write(WRITER.writeValueAsString(document));
        out.write('\n');
    }

    /** Two-space indents and "\n" line ends on every platform, so the output is the same everywhere. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
