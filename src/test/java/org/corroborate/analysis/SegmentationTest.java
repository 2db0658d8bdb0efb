package org.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentationTest {
    private static List<String> sentences(String text) {
        return Sentences.of(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mr. Smith arrived at 3 a.m. on Tuesday. He left at 5 p.m.                 | Mr. Smith arrived at 3 a.m. on Tuesday. ## He left at 5 p.m.
            The quake struck at 3 a.m. Residents fled.                               | The quake struck at 3 a.m. ## Residents fled.
            The U.S. Army said J. R. R. Tolkien was not involved. Officials agreed.   | The U.S. Army said J. R. R. Tolkien was not involved. ## Officials agreed.
            Gen. Petraeus met Sen. Kerry in Washington, D.C. They spoke for an hour. | Gen. Petraeus met Sen. Kerry in Washington, D.C. ## They spoke for an hour.
            '"We will win," he said. "Never again." Then he left.'                   | '"We will win," he said. ## "Never again." ## Then he left.'
            Prices fell in Jan. and rose in Feb. as expected. No. 2 stayed.         | Prices fell in Jan. and rose in Feb. as expected. ## No. 2 stayed.
            The plane carried 15 people.It crashed.                                  | The plane carried 15 people.It crashed.
            """)
    void splitsNewsSentencesWhereAReaderWould(String text, String expected) {
        assertThat(sentences(text)).containsExactly(expected.split(" ## "));
    }

    @Test
    void aLineBreakEndsAHeadlineOrADateline() {
        String text = "Lindsay Lohan checks into Betty Ford Center\nMay 03, 2013\nAfter skipping rehab, she checked in.";

        assertThat(sentences(text)).containsExactly("Lindsay Lohan checks into Betty Ford Center", "May 03, 2013",
                "After skipping rehab, she checked in.");
    }

    @Test
    void sentencesAreTrimmedSpansOfTheText() {
        String text = "  One sentence here.   Another one there.  \n\n";

        for (TextSpan span : Sentences.of(text)) {
            String sentence = text.substring(span.start(), span.end());
            assertThat(sentence).isEqualTo(sentence.strip()).isNotEmpty();
        }
        assertThat(Sentences.of("")).isEmpty();
        assertThat(Sentences.of(" \n \n")).isEmpty();
    }

    @Test
    void aSentenceReportingTwoFiguresHoldsTwoClauses() {
        String text = "The strike killed 60 Ukrainian soldiers and wounded 20 more near the border.";

        List<String> clauses = Clauses.of(text, new TextSpan(0, text.length())).stream()
                .map(c -> text.substring(c.start(), c.end())).toList();

        assertThat(clauses).containsExactly("The strike killed 60 Ukrainian soldiers",
                "and wounded 20 more near the border.");
    }

    @Test
    void clausesSplitAtSemicolonsAndCommaConjunctionsButNotInsideAListOfNames() {
        String text = "Russia said the raid failed; Kyiv said the fighters held two villages, but neither could be checked.";
        String single = "The Legion, the Corps and the Battalion took part in the raid.";

        assertThat(Clauses.of(text, new TextSpan(0, text.length())).stream()
                .map(c -> text.substring(c.start(), c.end()))).containsExactly("Russia said the raid failed",
                "Kyiv said the fighters held two villages", "but neither could be checked.");
        assertThat(Clauses.of(single, new TextSpan(0, single.length()))).hasSize(1);
    }
}
