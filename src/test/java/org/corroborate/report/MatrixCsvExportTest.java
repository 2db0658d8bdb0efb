package org.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.export.ExportFixture;
import org.corroborate.export.ExportInput;
import org.corroborate.model.Annotations;
import org.corroborate.model.ClaimGroup;
import org.junit.jupiter.api.Test;

/** The matrix CSV is RFC 4180 like the claims CSV: a row per claim group, a column per article, no formulas. */
class MatrixCsvExportTest {

    @Test
    void everyRowHasACellForEachArticleUnderTheHeader() {
        List<List<String>> rows = CsvExportTest.parse(new MatrixCsvExport().export(ExportFixture.input()));

        assertThat(rows.get(0)).startsWith(MatrixCsvExport.LEADING.toArray(String[]::new))
                .endsWith("TASS [1]", "Kyiv Post [2]", "Unknown outlet [3]");
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(rows.get(0).size()));
        assertThat(rows.get(1)).containsExactly("The Russian MoD reported how many Ukrainian soldiers were killed",
                ExportFixture.uuid(202).toString(), "mixed", "2", "true",
                "more than 234 — Russian Ministry of Defence ≠ figures differ, claimants differ",
                "60 — Russia's defence ministry ≠ figures differ, claimants differ", "");
    }

    @Test
    void aStatementThatWouldRunAsAFormulaIsMarkedAsText() {
        Annotations annotations = ExportFixture.annotations();
        ClaimGroup first = annotations.groups().get(0);
        Annotations renamed = Annotations.of(annotations.claims(), annotations.links(), List.of(
                first.withStatement("=HYPERLINK(\"http://x\")", first.modified()), annotations.groups().get(1)));
        ExportInput input = new ExportInput("t", ExportFixture.articles(), renamed, ExportFixture.EXPORTED_AT);

        List<List<String>> rows = CsvExportTest.parse(new MatrixCsvExport().export(input));

        assertThat(rows).extracting(r -> r.get(0)).contains("'=HYPERLINK(\"http://x\")");
    }
}
