package org.corroborate.jsonld;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.corroborate.model.Annotations;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;
import org.corroborate.model.ClaimLink;
import org.corroborate.export.ExportInput;
import org.corroborate.export.Exporter;

/**
 * The project's annotations as JSON-LD in the W3C Web Annotation Data Model: one
 * {@code AnnotationCollection} whose single embedded {@code AnnotationPage} ({@code first}) holds, as
 * {@code items}, one annotation per claim ({@link ClaimAnnotations}), then one per link
 * ({@link LinkAnnotations}), then one per group ({@link GroupAnnotations}). The collection's context is
 * the W3C one followed by the file's own ({@link JsonLdTerms#ownContext()}), which defines everything
 * else the file uses, so a JSON-LD processor needs nothing but the W3C context to read it. Each
 * annotation names the W3C context again, as the model asks of every annotation. The collection also
 * lists the articles ({@code crb:articles}: id, content hash, file name, outlet, headline) so that
 * {@link JsonLdImport} can match them with a project's own.
 */
public final class JsonLdExport implements Exporter {
    @Override
    public void write(ExportInput input, Writer out) throws IOException {
        JsonLdTerms.write(document(input), out);
    }

    private static ObjectNode document(ExportInput input) {
        ArticleSources sources = new ArticleSources(input.articles());
        String collectionIri = collectionIri(input);
        ObjectNode document = JsonLdTerms.object();
        ArrayNode context = document.putArray("@context");
        context.add(JsonLdTerms.ANNOTATION_CONTEXT);
        context.add(JsonLdTerms.ownContext());
        document.put("id", collectionIri);
        document.put("type", "AnnotationCollection");
        document.put("label", input.projectTitle());
        ObjectNode generator = document.putObject("generator");
        generator.put("type", "Software");
        generator.put("name", "Corroborate");
        document.put("generated", input.exportedAt().toString());
        document.put(JsonLdTerms.FORMAT_VERSION_KEY, JsonLdTerms.FORMAT_VERSION);
        document.set(JsonLdTerms.ARTICLES, sources.toJson(input.articles()));

        Annotations annotations = input.annotations();
        ArrayNode items = JsonLdTerms.object().arrayNode();
        for (Claim claim : annotations.claims()) {
            items.add(ClaimAnnotations.toJson(claim, input.articleOf(claim), sources.iri(input.articleOf(claim))));
        }
        for (ClaimLink link : annotations.links()) {
            items.add(LinkAnnotations.toJson(link));
        }
        for (ClaimGroup group : annotations.groups()) {
            items.add(GroupAnnotations.toJson(group, input, sources, collectionIri));
        }
        document.put("total", items.size());
        ObjectNode page = document.putObject("first");
        page.put("id", collectionIri + "#page-1");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        page.set("items", items);
        return document;
    }

    /** Derived from the title and the moment, not random, so that exporting twice gives the same file. */
    private static String collectionIri(ExportInput input) {
        String name = input.projectTitle() + "\n" + input.exportedAt();
        return JsonLdTerms.uuidIri(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }
}
