package org.corroborate.jsonld;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.corroborate.model.Article;

/**
 * Finds, for each article named in an export, the project's own article: the one with the same
 * content hash, else the one with the same file name (a new version of the same text, whose claims
 * may then need to be found again by their quotes).
 */
final class ArticleMatching {
    /** An article as the export lists it. */
    record Listed(String iri, String contentHash, String fileName) {
    }

    private final Map<String, Listed> listedByIri = new HashMap<>();
    private final List<Article> projectArticles;

    ArticleMatching(JsonNode document, List<Article> projectArticles) {
        this.projectArticles = List.copyOf(projectArticles);
        StrictJson reading = StrictJson.of("the collection");
        JsonNode list = reading.required(document, JsonLdTerms.ARTICLES);
        if (!list.isArray()) {
            throw reading.error(JsonLdTerms.ARTICLES, "should be an array of articles");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            StrictJson entryReading = StrictJson.of("article " + i + " of " + JsonLdTerms.ARTICLES);
            Listed listed = new Listed(entryReading.text(entry, "id"), entryReading.text(entry, JsonLdTerms.CONTENT_HASH),
                    entryReading.text(entry, JsonLdTerms.FILE_NAME));
            if (listedByIri.put(listed.iri(), listed) != null) {
                throw entryReading.error("id", "another article of the list has the same id " + listed.iri());
            }
        }
    }

    /**
     * The project's article for an annotation's source. A source missing from the list may still be a
     * {@code urn:sha256:} IRI, which names its text by itself.
     */
    Article resolve(String sourceIri, StrictJson reading, String field) {
        Optional<Listed> listed = Optional.ofNullable(listedByIri.get(sourceIri));
        Optional<String> hash = listed.map(Listed::contentHash).or(() -> JsonLdTerms.sha256HexOf(sourceIri));
        if (hash.isEmpty()) {
            throw reading.error(field, "names " + sourceIri + ", which is not in the export's list of articles");
        }
        Optional<String> fileName = listed.map(Listed::fileName);
        // Hash and name together first: two outlets may carry the very same text.
        Optional<Article> byHash = projectArticles.stream()
                .filter(a -> a.contentHash().hex().equals(hash.get()))
                .min(java.util.Comparator.comparing(a -> fileName.map(name -> !a.fileName().equals(name)).orElse(true)));
        if (byHash.isPresent()) {
            return byHash.get();
        }
        return projectArticles.stream()
                .filter(a -> fileName.isPresent() && a.fileName().equals(fileName.get()))
                .findFirst()
                .orElseThrow(() -> reading.error(field, "names the article " + fileName.orElse(sourceIri)
                        + " (content hash " + hash.get().substring(0, Math.min(8, hash.get().length()))
                        + "…), which matches no article of the project by content hash or file name"));
    }
}
