package org.corroborate.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What Readability leaves in an article that is not the article: captions and photo credits,
 * share buttons, bylines, "related" boxes, sign-up prompts, advertising labels. Tuned on the article
 * extraction benchmark's pages (docs/benchmarks.md).
 */
final class Furniture {
    /** Classes and ids of page parts that are never the article, matched on their words. */
    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "(^|[-_ ])(caption|credit|share|sharing|social|related|newsletter|subscribe|subscription|promo"
                    + "|advert|advertisement|ad|ads|byline|author|tags|breadcrumbs?|comments?|signup|sign-up"
                    + "|recommended|more-stories|read-more|toolbar|meta|timestamp|dateline-hidden)([-_ ]|$)",
            Pattern.CASE_INSENSITIVE);
    /** Above this many characters a matching element is more likely the article's wrapper than furniture. */
    private static final int MAX_FURNITURE_TEXT = 400;
    private static final Set<String> LABELS = Set.of("advertisement", "advert", "ad", "story continues below",
            "scroll to top", "read more", "subscribe", "continue reading", "related", "share", "share this",
            "spread the love", "comments", "click to expand");
    /** Photo captions and credits that sit in plain paragraphs, as agency copy carries them. */
    private static final Pattern CAPTION = Pattern.compile(
            "^(photo|image|picture|фото|foto)( copyright)?\\s*:.*|.*\\((AP|AFP|Reuters|Getty|EPA)[^)]{0,40}(Photo|Images)[^)]{0,60}\\)$"
                    + "|^image copyright .*", Pattern.CASE_INSENSITIVE);

    private Furniture() {
    }

    static void remove(Element content) {
        content.select("figcaption, [itemprop=caption], [itemprop=author], aside").remove();
        for (Element e : content.select("*")) {
            if (e.parent() != null && isNamedFurniture(e) && e.text().length() <= MAX_FURNITURE_TEXT) {
                e.remove();
            }
        }
    }

    private static boolean isNamedFurniture(Element e) {
        String names = e.className() + " " + e.id();
        return !names.isBlank() && FURNITURE_NAME.matcher(names).find();
    }

    /** Drops blocks that only label the page (a repeated headline, "Advertisement"). */
    static List<String> dropLabels(List<String> blocks, String headline) {
        String title = normal(headline);
        return blocks.stream()
                .filter(b -> !LABELS.contains(normal(b)))
                .filter(b -> !CAPTION.matcher(b).matches())
                .filter(b -> title.isEmpty() || !normal(b).equals(title))
                .toList();
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").trim();
    }
}
