package org.corroborate.report;

/**
 * Escapes text from articles and notes for Markdown (CommonMark with GitHub tables), so that it shows
 * as written and cannot become markup: {@code <}, {@code >} and {@code &} become character
 * references, which no renderer turns back into HTML; the characters that make emphasis, code,
 * links, tables and headings anywhere are backslash-escaped; the ones that matter only at the start
 * of a line (lists, setext underlines) are escaped there.
 */
final class MarkdownText {
    private static final String ESCAPED_ANYWHERE = "\\`*_[]|~#";
    private static final String ESCAPED_AT_LINE_START = "-+=";

    private MarkdownText() {
    }

    /** Escapes running text; a line break becomes a hard line break. */
    static String inline(String text) {
        return escape(text, "\\\n");
    }

    /** Escapes text for a table cell or a heading, which hold one line: a line break becomes a space. */
    static String singleLine(String text) {
        return escape(text, " ");
    }

    /**
     * A code span that shows the text verbatim, whatever backticks it holds. Text with {@code < > &}
     * is escaped as plain text instead: a code span would be safe in CommonMark, but it is the one
     * place where the characters would stay raw, and a Markdown file is often pasted into HTML.
     */
    static String code(String text, boolean inTable) {
        if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0 || text.indexOf('&') >= 0) {
            return singleLine(text);
        }
        String oneLine = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        String content = inTable ? oneLine.replace("|", "\\|") : oneLine;
        String fence = "`".repeat(longestBacktickRun(content) + 1);
        boolean pad = content.startsWith("`") || content.endsWith("`") || content.isBlank();
        return pad ? fence + " " + content + " " + fence : fence + content + fence;
    }

    private static String escape(String text, String lineBreak) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(normalized.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == '\n') {
                out.append(lineBreak);
                lineStart = true;
                // Indentation on a continued line could start a code block; it carries no meaning here.
                while (i + 1 < normalized.length() && (normalized.charAt(i + 1) == ' ' || normalized.charAt(i + 1) == '\t')) {
                    i++;
                }
                continue;
            }
            if (lineStart && Character.isDigit(c)) {
                i = escapeOrderedListMarker(normalized, i, out);
                lineStart = false;
                continue;
            }
            appendEscaped(c, lineStart, out);
            lineStart = false;
        }
        return out.toString();
    }

    private static void appendEscaped(char c, boolean lineStart, StringBuilder out) {
        switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            default -> {
                if (ESCAPED_ANYWHERE.indexOf(c) >= 0 || (lineStart && ESCAPED_AT_LINE_START.indexOf(c) >= 0)) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
    }

    /** Copies a run of digits; if "." or ")" follows, as in "1." opening a list, escapes it. */
    private static int escapeOrderedListMarker(String text, int start, StringBuilder out) {
        int i = start;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            out.append(text.charAt(i++));
        }
        if (i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')')) {
            out.append('\\').append(text.charAt(i));
            return i;
        }
        return i - 1;
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
