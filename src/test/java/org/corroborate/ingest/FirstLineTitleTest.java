package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstLineTitleTest {

    @Test
    void theFirstNonBlankLineStripped() {
        assertThat(FirstLineTitle.of("\n \t\n  Raids into Russia  \nBody", "a.txt")).isEqualTo("Raids into Russia");
    }

    @Test
    void markdownHeadingMarksAreStrippedButNotInPlainText() {
        assertThat(FirstLineTitle.of("### Raids\n", "a.md")).isEqualTo("Raids");
        assertThat(FirstLineTitle.of("#\n\n## Raids\n", "a.MD")).isEqualTo("Raids");
        assertThat(FirstLineTitle.of("# Raids\n", "a.txt")).isEqualTo("# Raids");
    }

    @Test
    void aLongLineIsCutAtAWord() {
        String line = "word ".repeat(40).strip();

        String title = FirstLineTitle.of(line, "a.txt");

        assertThat(title).hasSizeLessThanOrEqualTo(FirstLineTitle.MAX_LENGTH).endsWith("word…");
        assertThat(title.length()).isGreaterThan(FirstLineTitle.MAX_LENGTH - 6);
    }

    @Test
    void aLongLineWithoutSpacesIsCutWithoutSplittingACharacter() {
        String line = "ab" + "𝄞".repeat(100);

        String title = FirstLineTitle.of(line, "a.txt");

        assertThat(title).hasSize(FirstLineTitle.MAX_LENGTH - 1).endsWith("𝄞…");
    }

    @Test
    void aTextOfOnlyHeadingMarksIsTitledByItsFileName() {
        assertThat(FirstLineTitle.of("##\n#\n", "notes.md")).isEqualTo("notes.md");
    }
}
