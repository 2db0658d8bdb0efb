package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.corroborate.model.Seeds.CNN_OPENING;

import org.junit.jupiter.api.Test;

class AnchorTest {
    private static final String QUOTE = "killed 60 Ukrainian soldiers near Odnorobovka";

    @Test
    void capturesTheQuoteWith32CharsOfContextEitherSide() {
        int start = CNN_OPENING.indexOf(QUOTE);

        Anchor anchor = Anchor.capture(CNN_OPENING, start, start + QUOTE.length());

        assertThat(anchor.span()).isEqualTo(new TextSpan(start, start + QUOTE.length()));
        assertThat(anchor.exact()).isEqualTo(QUOTE);
        assertThat(anchor.quote().prefix()).isEqualTo("nistry also said its forces had ");
        assertThat(anchor.quote().suffix()).isEqualTo(" as they attempted to cross into");
    }

    @Test
    void contextStopsAtTheEdgesOfTheText() {
        String text = "Drone strikes\nNo casualties were reported.";

        Anchor first = Anchor.capture(text, 0, 5);
        Anchor last = Anchor.capture(text, text.length() - 9, text.length());
        Anchor nearStart = Anchor.capture(text, 6, 13);

        assertThat(first.quote().prefix()).isEmpty();
        assertThat(first.quote().suffix()).isEqualTo(" strikes\nNo casualties were repo");
        assertThat(last.exact()).isEqualTo("reported.");
        assertThat(last.quote().suffix()).isEmpty();
        assertThat(nearStart.quote().prefix()).isEqualTo("Drone ");
    }

    @Test
    void contextLeavesOutAnEmojiItWouldCutInHalf() {
        String fire = "\uD83D\uDD25"; // 🔥, two chars
        String text = "x" + fire.repeat(17) + "y" + "Kyiv" + "y" + fire.repeat(17);
        int start = text.indexOf("Kyiv");

        Anchor anchor = Anchor.capture(text, start, start + 4);

        // 32 chars either side would end half-way through a 🔥, so each context keeps 31.
        assertThat(anchor.quote().prefix()).isEqualTo(fire.repeat(15) + "y");
        assertThat(anchor.quote().suffix()).isEqualTo("y" + fire.repeat(15));
    }

    @Test
    void refusesASpanThatCutsASurrogatePair() {
        String text = "Kyiv \uD83C\uDDFA\uD83C\uDDE6 said"; // the flag is chars 5 to 8

        assertThatIllegalArgumentException().isThrownBy(() -> Anchor.capture(text, 6, 12));
        assertThatIllegalArgumentException().isThrownBy(() -> Anchor.capture(text, 0, 6));
        assertThat(Anchor.capture(text, 5, 9).exact()).isEqualTo("\uD83C\uDDFA\uD83C\uDDE6");
    }

    @Test
    void refusesASpanPastTheEndOfTheText() {
        assertThatIllegalArgumentException().isThrownBy(() -> Anchor.capture("Kyiv", 2, 5));
    }

    @Test
    void refusesAQuoteWhoseLengthDiffersFromTheSpan() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Anchor(new TextSpan(0, 4), new TextQuote("Kyiv said", "", "")));
    }

    @Test
    void fitsTheTextOnlyWhileTheQuoteIsAtItsPosition() {
        int start = CNN_OPENING.indexOf(QUOTE);
        Anchor anchor = Anchor.capture(CNN_OPENING, start, start + QUOTE.length());

        assertThat(anchor.fits(CNN_OPENING)).isTrue();
        assertThat(anchor.fits("Update: " + CNN_OPENING)).isFalse();
        assertThat(anchor.fits(CNN_OPENING.substring(0, start + 10))).isFalse();
    }
}
