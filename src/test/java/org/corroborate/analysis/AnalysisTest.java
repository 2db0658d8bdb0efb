package org.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Article;
import org.corroborate.model.ContentHash;
import org.junit.jupiter.api.Test;

class AnalysisTest {
    private static Article article(int id, String text) {
        return new Article(id, id + ".txt", Optional.empty(), "headline " + id, true, Optional.empty(),
                Optional.empty(), text, ContentHash.of(text));
    }

    private static final String QUAKE_A = "A magnitude 6.1 earthquake struck Aquila in central Italy on Monday, killing"
            + " 150 people.\nRescuers searched the rubble of Aquila for survivors.\nThe quake destroyed the old town.";
    private static final String QUAKE_B = "An earthquake killed 150 people in Aquila, Italy, on Monday.\nRescuers in"
            + " Aquila searched collapsed homes through the night.\nItaly declared a state of emergency.";
    private static final String QUAKE_C = "At least 300 people died when a magnitude 7.0 earthquake hit Kermanshah in"
            + " western Iran on Sunday.\nRescuers in Kermanshah pulled survivors from the rubble.\nIran sent troops.";
    private static final String QUAKE_D = "The earthquake in Kermanshah, Iran, on Sunday killed more than 300"
            + " people.\nSurvivors in Kermanshah slept outside.\nIran mourned the dead.";

    @Test
    void tellsTwoEventsOfOneKindApartAndMatchesOnlyWithinEach() {
        List<Article> articles = List.of(article(1, QUAKE_A), article(2, QUAKE_B), article(3, QUAKE_C),
                article(4, QUAKE_D));

        Analysis.Result result = Analysis.of(articles);

        assertThat(result.eventOfArticle().get(1)).isEqualTo(result.eventOfArticle().get(2));
        assertThat(result.eventOfArticle().get(3)).isEqualTo(result.eventOfArticle().get(4));
        assertThat(result.eventOfArticle().get(1)).isNotEqualTo(result.eventOfArticle().get(3));
        assertThat(result.matches()).isNotEmpty()
                .filteredOn(m -> (m.a().articleId() <= 2) != (m.b().articleId() <= 2))
                .as("across events only sentences that share most of their words")
                .allSatisfy(m -> assertThat(m.score()).isGreaterThanOrEqualTo(Analysis.Tuning.DEFAULT.matchAcrossEvents()));
        assertThat(result.matches()).anySatisfy(m -> {
            assertThat(m.a().text()).contains("killing 150 people");
            assertThat(m.b().text()).contains("killed 150 people");
        });
    }

    @Test
    void everySpanIsTheArticlesOwnTextAndEveryPairJoinsTwoArticles() {
        List<Article> articles = List.of(article(1, QUAKE_A), article(2, QUAKE_B), article(3, QUAKE_C),
                article(4, QUAKE_D));

        for (Match match : Analysis.of(articles).matches()) {
            assertThat(match.a().articleId()).isLessThan(match.b().articleId());
            for (ArticleSpan span : List.of(match.a(), match.b())) {
                assertThat(articles.get(span.articleId() - 1).text().substring(span.start(), span.end()))
                        .isEqualTo(span.text());
            }
            assertThat(match.score()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void badInputGivesNoCrashAndNoMatchWithinOneArticle() {
        assertThat(Analysis.of(List.of()).matches()).isEmpty();
        assertThat(Analysis.of(List.of(article(1, "One sentence only."))).matches()).isEmpty();
        assertThat(Analysis.of(List.of(article(1, "Just a sentence."), article(2, "\n\n"))).matches()).isEmpty();

        List<Match> twins = Analysis.of(List.of(article(1, QUAKE_A), article(2, QUAKE_A))).matches();
        assertThat(twins).anySatisfy(m -> {
            assertThat(m.a().text()).isEqualTo(m.b().text());
            assertThat(m.score()).isGreaterThan(0.9);
        });

        String russian = "Бойцы легиона заняли село Тёткино.\nГубернатор Курской области сообщил об обстреле.";
        String russianAgain = "Легион заявил, что занял Тёткино.\nКурская область под обстрелом.";
        assertThat(Analysis.of(List.of(article(1, russian), article(2, russianAgain))).matches())
                .allSatisfy(m -> assertThat(m.a().articleId()).isNotEqualTo(m.b().articleId()));
    }

    @Test
    void aLongArticleIsAnalysedInReasonableTime() {
        StringBuilder text = new StringBuilder();
        int sentence = 0;
        while (text.length() < 1_000_000) {
            text.append("Report ").append(sentence).append(" says ").append(sentence % 97)
                    .append(" drones flew over region ").append(sentence % 13).append(". ");
            if (++sentence % 8 == 0) {
                text.append('\n');
            }
        }
        List<Article> articles = new ArrayList<>(List.of(article(1, text.toString()), article(2, QUAKE_A)));

        assertThat(Analysis.of(articles).matches()).allSatisfy(m -> assertThat(m.a().articleId()).isEqualTo(1));
    }
}
