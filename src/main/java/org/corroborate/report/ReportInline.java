package org.corroborate.report;

import java.util.Objects;

/**
 * A run of text inside a report block. The report is built once as these values and then rendered as
 * Markdown or HTML, so both formats say the same things; each renderer escapes every run it writes,
 * because every run may hold words from an article or a note.
 */
sealed interface ReportInline permits ReportInline.Styled, ReportInline.Link {

    String text();

    enum Style {
        /** Plain words; a line break inside stays a line break. */
        PLAIN,
        /** A label such as "Verdict:". */
        STRONG,
        /** Words of one quote that the other quote of a contradiction does not have. */
        CHANGED,
        /** A warning that must stand out, such as an orphaned claim. */
        FLAG,
        /** Ids, hashes and file names: shown verbatim, in a fixed-width font. */
        CODE
    }

    record Styled(Style style, String text) implements ReportInline {
        public Styled {
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A link; renderers make it clickable only when {@link WebLinks#isSafe} allows. */
    record Link(String text, String url) implements ReportInline {
        public Link {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(url, "url");
        }
    }

    static Styled plain(String text) {
        return new Styled(Style.PLAIN, text);
    }

    static Styled strong(String text) {
        return new Styled(Style.STRONG, text);
    }

    static Styled changed(String text) {
        return new Styled(Style.CHANGED, text);
    }

    static Styled flag(String text) {
        return new Styled(Style.FLAG, text);
    }

    static Styled code(String text) {
        return new Styled(Style.CODE, text);
    }
}
