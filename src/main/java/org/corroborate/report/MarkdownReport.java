package org.corroborate.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.corroborate.export.ExportInput;
import org.corroborate.export.Exporter;

/**
 * The verification report as Markdown (CommonMark with GitHub's tables), for pasting into a wiki, an
 * issue or a newsroom's notes. Everything taken from articles and notes is escaped by
 * {@link MarkdownText}, so a note holding HTML shows that HTML as text.
 */
public final class MarkdownReport implements Exporter {

    @Override
    public void write(ExportInput input, Writer out) throws IOException {
        StringBuilder markdown = new StringBuilder();
        for (ReportBlock block : ReportBuilder.build(input)) {
            block(block, markdown);
        }
        out.write(markdown.toString().stripTrailing());
        out.write('\n');
    }

    // Java 17 has no pattern matching in switch, hence the instanceof chain over the sealed types.
    private void block(ReportBlock block, StringBuilder out) {
        if (block instanceof ReportBlock.Heading h) {
            out.append("#".repeat(h.level())).append(' ').append(inlines(h.content(), true)).append("\n\n");
        } else if (block instanceof ReportBlock.Paragraph p) {
            out.append(inlines(p.content(), false)).append("\n\n");
        } else if (block instanceof ReportBlock.BulletList list) {
            list.items().forEach(item -> out.append("- ").append(inlines(item, false)).append('\n'));
            out.append('\n');
        } else if (block instanceof ReportBlock.Table table) {
            table(table, out);
        } else if (block instanceof ReportBlock.Section section) {
            section.blocks().forEach(b -> block(b, out));
        }
    }

    private void table(ReportBlock.Table table, StringBuilder out) {
        row(table.header(), out);
        out.append('|');
        table.header().forEach(h -> out.append(" --- |"));
        out.append('\n');
        table.rows().forEach(r -> row(r, out));
        out.append('\n');
    }

    private void row(List<List<ReportInline>> cells, StringBuilder out) {
        out.append('|');
        for (List<ReportInline> cell : cells) {
            out.append(' ').append(inlines(cell, true)).append(" |");
        }
        out.append('\n');
    }

    private static String inlines(List<ReportInline> content, boolean singleLine) {
        StringBuilder out = new StringBuilder();
        for (ReportInline inline : content) {
            String escaped = singleLine ? MarkdownText.singleLine(inline.text()) : MarkdownText.inline(inline.text());
            if (inline instanceof ReportInline.Link link) {
                out.append(link(link, escaped));
                continue;
            }
            out.append(switch (((ReportInline.Styled) inline).style()) {
                case PLAIN -> escaped;
                case STRONG, CHANGED -> emphasised("**", escaped);
                case FLAG -> emphasised("**", "⚠ " + escaped);
                case CODE -> MarkdownText.code(inline.text(), singleLine);
            });
        }
        return out.toString();
    }

    /** Wraps text in emphasis markers, keeping spaces at either end outside, where CommonMark needs them. */
    private static String emphasised(String marker, String text) {
        String core = text.strip();
        if (core.isEmpty()) {
            return text;
        }
        int start = text.indexOf(core);
        return text.substring(0, start) + marker + core + marker + text.substring(start + core.length());
    }

    private static String link(ReportInline.Link link, String escapedText) {
        if (!WebLinks.isSafe(link.url())) {
            return escapedText;
        }
        return link.text().equals(link.url()) ? "<" + link.url() + ">" : "[" + escapedText + "](<" + link.url() + ">)";
    }
}
