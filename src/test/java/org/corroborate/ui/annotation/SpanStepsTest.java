package org.corroborate.ui.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.model.TextSpan;
import org.corroborate.ui.annotation.SpanSteps.Edge;
import org.junit.jupiter.api.Test;

class SpanStepsTest {
    static final String TEXT = "forces had killed 60 Ukrainian soldiers, near Odnorobovka.";

    static TextSpan span(String words) {
        int start = TEXT.indexOf(words);
        return new TextSpan(start, start + words.length());
    }

    static String step(String words, Edge edge, boolean widen) {
        return SpanSteps.step(TEXT, span(words), edge, widen)
                .map(s -> TEXT.substring(s.start(), s.end())).orElse("(no change)");
    }

    @Test
    void theEndWidensByTheNextWordAndNarrowsByTheLast() {
        assertThat(step("killed 60", Edge.END, true)).isEqualTo("killed 60 Ukrainian");
        assertThat(step("killed 60 Ukrainian soldiers", Edge.END, true)).isEqualTo("killed 60 Ukrainian soldiers, near");
        assertThat(step("killed 60 Ukrainian", Edge.END, false)).isEqualTo("killed 60");
    }

    @Test
    void theStartWidensByThePreviousWordAndNarrowsByTheFirst() {
        assertThat(step("killed 60", Edge.START, true)).isEqualTo("had killed 60");
        assertThat(step("had killed 60", Edge.START, false)).isEqualTo("killed 60");
    }

    @Test
    void aSpanNeverShrinksToNothingOrGrowsPastTheText() {
        assertThat(step("killed", Edge.END, false)).isEqualTo("(no change)");
        assertThat(step("killed", Edge.START, false)).isEqualTo("(no change)");
        assertThat(step("forces", Edge.START, true)).isEqualTo("(no change)");
        assertThat(step("Odnorobovka.", Edge.END, true)).isEqualTo("(no change)");
    }
}
