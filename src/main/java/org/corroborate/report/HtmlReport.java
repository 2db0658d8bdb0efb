package org.corroborate.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.corroborate.export.ExportInput;
import org.corroborate.export.Exporter;

/**
 * The verification report as one self-contained HTML file: the style sheet is inline, nothing is
 * loaded from elsewhere and there is no script, so it reads the same offline, in a mail attachment
 * or on paper. Everything taken from articles and notes goes through {@link HtmlText}, and the page's
 * Content-Security-Policy forbids scripts and outside resources in case anything ever slipped through.
 */
public final class HtmlReport implements Exporter {
    private static final String STYLE_SHEET = "report.css";
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    @Override
    public void write(ExportInput input, Writer out) throws IOException {
        String title = input.projectTitle().isBlank() ? "Verification notes" : input.projectTitle();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY)
                .append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Corroborate\">\n")
                .append("<title>").append(HtmlText.escape(title)).append("</title>\n")
                .append("<style>\n").append(styleSheet()).append("</style>\n</head>\n<body>\n<main>\n");
        for (ReportBlock block : ReportBuilder.build(input)) {
            block(block, html);
        }
        html.append("</main>\n</body>\n</html>\n");
        out.write(html.toString());
    }

    // Java 17 has no pattern matching in switch, hence the instanceof chain over the sealed types.
    private void block(ReportBlock block, StringBuilder out) {
        if (block instanceof ReportBlock.Heading h) {
            out.append("<h").append(h.level()).append('>').append(inlines(h.content()))
                    .append("</h").append(h.level()).append(">\n");
        } else if (block instanceof ReportBlock.Paragraph p) {
            out.append("<p>").append(inlines(p.content())).append("</p>\n");
        } else if (block instanceof ReportBlock.BulletList list) {
            out.append("<ul>\n");
            list.items().forEach(item -> out.append("<li>").append(inlines(item)).append("</li>\n"));
            out.append("</ul>\n");
        } else if (block instanceof ReportBlock.Table table) {
            table(table, out);
        } else if (block instanceof ReportBlock.Section section) {
            out.append("<section class=\"").append(section.kind().cssClass()).append("\">\n");
            section.blocks().forEach(b -> block(b, out));
            out.append("</section>\n");
        }
    }

    private void table(ReportBlock.Table table, StringBuilder out) {
        out.append("<table>\n<thead>\n<tr>");
        table.header().forEach(cell -> out.append("<th>").append(inlines(cell)).append("</th>"));
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (List<List<ReportInline>> row : table.rows()) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(inlines(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static String inlines(List<ReportInline> content) {
        StringBuilder out = new StringBuilder();
        for (ReportInline inline : content) {
            String escaped = HtmlText.withLineBreaks(inline.text());
            if (inline instanceof ReportInline.Link link) {
                out.append(WebLinks.isSafe(link.url())
                        ? "<a href=\"" + HtmlText.escape(link.url()) + "\">" + escaped + "</a>"
                        : escaped);
                continue;
            }
            out.append(switch (((ReportInline.Styled) inline).style()) {
                case PLAIN -> escaped;
                case STRONG -> "<strong>" + escaped + "</strong>";
                case CHANGED -> "<mark>" + escaped + "</mark>";
                case FLAG -> "<strong class=\"flag\">⚠ " + escaped + "</strong>";
                case CODE -> "<code>" + escaped + "</code>";
            });
        }
        return out.toString();
    }

    private static String styleSheet() {
        try (InputStream in = HtmlReport.class.getResourceAsStream(STYLE_SHEET)) {
            if (in == null) {
                throw new IllegalStateException("The report's style sheet " + STYLE_SHEET + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
