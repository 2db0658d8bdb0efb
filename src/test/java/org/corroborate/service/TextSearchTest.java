package org.corroborate.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.corroborate.export.ExportFixture;
import org.corroborate.model.Article;
import org.corroborate.service.TextSearch.Hit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Finding words across articles: case, accents, hyphens and numbers as a reader expects. */
class TextSearchTest {
    private static final Article AIRCRAFT = article(1, "An IL-76 transport crashed near Ivanovo. The Il-76 carried 15.");
    private static final Article VILLAGE = article(2, "Fighting in Tëtkino; TETKINO residents fled. Il 76 again.");
    private static final Article FIGURES = article(3, "Some 1,200 troops and 234 fighters; not 2345 or 1,2000.");
    private final TextSearch search = TextSearch.of(List.of(AIRCRAFT, VILLAGE, FIGURES));

    private static Article article(int id, String text) {
        return ExportFixture.article(id, "a" + id + ".txt", Optional.of("Outlet " + id), "Headline", false,
                Optional.of(LocalDate.parse("2024-03-12")), Optional.empty(), text);
    }

    @AfterEach
    void close() {
        search.close();
    }

    private static List<String> quoted(TextSearch.Result result, Article article) {
        return result.hitsIn(article.id()).stream().map(h -> article.text().substring(h.start(), h.end())).toList();
    }

    @Test
    void hyphenatedNamesAreFoundWhateverTheirCaseOrHyphen() {
        TextSearch.Result result = search.find("il-76");

        assertThat(quoted(result, AIRCRAFT)).containsExactly("IL-76", "Il-76");
        assertThat(quoted(result, VILLAGE)).containsExactly("Il 76");
        assertThat(result.hitCount()).isEqualTo(3);
        assertThat(result.articles()).extracting(TextSearch.ArticleHits::articleId).containsExactly(1, 2);
    }

    @Test
    void caseAndAccentsDoNotCount() {
        assertThat(quoted(search.find("Tetkino"), VILLAGE)).containsExactly("Tëtkino", "TETKINO");
        assertThat(quoted(search.find("TËTKINO"), VILLAGE)).containsExactly("Tëtkino", "TETKINO");
    }

    @Test
    void numbersMatchWholeNumbersOnly() {
        assertThat(quoted(search.find("234"), FIGURES)).containsExactly("234");
        assertThat(quoted(search.find("1,200"), FIGURES)).containsExactly("1,200");
        assertThat(search.find("2,000").hitCount()).isZero();
    }

    @Test
    void severalWordsAreFoundOnlyTogether() {
        List<Hit> hits = search.find("transport crashed").hits();

        assertThat(hits).containsExactly(new Hit(1, AIRCRAFT.text().indexOf("transport"),
                AIRCRAFT.text().indexOf("crashed") + "crashed".length()));
        assertThat(search.find("crashed transport").hitCount()).isZero();
    }

    @Test
    void aQueryWithNoWordsFindsNothing() {
        assertThat(search.find("  ;; ").articles()).isEmpty();
        assertThat(search.find("").articles()).isEmpty();
        assertThat(search.find(null).articles()).isEmpty();
    }
}
