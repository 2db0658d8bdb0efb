package org.corroborate.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.text.CodePoints;
import org.corroborate.export.ExportInput;
import org.corroborate.export.Exporter;

/**
 * One row per claim, as RFC 4180 CSV: a header row, comma-separated fields, CRLF line ends, a field
 * quoted when it holds a comma, a quote or a line break, quotes inside doubled. Write it as UTF-8;
 * no byte-order mark is added, as RFC 4180 has none.
 *
 * <p>{@code start} and {@code end} count Unicode code points, as the JSON-LD export does, because the
 * tools a table goes on to (Python, R, most spreadsheets' scripts) count characters that way.
 *
 * <p>Formula injection: a spreadsheet runs a cell that starts with {@code = + - @}, tab or carriage
 * return as a formula, and a claim's quote or note comes from an article written by someone else. Such
 * a text cell therefore gets a leading apostrophe ({@code '=SUM(A1)}), which spreadsheets hide and
 * treat as "this is text". The price is that the apostrophe stays visible to tools that read the CSV
 * as data; numbers, ids and timestamps never start with those characters and are left alone.
 */
public final class CsvExport implements Exporter {
    static final List<String> HEADER = List.of("claim_id", "article_id", "outlet", "headline", "start", "end",
            "quote", "claimant", "tags", "status", "note", "in_conflict", "group_ids", "author", "created", "modified");
    static final String LINE_END = "\r\n";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    @Override
    public void write(ExportInput input, Writer out) throws IOException {
        out.write(String.join(",", HEADER));
        out.write(LINE_END);
        Annotations annotations = input.annotations();
        for (Claim claim : annotations.claims()) {
            out.write(row(input.articleOf(claim), claim, annotations).stream()
                    .map(CsvExport::field)
                    .collect(Collectors.joining(",")));
            out.write(LINE_END);
        }
    }

    private static List<String> row(Article article, Claim claim, Annotations annotations) {
        String text = article.text();
        int start = CodePoints.fromUtf16(text, claim.anchor().start());
        int end = CodePoints.fromUtf16(text, claim.anchor().end());
        String groupIds = annotations.groupsOf(claim.id()).stream()
                .map(g -> g.id().toString())
                .collect(Collectors.joining(";"));
        return List.of(claim.id().toString(), Integer.toString(article.id()), text(article.outletOrUnknown()),
                text(article.displayHeadline()), Integer.toString(start), Integer.toString(end), text(claim.quote()),
                text(claim.claimant()), text(String.join(";", claim.tags())), claim.status().code(), text(claim.note()),
                Boolean.toString(annotations.inConflict(claim.id())), groupIds, text(claim.author()),
                claim.created().toString(), claim.modified().toString());
    }

    /** A cell of free text: one that a spreadsheet would take for a formula is marked as text. */
    static String text(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** Quotes a field when RFC 4180 requires it. */
    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
