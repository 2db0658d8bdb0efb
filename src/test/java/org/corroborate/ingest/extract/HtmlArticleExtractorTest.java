package org.corroborate.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {
    private static final String BODY = """
            <p>Pro-Ukrainian Russian fighters said on Tuesday they had crossed into the Belgorod and Kursk regions,
            in attacks that Moscow said it had repelled with aircraft and artillery.</p>
            <p>The Russian defence ministry said it had killed 60 Ukrainian soldiers and destroyed five tanks in
            the fighting near the village of Tyotkino.</p>
            <p>Ukraine's military intelligence said the groups were made up of Russian citizens acting on their own
            account, and that Kyiv had no part in the raids.</p>
            <p>The governor of the Belgorod region said two civilians were wounded by shelling on Tuesday morning.</p>
            """;

    private static final String PAGE = """
            <!DOCTYPE html><html><head><meta charset="utf-8">
            <title>Fighters claim cross-border raids | World | The Daily Planet</title>
            <meta property="og:site_name" content="The Daily Planet">
            <meta property="og:title" content="Fighters claim cross-border raids into Russia">
            <meta property="article:published_time" content="2024-03-12T09:30:00Z">
            <link rel="canonical" href="https://planet.example.com/world/raids">
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Planet"},
             {"@type":"NewsArticle","headline":"Pro-Ukrainian fighters claim cross-border raids",
              "datePublished":"2024-03-12T08:00:00+01:00","author":[{"@type":"Person","name":"Ann Lee"},
              {"@type":"Person","name":"Bo Ruiz"}],"publisher":{"@type":"Organization","name":"Planet Media"}}]}
            </script></head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
            <article><h1>Pro-Ukrainian fighters claim cross-border raids</h1>
            <div class="share-buttons">Share on Facebook Share on X</div>
            <figure><img src="a.jpg"><figcaption>Smoke over Belgorod. Photo: Reuters</figcaption></figure>
            %s
            <div class="ad-slot">ADVERTISEMENT</div>
            </article>
            <aside class="related"><h2>Latest news</h2><ul><li><a href="/1">Floods in the north</a></li>
            <li><a href="/2">Election results</a></li></ul></aside>
            <footer>© The Daily Planet 2024. All rights reserved.</footer>
            </body></html>
            """.formatted(BODY);

    @Test
    void keepsTheArticlesParagraphsAndDropsThePageAroundThem() throws Exception {
        ExtractedArticle article = HtmlArticleExtractor.extract(PAGE);

        assertThat(article.text()).startsWith("Pro-Ukrainian Russian fighters said on Tuesday they had crossed")
                .contains("in attacks that Moscow said it had repelled with aircraft and artillery.\n\nThe Russian"
                        + " defence ministry said it had killed 60 Ukrainian soldiers")
                .endsWith("two civilians were wounded by shelling on Tuesday morning.")
                .doesNotContain("Home", "Share on", "Smoke over", "ADVERTISEMENT", "Floods", "rights reserved");
    }

    @Test
    void takesEachFieldFromTheJsonLdArticleFirstAndTheMetaTagsAfter() throws Exception {
        DocumentMetadata about = HtmlArticleExtractor.extract(PAGE).metadata();

        assertThat(about).isEqualTo(new DocumentMetadata(Optional.of("The Daily Planet"),
                Optional.of("Pro-Ukrainian fighters claim cross-border raids"), Optional.of("Ann Lee, Bo Ruiz"),
                Optional.of(LocalDate.of(2024, 3, 12)), Optional.of("https://planet.example.com/world/raids")));
    }

    @Test
    void withoutJsonLdTheMetaTagsTimeElementAndAddressSpeak() throws Exception {
        String page = """
                <html><head><title>Raids | Planet</title>
                <meta name="author" content="Ann Lee">
                <meta property="og:url" content="https://www.planet.example.com/raids"></head>
                <body><article><h1>Raids in the night</h1><time datetime="2024-03-11">11 March</time>%s</article>
                </body></html>""".formatted(BODY);

        DocumentMetadata about = HtmlArticleExtractor.extract(page).metadata();

        assertThat(about).isEqualTo(new DocumentMetadata(Optional.of("planet.example.com"),
                Optional.of("Raids in the night"), Optional.of("Ann Lee"), Optional.of(LocalDate.of(2024, 3, 11)),
                Optional.of("https://www.planet.example.com/raids")));
    }

    @Test
    void aPageWithNoTextIsRefused() {
        assertThatThrownBy(() -> HtmlArticleExtractor.extract("<html><head><title>x</title></head><body>"
                + "<script>render()</script></body></html>"))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("holds no article text");
    }

    @Test
    void brokenMarkupIsReadAsBrowsersReadIt() throws Exception {
        String broken = "<html><body><div><p>The Russian defence ministry said it had killed 60 soldiers near the"
                + " village of Tyotkino, in the Kursk region<p>Kyiv said it had no part in the raids, which it said"
                + " were carried out by Russian citizens</b></i></div></span>";

        assertThat(HtmlArticleExtractor.extract(broken).text())
                .contains("Tyotkino, in the Kursk region\n\nKyiv said it had no part");
    }
}
