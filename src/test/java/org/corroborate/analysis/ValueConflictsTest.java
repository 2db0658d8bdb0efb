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

    private static final String FIFTH = "Rescue operations concluded after almost 40 people were found injured."
            + " The plane crashed in the Ivanovo region, just east of Moscow. The ministry denied the reports of"
            + " casualties. Fighters took control of the village, the Legion said. The plane carried 15 people,"
            + " Vilkul said. It claimed 25 drones were shot down.";
    private static final String SIXTH = "The search and rescue operation is continuing. The plane crashed hundreds"
            + " of kilometers northeast of Moscow. The ministry confirmed the reports of casualties. The attack on the"
            + " village was repulsed, the ministry said. The plane carried 15 people, according to Ihor Klymenko."
            + " The ministry said 25 drones were shot down. The plane crashed in the Ryazan region.";

    private static final List<Article> ARTICLES = List.of(NameVariantsTest.article(1, FIRST),
            NameVariantsTest.article(2, SECOND), NameVariantsTest.article(3, THIRD), NameVariantsTest.article(4, FOURTH),
            NameVariantsTest.article(5, FIFTH), NameVariantsTest.article(6, SIXTH));

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
            assertThat(List.of(c.valueA(), c.valueB())).containsExactly("stated as fact", "the ministry said");
            assertThat(c.explanation()).contains("eight", "attributed", "stated as fact");
        });
    }

    @Test
    void oneFigureGivenByTwoNamedClaimantsOrHedgedInOneIsAttribution() {
        List<Conflict> claimants = conflicts(match(5, "The plane carried 15 people, Vilkul said.", 6,
                "The plane carried 15 people, according to Ihor Klymenko."));
        List<Conflict> hedged = conflicts(match(5, "It claimed 25 drones were shot down.", 6,
                "The ministry said 25 drones were shot down."));

        assertThat(claimants).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.ATTRIBUTION);
            assertThat(c.explanation()).contains("“15” people", "Vilkul", "Ihor Klymenko");
        });
        assertThat(hedged).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.ATTRIBUTION);
            assertThat(c.explanation()).contains("hedged", "claimed");
        });
    }

    @Test
    void statesThatCannotBothHoldAreContradictions() {
        List<Conflict> rescue = conflicts(match(5, "Rescue operations concluded after almost 40 people were found"
                + " injured.", 6, "The search and rescue operation is continuing."));
        List<Conflict> confirmed = conflicts(match(5, "The ministry denied the reports of casualties.", 6,
                "The ministry confirmed the reports of casualties."));
        List<Conflict> control = conflicts(match(5, "Fighters took control of the village, the Legion said.", 6,
                "The attack on the village was repulsed, the ministry said."));

        assertThat(rescue).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.CONTRADICTION);
            assertThat(List.of(c.valueA(), c.valueB())).containsExactly("concluded", "continuing");
            assertThat(c.explanation()).contains("concluded", "continuing");
        });
        assertThat(confirmed).singleElement().satisfies(c -> assertThat(List.of(c.valueA(), c.valueB()))
                .containsExactly("denied", "confirmed"));
        assertThat(control).singleElement().satisfies(c -> assertThat(List.of(c.valueA(), c.valueB()))
                .containsExactly("took control", "repulsed"));
    }

    @Test
    void directionsFromOnePlaceThatCannotBothHoldAreContradictions() {
        List<Conflict> direction = conflicts(match(5, "The plane crashed in the Ivanovo region, just east of Moscow.",
                6, "The plane crashed hundreds of kilometers northeast of Moscow.", ValueConflicts.SOLID_MATCH / 2));
        List<Conflict> contained = conflicts(match(5, "The plane crashed in the Ivanovo region, just east of Moscow.",
                6, "The plane crashed in the Ryazan region."));

        assertThat(direction).as("a direction from one place conflicts even in a weak match").singleElement()
                .satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(Kind.CONTRADICTION);
                    assertThat(List.of(c.valueA(), c.valueB()))
                            .containsExactly("just east of Moscow", "hundreds of kilometers northeast of Moscow");
                });
        assertThat(contained).as("two names after one verb are often one place inside another").isEmpty();
    }

    @Test
    void aStateReportedForDifferentTimesIsScopeAndOneStateStatedAlikeIsNoConflict() {
        List<Article> timed = List.of(NameVariantsTest.article(1, "The rescue operation ended on Monday."),
                NameVariantsTest.article(2, "The rescue operation is continuing by Tuesday evening."),
                NameVariantsTest.article(3, "The rescue operation ended, officials said."));
        Match scope = new Match(new ArticleSpan(1, 0, timed.get(0).length(), timed.get(0).text()),
                new ArticleSpan(2, 0, timed.get(1).length(), timed.get(1).text()), 0.5);
        Match alike = new Match(new ArticleSpan(1, 0, timed.get(0).length(), timed.get(0).text()),
                new ArticleSpan(3, 0, timed.get(2).length(), timed.get(2).text()), 0.5);

        assertThat(ValueConflicts.of(timed, List.of(scope), List.of())).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.SCOPE);
            assertThat(c.explanation()).contains("on monday", "by tuesday");
        });
        assertThat(ValueConflicts.of(timed, List.of(alike), List.of())).isEmpty();
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
