package org.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.corroborate.text.Figures;
import org.corroborate.text.QuoteDiff;
import org.corroborate.text.CodePoints;

/** The pieces a report uses to show how two quotes differ, and to count positions in code points. */
class QuoteComparisonTest {

    @Test
    void sharedWordsArePlainTheOthersChanged() {
        QuoteDiff.Comparison diff = QuoteDiff.compare("Russian forces killed 60 Ukrainian soldiers",
                "Russian forces killed more than 234 Ukrainian troops");

        assertThat(changed(diff.left())).containsExactly("60", "soldiers");
        assertThat(changed(diff.right())).containsExactly("more", "than", "234", "troops");
    }

    @Test
    void caseAndPunctuationDoNotMakeAWordDiffer() {
        QuoteDiff.Comparison diff = QuoteDiff.compare("Near Tetkino, officials said", "near tetkino officials said.");

        assertThat(changed(diff.left())).isEmpty();
        assertThat(changed(diff.right())).isEmpty();
    }

    @Test
    void figuresKeepTheirQualifiers() {
        assertThat(Figures.in("more than 234 Ukrainian troops had been killed")).containsExactly("more than 234");
        assertThat(Figures.in("killed 60 Ukrainian soldiers")).containsExactly("60");
        assertThat(Figures.in("at least 1,200 homes and about 30% of roads")).containsExactly("at least 1,200", "about 30%");
        assertThat(Figures.in("moreover 5 drones, not A1")).containsExactly("5");
        assertThat(Figures.differ(List.of("60"), List.of("more than 234"))).isTrue();
        assertThat(Figures.differ(List.of("About 60"), List.of("about 60"))).isFalse();
    }

    @Test
    void codePointsAndCharsConvertBothWays() {
        String text = "🇺🇦 near Tyotkino";
        int chars = text.indexOf("Tyotkino");

        assertThat(CodePoints.fromUtf16(text, chars)).isEqualTo(chars - 2);
        assertThat(CodePoints.toUtf16(text, chars - 2)).isEqualTo(chars);
        // Past the end, as an orphaned claim's anchor may be, each char counts as one code point.
        assertThat(CodePoints.fromUtf16(text, text.length() + 3)).isEqualTo(text.codePointCount(0, text.length()) + 3);
        assertThat(CodePoints.toUtf16(text, text.codePointCount(0, text.length()) + 3)).isEqualTo(text.length() + 3);
    }

    private static List<String> changed(List<QuoteDiff.Word> words) {
        return words.stream().filter(QuoteDiff.Word::changed).map(QuoteDiff.Word::text).toList();
    }
}
