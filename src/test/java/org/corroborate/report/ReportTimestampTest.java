package org.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.corroborate.export.ExportFixture;
import org.corroborate.export.ExportInput;
import org.junit.jupiter.api.Test;

/** The reports say when they were exported to the second, however fine the clock that stamped them. */
class ReportTimestampTest {
    private static final ExportInput EXPORTED_WITH_NANOSECONDS = new ExportInput(ExportFixture.input().projectTitle(),
            ExportFixture.articles(), ExportFixture.annotations(), Instant.parse("2024-08-22T12:00:07.123456789Z"));

    @Test
    void theMarkdownReportGivesTheTimeInSeconds() {
        String report = new MarkdownReport().export(EXPORTED_WITH_NANOSECONDS);

        assertThat(report).contains("Verification notes exported 2024-08-22T12:00:07Z.").doesNotContain("07.123");
    }

    @Test
    void theHtmlReportGivesTheTimeInSeconds() {
        String report = new HtmlReport().export(EXPORTED_WITH_NANOSECONDS);

        assertThat(report).contains("Verification notes exported 2024-08-22T12:00:07Z.").doesNotContain("07.123");
    }
}
