package org.corroborate.ingest.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a page says about its article. Each field is taken from the most deliberate statement
 * the page makes: a JSON-LD NewsArticle first (written for search engines, so usually right), then
 * Open Graph and {@code article:} meta tags, then plain meta tags, and the page's own elements last.
 */
final class MetadataReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\-–—]\\s+[^|\\-–—]{2,60}$");

    private MetadataReader() {
    }

    static DocumentMetadata read(Document page) {
        Optional<JsonNode> article = jsonLdArticle(page);
        Optional<String> canonical = first(
                () -> attribute(page, "link[rel=canonical]", "abs:href").filter(MetadataReader::isWebAddress),
                () -> meta(page, "og:url").filter(MetadataReader::isWebAddress),
                () -> article.flatMap(a -> text(a, "url")).filter(MetadataReader::isWebAddress));
        Optional<String> outlet = first(
                () -> meta(page, "og:site_name"),
                () -> article.flatMap(a -> name(a.get("publisher"))),
                () -> meta(page, "application-name"),
                () -> canonical.flatMap(MetadataReader::siteOf));
        return new DocumentMetadata(
                outlet,
                first(() -> article.flatMap(a -> text(a, "headline")),
                        () -> meta(page, "og:title"),
                        () -> meta(page, "twitter:title"),
                        () -> oneOf(page.select("h1")),
                        () -> Optional.of(page.title()).map(t -> TITLE_SUFFIX.matcher(t).replaceFirst(""))
                                .filter(t -> !t.isBlank())),
                first(() -> article.flatMap(a -> name(a.get("author"))),
                        () -> meta(page, "author"),
                        () -> meta(page, "article:author").filter(a -> !isWebAddress(a)),
                        () -> oneOf(page.select("[rel=author], [itemprop=author]"))),
                first(() -> article.flatMap(a -> text(a, "datePublished")).flatMap(MetadataReader::date),
                        () -> meta(page, "article:published_time").flatMap(MetadataReader::date),
                        () -> Stream.of("pubdate", "publishdate", "date", "dc.date.issued", "dc.date",
                                        "sailthru.date", "parsely-pub-date", "og:published_time")
                                .map(name -> meta(page, name).flatMap(MetadataReader::date))
                                .flatMap(Optional::stream).findFirst(),
                        () -> attribute(page, "time[itemprop=datePublished], time[pubdate], time[datetime]",
                                "datetime").flatMap(MetadataReader::date)),
                canonical);
    }

    @SafeVarargs
    private static <T> Optional<T> first(Supplier<Optional<T>>... sources) {
        for (Supplier<Optional<T>> source : sources) {
            Optional<T> found = source.get();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> meta(Document page, String name) {
        for (Element meta : page.select("meta[property], meta[name], meta[itemprop]")) {
            String key = meta.hasAttr("property") ? meta.attr("property")
                    : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
            if (key.trim().equalsIgnoreCase(name)) {
                Optional<String> content = clean(meta.attr("content"));
                if (content.isPresent()) {
                    return content;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> attribute(Document page, String query, String attribute) {
        return page.select(query).stream().map(e -> e.attr(attribute)).map(MetadataReader::clean)
                .flatMap(Optional::stream).findFirst();
    }

    // A page with several <h1>s or bylines names none of them reliably.
    private static Optional<String> oneOf(List<Element> elements) {
        return elements.size() == 1 ? clean(elements.get(0).text()) : Optional.empty();
    }

    private static Optional<String> clean(String value) {
        String trimmed = value == null ? "" : value.replaceAll("\\s+", " ").trim();
        return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
    }

    private static Optional<JsonNode> jsonLdArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                List<JsonNode> found = new ArrayList<>();
                collectArticles(JSON.readTree(script.data()), found, 0);
                if (!found.isEmpty()) {
                    return Optional.of(found.get(0));
                }
            } catch (JsonProcessingException e) {
                // Many pages carry broken JSON-LD; the meta tags are the next witness.
            }
        }
        return Optional.empty();
    }

    private static void collectArticles(JsonNode node, List<JsonNode> found, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collectArticles(n, found, depth + 1));
        } else if (node.isObject()) {
            if (isArticleType(node.get("@type"))) {
                found.add(node);
            }
            collectArticles(node.get("@graph"), found, depth + 1);
        }
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText("");
        return name.endsWith("Article") || name.equals("BlogPosting") || name.equals("Report");
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        return value != null && value.isTextual() ? clean(value.asText()) : Optional.empty();
    }

    /** A person or organisation: a name, an object with a name, or a list of them (the names joined). */
    private static Optional<String> name(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            return clean(node.asText()).filter(n -> !isWebAddress(n));
        }
        if (node.isObject()) {
            return text(node, "name");
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            node.forEach(n -> name(n).ifPresent(names::add));
            return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
        }
        return Optional.empty();
    }

    static Optional<LocalDate> date(String value) {
        Matcher m = ISO_DATE.matcher(value);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isWebAddress(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** "www.theguardian.com" from the address: better than "Unknown outlet", and easily corrected. */
    static Optional<String> siteOf(String address) {
        try {
            String host = new URI(address).getHost();
            if (host == null || host.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
