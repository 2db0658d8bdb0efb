package org.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.analysis.Conflict.Kind;
import org.corroborate.model.Article;
import org.junit.jupiter.api.Test;

class ValueConflictsTest {
    private static final String FIRST = "The ministry said its forces had killed 60 Ukrainian soldiers near the border."
            + " Almost 40 people were injured in the strike on Tuesday. The plane carried eight crew members.";
    private static final String SECOND = "More than 234 Ukrainian troops had been killed in the fighting."
            + " Rescuers said 40 people were injured in the strike on Tuesday. The plane carried eight crew, the"
            + " ministry said.";
    private static final String THIRD = "Officials counted 12 injured overnight. Fighters entered Tetkino.";
    private static final String FOURTH = "Officials counted 30 injured on Tuesday. Fighters entered Tyotkino.";

    private static final List<Article> ARTICLES = List.of(NameVariantsTest.article(1, FIRST),
            NameVariantsTest.article(2, SECOND), NameVariantsTest.article(3, THIRD), NameVariantsTest.article(4, FOURTH));

    private static Match match(int first, String inFirst, int second, String inSecond) {
        return match(first, inFirst, second, inSecond, 0.5);
    }

    private static Match match(int first, String inFirst, int second, String inSecond, double score) {
        return new Match(span(first, inFirst), span(second, inSecond), score);
    }

    private static ArticleSpan span(int article, String quote) {
        String text = ARTICLES.get(article - 1).text();
        int start = text.indexOf(quote);
        assertThat(start).as("%s in article %d", quote, article).isNotNegative();
        return new ArticleSpan(article, start, start + quote.length(), quote);
    }

    private static List<Conflict> conflicts(Match match) {
        return ValueConflicts.of(ARTICLES, List.of(match), NameVariants.of(ARTICLES));
    }

    @Test
    void sixtyKilledAgainstMoreThan234IsAContradiction() {
        List<Conflict> found = conflicts(match(1, "The ministry said its forces had killed 60 Ukrainian soldiers near"
                + " the border.", 2, "More than 234 Ukrainian troops had been killed in the fighting."));

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.CONTRADICTION);
            assertThat(List.of(c.valueA(), c.valueB())).containsExactly("60", "More than 234");
            assertThat(c.explanation()).contains("60", "More than 234", "cannot both be true");
        });
    }

    @Test
    void almostFortyAgainstFortyIsPrecision() {
        List<Conflict> found = conflicts(match(1, "Almost 40 people were injured in the strike on Tuesday.", 2,
                "Rescuers said 40 people were injured in the strike on Tuesday."));

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.PRECISION);
            assertThat(List.of(c.valueA(), c.valueB())).containsExactly("Almost 40", "40");
        });
    }

    @Test
    void aFigureAttributedInOneAndStatedInTheOtherIsAttribution() {
        List<Conflict> found = conflicts(match(1, "The plane carried eight crew members.", 2,
                "The plane carried eight crew, the ministry said."));

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.ATTRIBUTION);
            assertThat(c.explanation()).contains("eight", "attributed");
        });
    }

    @Test
    void figuresForDifferentTimesAreScopeAndANameSpelledTwoWaysIsSpelling() {
        List<Conflict> times = conflicts(match(3, "Officials counted 12 injured overnight.", 4,
                "Officials counted 30 injured on Tuesday."));
        List<Conflict> names = conflicts(match(3, "Fighters entered Tetkino.", 4, "Fighters entered Tyotkino."));

        assertThat(times).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(Kind.SCOPE));
        assertThat(names).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.SPELLING);
            assertThat(List.of(c.valueA(), c.valueB())).containsExactly("Tetkino", "Tyotkino");
        });
    }

    @Test
    void theSameFigureStatedAlikeOrFiguresOfDifferentEventsAreNoConflict() {
        assertThat(conflicts(match(1, "Almost 40 people were injured in the strike on Tuesday.", 2,
                "More than 234 Ukrainian troops had been killed in the fighting."))).isEmpty();
        assertThat(conflicts(match(1, "The plane carried eight crew members.", 1 + 1,
                "Rescuers said 40 people were injured in the strike on Tuesday."))).isEmpty();
    }

    // A weak match often pairs two sentences of one event that report different facts of it, so only
    // figures counting the same event word ("killed") may conflict there; the threshold is the dev corpus's.
    @Test
    void aWeakMatchGivesAConflictOnlyForFiguresOfTheSameEventWord() {
        double weak = ValueConflicts.SOLID_MATCH / 2;

        assertThat(conflicts(match(1, "The ministry said its forces had killed 60 Ukrainian soldiers near the border.",
                2, "More than 234 Ukrainian troops had been killed in the fighting.", weak)))
                .singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(Kind.CONTRADICTION));
        assertThat(conflicts(match(1, "The plane carried eight crew members.", 2,
                "The plane carried eight crew, the ministry said.", weak))).isEmpty();
        assertThat(conflicts(match(3, "Fighters entered Tetkino.", 4, "Fighters entered Tyotkino.", weak))).isEmpty();
    }

    @Test
    void theAnalysisReportsConflictsOnlyBetweenItsOwnMatchesWithKindsAmongTheFive() {
        Analysis.Result result = Analysis.of(ARTICLES);

        assertThat(result.conflicts()).allSatisfy(c -> assertThat(result.matches())
                .anySatisfy(m -> assertThat(List.of(m.a(), m.b())).containsExactly(c.a(), c.b())));
        assertThat(result.variants()).anySatisfy(v -> assertThat(v.forms()).contains("Tetkino", "Tyotkino"));
    }
}
