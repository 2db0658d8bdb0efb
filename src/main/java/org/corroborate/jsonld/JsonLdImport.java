package org.corroborate.jsonld;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;
import org.corroborate.model.ClaimId;
import org.corroborate.model.ClaimLink;

/**
 * Reads what {@link JsonLdExport} writes back into claims, links and groups for a project's articles.
 * The file must be UTF-8 JSON within the limits of {@link ImportFileReader}. Articles are matched by
 * content hash, then by file name; positions are converted from code points back to UTF-16 chars, and
 * each claim is re-anchored as an opened project's are (see {@link ImportedAnchor}), its placement
 * reported. Anything the export would not have written fails the whole import with a
 * {@link JsonLdImportException} naming the file, the annotation and the field: there is never a
 * partial result.
 */
public final class JsonLdImport {
    private static final ImportFileReader READER = new ImportFileReader(ImportFileReader.Limits.STANDARD);

    private JsonLdImport() {
    }

    /**
     * Reads an export file. Every JsonLdImportException names the file; an IOException comes only
     * from a file that cannot be read at all (missing, say).
     */
    public static ImportResult read(Path file, List<Article> articles) throws IOException {
        String name = file.toString();
        JsonNode document = READER.read(file, name);
        try {
            return fromDocument(document, articles);
        } catch (JsonLdImportException e) {
            throw e.in(name);
        }
    }

    /** Reads an export held as text, within the same limits; messages call it "the document". */
    public static ImportResult read(String json, List<Article> articles) {
        return fromDocument(READER.parse(json, "The document"), articles);
    }

    private static ImportResult fromDocument(JsonNode document, List<Article> articles) {
        // The reader has made sure the document is an object.
        StrictJson reading = StrictJson.of("the collection");
        String type = reading.text(document, "type");
        if (!type.equals("AnnotationCollection")) {
            throw reading.error("type", "should be AnnotationCollection, not " + type);
        }
        int version = reading.nonNegativeInt(document, JsonLdTerms.FORMAT_VERSION_KEY);
        if (version < JsonLdTerms.OLDEST_READABLE_VERSION || version > JsonLdTerms.FORMAT_VERSION) {
            throw reading.error(JsonLdTerms.FORMAT_VERSION_KEY, "version " + version + " is not one this Corroborate"
                    + " reads (it reads " + JsonLdTerms.OLDEST_READABLE_VERSION + " to " + JsonLdTerms.FORMAT_VERSION + ")");
        }
        String collectionIri = reading.text(document, "id");
        ArticleMatching matching = new ArticleMatching(document, articles);
        JsonNode items = reading.nested("first").required(reading.object(document, "first"), "items");
        if (!items.isArray()) {
            throw reading.nested("first").error("items", "should be an array of annotations");
        }
        if (document.has("total") && reading.nonNegativeInt(document, "total") != items.size()) {
            throw reading.error("total", "says " + document.get("total") + " but first.items holds " + items.size());
        }
        return new JsonLdImport.Items(items, collectionIri).read(matching);
    }

    /** The annotations of the page, read claims first because links and groups refer to them. */
    private static final class Items {
        private final JsonNode items;
        private final String collectionIri;
        private final Map<ClaimId, Claim> claims = new LinkedHashMap<>();
        private final List<ClaimLink> links = new ArrayList<>();
        private final List<ClaimGroup> groups = new ArrayList<>();
        private final List<ClaimPlacement> placements = new ArrayList<>();

        Items(JsonNode items, String collectionIri) {
            this.items = items;
            this.collectionIri = collectionIri;
        }

        ImportResult read(ArticleMatching matching) {
            Set<UUID> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                Item item = item(i, seen);
                if (isClaim(item)) {
                    ClaimPlacement placed = ClaimAnnotations.fromJson(item.id, item.node, item.reading, matching);
                    claims.put(placed.claim().id(), placed.claim());
                    placements.add(placed);
                }
            }
            for (int i = 0; i < items.size(); i++) {
                Item item = item(i, null);
                if (item.motivation.equals(JsonLdTerms.MOTIVATION_LINKING)) {
                    links.add(LinkAnnotations.fromJson(item.id, item.node, item.reading, claims));
                } else if (GroupAnnotations.isGroup(item.node)) {
                    groups.add(GroupAnnotations.fromJson(item.id, item.node, item.reading, claims, collectionIri));
                }
            }
            try {
                return new ImportResult(Annotations.of(claims.values(), links, groups), placements);
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw new JsonLdImportException("The imported annotations do not fit this project's articles: "
                        + e.getMessage(), e);
            }
        }

        private record Item(UUID id, JsonNode node, String motivation, StrictJson reading) {
        }

        /** Checks what every annotation needs; {@code seen} collects ids on the first pass to catch repeats. */
        private Item item(int index, Set<UUID> seen) {
            JsonNode node = items.get(index);
            String position = "first.items[" + index + "]";
            if (!node.isObject()) {
                throw new JsonLdImportException("The annotation at " + position + " is not an object");
            }
            StrictJson positionReading = StrictJson.of("the annotation at " + position);
            String iri = positionReading.text(node, "id");
            StrictJson reading = StrictJson.of("annotation " + iri + " (" + position + ")");
            UUID id = JsonLdTerms.uuidOf(iri).orElseThrow(() -> reading.error("id", "should be a urn:uuid: IRI"));
            if (seen != null && !seen.add(id)) {
                throw reading.error("id", "another annotation of this export has the same id");
            }
            String type = reading.text(node, "type");
            if (!type.equals("Annotation")) {
                throw reading.error("type", "should be Annotation, not " + type);
            }
            String motivation = reading.text(node, "motivation");
            if (!motivation.equals(JsonLdTerms.MOTIVATION_ASSESSING) && !motivation.equals(JsonLdTerms.MOTIVATION_LINKING)) {
                throw reading.error("motivation", "'" + motivation + "' is not one this export writes;"
                        + " expected assessing or linking");
            }
            return new Item(id, node, motivation, reading);
        }

        private static boolean isClaim(Item item) {
            return item.motivation.equals(JsonLdTerms.MOTIVATION_ASSESSING) && !GroupAnnotations.isGroup(item.node);
        }
    }
}
