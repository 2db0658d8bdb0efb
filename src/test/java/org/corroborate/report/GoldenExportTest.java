package org.corroborate.report;

import org.corroborate.export.GoldenFiles;
import org.corroborate.export.ExportFixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.corroborate.service.ExportFormat;

/** Each format, exported from the fixed project, is exactly its golden file, and the same every time. */
class GoldenExportTest {

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void exportMatchesGoldenFile(ExportFormat format) throws IOException {
        String exported = format.exporter().export(ExportFixture.input());

        GoldenFiles.assertMatches(format.fileName("tetkino"), exported);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void exportIsDeterministic(ExportFormat format) {
        String first = format.exporter().export(ExportFixture.input());
        String second = format.exporter().export(ExportFixture.input());

        assertThat(second).isEqualTo(first);
    }
}
