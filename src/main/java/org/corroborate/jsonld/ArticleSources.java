package org.corroborate.jsonld;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.corroborate.model.Article;

/**
 * The IRI by which the JSON-LD export names each article as an annotation's source: its URL when it
 * has one that no other exported article shares, else {@code urn:sha256:<content hash>}. Two versions
 * of one web page share a URL but not a hash, and each annotation must name the version it was made
 * on, since its offsets count that version's text. Two outlets carrying the same wire copy share a
 * hash as well, so there the file name follows as a fragment: each article keeps its own IRI.
 */
final class ArticleSources {
    private final Map<Integer, String> iris = new HashMap<>();

    ArticleSources(List<Article> articles) {
        Map<String, Long> urlUses = articles.stream().map(Article::url).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<String, Long> hashUses = articles.stream().map(a -> a.contentHash().hex())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        for (Article article : articles) {
            String byHash = JsonLdTerms.sha256Iri(article.contentHash());
            String iri = article.url().filter(url -> urlUses.get(url) == 1)
                    .orElseGet(() -> hashUses.get(article.contentHash().hex()) == 1 ? byHash
                            : byHash + "#" + URLEncoder.encode(article.fileName(), StandardCharsets.UTF_8));
            iris.put(article.id(), iri);
        }
    }

    String iri(Article article) {
        return iris.get(article.id());
    }

    /** The list of articles an importer matches against its own: by content hash, then by file name. */
    ArrayNode toJson(List<Article> articles) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (Article article : articles) {
            ObjectNode entry = list.addObject();
            entry.put("id", iri(article));
            entry.put("type", "Text");
            entry.put(JsonLdTerms.CONTENT_HASH, article.contentHash().hex());
            entry.put(JsonLdTerms.FILE_NAME, article.fileName());
            article.outlet().ifPresent(outlet -> entry.put("schema:publisher", outlet));
            entry.put("schema:headline", article.headline());
            entry.put(JsonLdTerms.HEADLINE_DESCRIPTIVE, article.headlineDescriptive());
            article.published().ifPresent(date -> entry.put("schema:datePublished", date.toString()));
            article.url().ifPresent(url -> entry.set("schema:url", JsonLdTerms.reference(url)));
        }
        return list;
    }
}
