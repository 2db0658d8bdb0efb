package org.corroborate.ui.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.corroborate.model.TextSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The snapping rule as a table: in each row the selection is written between [ and ] inside
 * the text, and the words it snaps to follow.
 */
class WordSnapTest {
    private static String snapped(String marked) {
        int start = marked.indexOf('[');
        int end = marked.indexOf(']') - 1;
        String text = marked.replace("[", "").replace("]", "");
        return WordSnap.snap(text, start, end).map(span -> text.substring(span.start(), span.end())).orElse("");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "Moscow[: Three Ukraine-based] groups | Three Ukraine-based",
        "attacks in two regions of [Russi]a on Tuesday | Russia",
        "two re[gions of Russ]ia. | regions of Russia",
        "killed [60 Ukrainian soldiers ]near | 60 Ukrainian soldiers",
        "they were [“on the attack”] inside | “on the attack”",
        "they were “on the [attack”] inside | attack",
        "the Corps[ (RDK)], also | (RDK)",
        "the Corps (R[DK), al]so | RDK), also",
        "a wave of drones[. ]The group | ~~",
        "Russia[’s Belgorod] region | Russia’s Belgorod",
        "more than [234 Ukrai]nian | 234 Ukrainian",
        "it grew [5,79]3 times | 5,793",
        "up [12]% on the year | 12%",
        "worth [$5] million | $5",
        "anti-Kremlin [Russian ]volunteers | Russian",
        "[Pro]-Ukrainian groups | Pro-Ukrainian",
        "fighters, [the] Siberian | the",
        "said: [“We’re home.”] | “We’re home.”",
    })
    void aDragSnapsToWholeWordsWithoutStraySpacesOrPunctuation(String marked, String expected) {
        assertThat(snapped(marked)).isEqualTo(expected);
    }

    @Test
    void aSelectionOutsideTheTextIsRefused() {
        assertThatThrownBy(() -> WordSnap.snap("short", 2, 9)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 characters");
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', value = {
        "Kyiv fired drones. The group, a few hundred, said so. Then more. | 22 | The group, a few hundred, said so.",
        "Kyiv fired drones. The group said so. | 0 | Kyiv fired drones.",
    })
    void aTripleClickSelectsTheSentence(String text, int offset, String expected) {
        TextSpan span = WordSnap.sentenceAt(text, offset).orElseThrow();
        assertThat(text.substring(span.start(), span.end())).isEqualTo(expected);
    }

    @Test
    void aSentenceEndsWhereItsParagraphDoesEvenWithoutAStop() {
        String text = "A headline without a stop\nThe text begins here. And goes on.";
        TextSpan headline = WordSnap.sentenceAt(text, 3).orElseThrow();
        assertThat(text.substring(headline.start(), headline.end())).isEqualTo("A headline without a stop");
        TextSpan first = WordSnap.sentenceAt(text, text.indexOf("text")).orElseThrow();
        assertThat(text.substring(first.start(), first.end())).isEqualTo("The text begins here.");
    }

    @Test
    void aBlankLineHasNoSentence() {
        assertThat(WordSnap.sentenceAt("One.\n\nTwo.", 5)).isEmpty();
    }
}
