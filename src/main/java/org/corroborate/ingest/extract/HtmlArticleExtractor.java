package org.corroborate.ingest.extract;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a saved web page: its main text, by Mozilla's Readability (as ported by
 * Readability4J), and what the page says about it ({@link MetadataReader}). docs/benchmarks.md has
 * how well it does on real pages.
 */
public final class HtmlArticleExtractor {
    private static final String NO_ADDRESS = "http://localhost/";
    private static final double SHORTER_THAN_DENSEST = 0.4;

    private HtmlArticleExtractor() {
    }

    /**
     * @param html    the page, already decoded
     * @throws ExtractionException when the page holds no readable text
     */
    public static ExtractedArticle extract(String html) throws ExtractionException {
        Document page = Jsoup.parse(html, NO_ADDRESS);
        // Readability rewrites the page it reads, so the metadata is read first.
        DocumentMetadata metadata = MetadataReader.read(page);
        String text = mainText(page, metadata);
        if (text.isBlank()) {
            throw new ExtractionException("holds no article text (an empty page, or one whose text is"
                    + " only made by scripts)");
        }
        return new ExtractedArticle(text, metadata);
    }

    private static String mainText(Document page, DocumentMetadata metadata) {
        Element content = null;
        try {
            Article article = new Readability4J(NO_ADDRESS, page.clone()).parse();
            content = article.getArticleContent();
        } catch (RuntimeException e) {
            // Readability gives up on some pages; the densest block below is the next best guess.
        }
        Element densest = DensestBlock.of(page);
        // Readability sometimes settles on a small part of the page (a title, a teaser).
        if (content == null || densest != null
                && content.text().length() < densest.text().length() * SHORTER_THAN_DENSEST) {
            content = densest;
        }
        if (content == null) {
            return "";
        }
        Furniture.remove(content);
        return String.join("\n\n", Furniture.dropLabels(BlockText.blocksOf(content), metadata.headline().orElse("")));
    }
}
