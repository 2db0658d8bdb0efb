package org.corroborate.report;

import java.util.List;
import java.util.Locale;

/** A block of the report, as both the Markdown and the HTML renderer understand it. */
sealed interface ReportBlock {

    /** Kinds of section; the HTML report uses them as class names for its style sheet. */
    enum SectionKind {
        SUMMARY, MATRIX, GROUPS, GROUP, CONFLICTS, UNGROUPED, SOURCES;

        String cssClass() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record Heading(int level, List<ReportInline> content) implements ReportBlock {
        public Heading {
            if (level < 1 || level > 6) {
                throw new IllegalArgumentException("Heading levels run from 1 to 6, not " + level);
            }
            content = List.copyOf(content);
        }
    }

    record Paragraph(List<ReportInline> content) implements ReportBlock {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    record BulletList(List<List<ReportInline>> items) implements ReportBlock {
        public BulletList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A table; every row has as many cells as the header. */
    record Table(List<List<ReportInline>> header, List<List<List<ReportInline>>> rows) implements ReportBlock {
        public Table {
            header = header.stream().map(List::copyOf).toList();
            rows = rows.stream().map(row -> row.stream().map(List::copyOf).toList()).toList();
            for (List<List<ReportInline>> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("A row has " + row.size() + " cells, the header " + header.size());
                }
            }
        }
    }

    record Section(SectionKind kind, List<ReportBlock> blocks) implements ReportBlock {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    static Heading heading(int level, String text) {
        return new Heading(level, List.of(ReportInline.plain(text)));
    }

    static Paragraph paragraph(ReportInline... content) {
        return new Paragraph(List.of(content));
    }
}
