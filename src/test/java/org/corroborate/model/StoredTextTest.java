package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredTextTest {

    @Test
    void dropsALeadingByteOrderMark() {
        assertThat(StoredText.normalize("\uFEFFDrone strikes")).isEqualTo("Drone strikes");
    }

    @Test
    void keepsAByteOrderMarkThatIsNotLeading() {
        // Inside the text U+FEFF is a zero-width no-break space, which is content.
        assertThat(StoredText.normalize("Drone\uFEFFstrikes")).isEqualTo("Drone\uFEFFstrikes");
    }

    @Test
    void turnsWindowsLineEndsIntoLineFeeds() {
        assertThat(StoredText.normalize("Drone strikes\r\nEarlier, Russia’s defense ministry said\r\n"))
                .isEqualTo("Drone strikes\nEarlier, Russia’s defense ministry said\n");
    }

    @Test
    void turnsLoneCarriageReturnsIntoLineFeeds() {
        assertThat(StoredText.normalize("Drone strikes\rEarlier")).isEqualTo("Drone strikes\nEarlier");
    }

    @Test
    void carriageReturnBeforeAWindowsLineEndIsTwoLineEnds() {
        assertThat(StoredText.normalize("a\r\r\nb")).isEqualTo("a\n\nb");
    }

    @Test
    void composesToNfc() {
        String decomposed = "Volodymyr Zelensky’s cafe\u0301"; // e + combining acute accent
        String normalized = StoredText.normalize(decomposed);

        assertThat(normalized).isEqualTo("Volodymyr Zelensky’s caf\u00E9");
        assertThat(normalized).hasSize(decomposed.length() - 1);
    }

    @Test
    void doesAllAtOnceAndIsIdempotent() {
        String normalized = StoredText.normalize("\uFEFFKryvyi Rih\r\nVilkul said cafe\u0301s\rwere hit");

        assertThat(normalized).isEqualTo("Kryvyi Rih\nVilkul said caf\u00E9s\nwere hit");
        assertThat(StoredText.normalize(normalized)).isEqualTo(normalized);
    }

    @Test
    void leavesEmptyTextEmpty() {
        assertThat(StoredText.normalize("")).isEmpty();
        assertThat(StoredText.normalize("\uFEFF")).isEmpty();
    }
}
