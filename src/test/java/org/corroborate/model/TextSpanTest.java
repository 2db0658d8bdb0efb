package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TextSpanTest {
    private static final String FLAG_THEN_TEXT = "\uD83C\uDDFA\uD83C\uDDE6 Kyiv"; // 🇺🇦 Kyiv: the flag is 4 chars

    @Test
    void refusesEmptyReversedAndNegativeSpans() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TextSpan(5, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> new TextSpan(6, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> new TextSpan(-1, 5));
    }

    @Test
    void lengthCountsUtf16Chars() {
        assertThat(new TextSpan(3, 10).length()).isEqualTo(7);
    }

    @Test
    void overlapsOnlyWhenTheyShareAChar() {
        TextSpan span = new TextSpan(10, 20);

        assertThat(span.overlaps(new TextSpan(19, 25))).isTrue();
        assertThat(span.overlaps(new TextSpan(12, 15))).isTrue();
        assertThat(span.overlaps(new TextSpan(5, 30))).isTrue();
        assertThat(span.overlaps(new TextSpan(20, 25))).isFalse();
        assertThat(span.overlaps(new TextSpan(5, 10))).isFalse();
    }

    @Test
    void containsItsStartButNotItsEnd() {
        TextSpan span = new TextSpan(10, 20);

        assertThat(span.contains(10)).isTrue();
        assertThat(span.contains(19)).isTrue();
        assertThat(span.contains(20)).isFalse();
        assertThat(span.contains(9)).isFalse();
    }

    @Test
    void fitsWholeCharsOfTheText() {
        assertThatCode(() -> new TextSpan(0, 4).requireValidIn(FLAG_THEN_TEXT)).doesNotThrowAnyException();
        assertThatCode(() -> new TextSpan(5, 9).requireValidIn(FLAG_THEN_TEXT)).doesNotThrowAnyException();
    }

    @Test
    void refusesToRunPastTheText() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TextSpan(5, 10).requireValidIn(FLAG_THEN_TEXT))
                .withMessageContaining("runs past the end");
    }

    @Test
    void refusesToCutASurrogatePairAtEitherEnd() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TextSpan(1, 5).requireValidIn(FLAG_THEN_TEXT))
                .withMessageContaining("cuts a character in half");
        assertThatIllegalArgumentException().isThrownBy(() -> new TextSpan(0, 3).requireValidIn(FLAG_THEN_TEXT))
                .withMessageContaining("cuts a character in half");
    }
}
