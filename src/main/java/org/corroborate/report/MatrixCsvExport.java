package org.corroborate.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.corroborate.export.ExportInput;
import org.corroborate.export.Exporter;
import org.corroborate.model.AlignmentMatrix;
import org.corroborate.model.Article;

/**
 * The alignment matrix as RFC 4180 CSV, written as {@link CsvExport} writes (CRLF, quoting, text
 * cells that a spreadsheet would run as formulas marked as text): one row per claim group, and per
 * claim or set of linked claims in no group; one column per article that reports any, headed
 * "outlet [article id]"; each cell what the article says and who claims it, with "≠" and how it
 * differs when it is linked as contradicting another cell of the row. Rows with conflicts first.
 */
public final class MatrixCsvExport implements Exporter {
    static final List<String> LEADING = List.of("claim", "group_id", "verdict", "sources", "in_conflict");

    @Override
    public void write(ExportInput input, Writer out) throws IOException {
        AlignmentMatrix matrix = AlignmentMatrix.of(input.articles(), input.annotations(),
                new AlignmentMatrix.Options(true, false, AlignmentMatrix.Order.CONFLICT));
        List<String> header = new ArrayList<>(LEADING);
        for (Article article : matrix.columns()) {
            header.add(CsvExport.text(article.outletOrUnknown() + " [" + article.id() + "]"));
        }
        line(header, out);
        for (AlignmentMatrix.Row row : matrix.rows()) {
            List<String> fields = new ArrayList<>(List.of(CsvExport.text(row.title()),
                    row.group().map(Object::toString).orElse(""), row.verdict().map(v -> v.code()).orElse(""),
                    Integer.toString(row.sources()), Boolean.toString(row.inConflict())));
            row.cells().forEach(entries -> fields.add(CsvExport.text(cell(entries))));
            line(fields, out);
        }
    }

    private static String cell(List<AlignmentMatrix.Entry> entries) {
        return entries.stream()
                .map(e -> e.conflicts().isEmpty() ? e.text() : e.text() + " ≠ " + e.conflictWords())
                .collect(Collectors.joining("; "));
    }

    private static void line(List<String> fields, Writer out) throws IOException {
        out.write(fields.stream().map(CsvExport::field).collect(Collectors.joining(",")));
        out.write(CsvExport.LINE_END);
    }
}
