package org.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.export.ExportFixture;
import org.corroborate.export.ExportInput;
import org.corroborate.export.SourceRelations;
import org.junit.jupiter.api.Test;

/** The Sources section of both reports says how many independent sources there are and who rewrites whom. */
class IndependenceSectionTest {
    // The fixture's Kyiv Post [2] as a rewrite of TASS [1] that dropped "claimed".
    private static final SourceRelations KYIV_REWRITES_TASS = new SourceRelations(List.of(1, 2, 3),
            List.of(List.of(1.0, 0.4, 0.0), List.of(0.6, 1.0, 0.0), List.of(0.0, 0.0, 1.0)),
            List.of(new SourceRelations.Rewrite(2, 1, 0.6, "later", List.of("claimed"))), 2);

    private static ExportInput input() {
        return ExportFixture.input().withSources(KYIV_REWRITES_TASS);
    }

    @Test
    void markdownNamesTheRewriteItsDroppedAttributionAndTheCountOfIndependentSources() {
        String markdown = new MarkdownReport().export(input());

        String sources = markdown.substring(markdown.indexOf("## Sources"));
        assertThat(sources).contains("**2 independent sources of 3 articles**")
                .contains("**Kyiv Post \\[2\\]** rewrites TASS \\[1\\]: 60% of it is found there (it is the later)")
                .contains("**⚠ drops attributions its source had: claimed**")
                .contains("| \\[2\\] Kyiv Post | 60% | — | 0% |");
    }

    @Test
    void htmlShowsTheMatrixAndFlagsTheDroppedAttribution() {
        String html = new HtmlReport().export(input());

        String sources = html.substring(html.indexOf("<section class=\"sources\">"));
        assertThat(sources).contains("<strong>2 independent sources of 3 articles</strong>")
                .contains("<td>[2] Kyiv Post</td><td>60%</td><td>—</td><td>0%</td>")
                .contains("<strong class=\"flag\">⚠ drops attributions its source had: claimed</strong>");
    }

    @Test
    void aReportWhoseSourcesWereNotJudgedSaysNothingOfTheirIndependence() {
        ExportInput unjudged = new ExportInput(input().projectTitle(), input().articles(), input().annotations(),
                input().exportedAt());

        assertThat(new MarkdownReport().export(unjudged)).doesNotContain("Independence", "independent sources");
    }
}
