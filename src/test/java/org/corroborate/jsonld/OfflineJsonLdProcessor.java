package org.corroborate.jsonld;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.rdf.RdfDataset;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Titanium, an independent JSON-LD processor, set up as strictly as jsonld.js's safe mode and kept
 * offline: the only context it can load is the W3C Web Annotation context, served from the copy under
 * src/test/resources/jsonld/w3c/ (an older copy, without "assessing"); loading any other remote context
 * fails, and so does a term no context defines. {@link #relativeIris} finds what the processor keeps
 * but an RDF consumer would drop: IRIs that never became absolute.
 */
final class OfflineJsonLdProcessor {
    static final String ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** The schemes of the IRIs the export may name: the W3C's and schema.org's, urn:uuid: and urn:sha256:, urn:corroborate:. */
    private static final Set<String> SCHEMES = Set.of("http", "https", "urn");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    private OfflineJsonLdProcessor() {
    }

    static JsonArray expand(String json) throws JsonLdError {
        return JsonLd.expand(document(json)).options(options()).get();
    }

    static RdfDataset toRdf(String json) throws JsonLdError {
        return JsonLd.toRdf(document(json)).options(options()).get();
    }

    private static JsonDocument document(String json) throws JsonLdError {
        return JsonDocument.of(new StringReader(json));
    }

    private static JsonLdOptions options() {
        JsonLdOptions options = new JsonLdOptions(OfflineJsonLdProcessor::load);
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        return options;
    }

    private static Document load(URI url, DocumentLoaderOptions options) throws JsonLdError {
        if (!url.toString().equals(ANNOTATION_CONTEXT)) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "The test is offline and serves only " + ANNOTATION_CONTEXT + "; the document asked for " + url);
        }
        try (InputStream in = OfflineJsonLdProcessor.class.getResourceAsStream("/jsonld/w3c/anno.jsonld")) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource jsonld/w3c/anno.jsonld");
            }
            JsonDocument context = JsonDocument.of(in);
            context.setDocumentUrl(url);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every property, type and node IRI of an expanded document that is not absolute in one of the
     * expected schemes, with where it is: what a term or prefix left undefined turns into.
     */
    static List<String> relativeIris(JsonArray expanded) {
        List<String> found = new ArrayList<>();
        collect(expanded, "", found);
        return found;
    }

    private static void collect(JsonValue value, String path, List<String> found) {
        if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), path + "[" + i + "]", found);
            }
        } else if (value instanceof JsonObject object) {
            object.forEach((key, member) -> {
                String here = path + "/" + key;
                if (!key.startsWith("@")) {
                    check(key, here, found);
                } else if (key.equals("@id") && member instanceof JsonString id) {
                    check(id.getString(), here, found);
                } else if (key.equals("@type") && !object.containsKey("@value")) {
                    typeIris(member).forEach(type -> check(type, here, found));
                }
                collect(member, here, found);
            });
        }
    }

    private static List<String> typeIris(JsonValue types) {
        if (types instanceof JsonString single) {
            return List.of(single.getString());
        }
        return types.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static void check(String iri, String path, List<String> found) {
        if (iri.startsWith("_:")) {
            return;
        }
        Matcher scheme = SCHEME.matcher(iri);
        if (!scheme.find() || !SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
            found.add(path + ": " + iri);
        }
    }
}
