package org.corroborate.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.ui.export.FormattedPreview.Line;
import org.corroborate.ui.export.FormattedPreview.Style;
import org.junit.jupiter.api.Test;

/** The golden reports, read as formatted text: the same content either way, no markup left. */
class FormattedPreviewTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "export", "golden");

    private static String text(List<Line> lines) {
        return String.join("\n", lines.stream().map(Line::text).toList());
    }

    @Test
    void theMarkdownReportShowsHeadingsBulletsAndAlignedTablesWithoutItsMarkup() throws Exception {
        List<Line> lines = FormattedPreview.markdown(Files.readString(GOLDEN.resolve("tetkino.md")));
        assertThat(lines.get(0)).isEqualTo(new Line("Tetkino incursion, August 2024", Style.HEADING_1));
        assertThat(lines).contains(new Line("Summary", Style.HEADING_2),
                new Line("• [1] TASS — Russian forces repel border crossing near Tetkino (2024-08-20) — 2 claims", Style.ITEM));
        assertThat(lines).filteredOn(l -> l.style() == Style.TABLE_HEADER).first().extracting(Line::text)
                .isEqualTo("Status     │ Claims");
        assertThat(lines).contains(new Line("Unverified │ 1", Style.TABLE_ROW), new Line("Total      │ 6", Style.TABLE_ROW));
        assertThat(text(lines)).contains("“more than 234 Ukrainian troops had been killed”")
                .contains("https://example.org/tass/tetkino").doesNotContain("**", "\\[", "| ---", "## ", "<https");
    }

    @Test
    void theHtmlReportShowsTheSameContentWithoutTagsOrEntities() throws Exception {
        List<Line> lines = FormattedPreview.html(Files.readString(GOLDEN.resolve("tetkino.html")));
        assertThat(lines.get(0)).isEqualTo(new Line("Tetkino incursion, August 2024", Style.HEADING_1));
        assertThat(lines).contains(new Line("Summary", Style.HEADING_2));
        assertThat(lines).anySatisfy(line -> assertThat(line.text()).startsWith("Status").contains("│ Claims"));
        assertThat(text(lines)).contains("“more than 234 Ukrainian troops had been killed”", "Russia's defence ministry")
                .contains("<b>bold?</b> & 50%").doesNotContain("<td", "<p>", "<li", "&amp;", "&#", "&lt;", "font-family");
    }

    @Test
    void markupInsideAQuoteStaysText() {
        List<Line> lines = FormattedPreview.html("<p>He said &lt;b&gt;no&lt;/b&gt; &amp; left &#8212; twice</p>");
        assertThat(lines).containsExactly(new Line("He said <b>no</b> & left — twice", Style.BODY));
        assertThat(FormattedPreview.markdown("A \\*starred\\* word and **bold**"))
                .containsExactly(new Line("A *starred* word and bold", Style.BODY));
    }
}
