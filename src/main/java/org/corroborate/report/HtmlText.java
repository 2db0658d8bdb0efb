package org.corroborate.report;

/**
 * Escapes text for HTML element content and for quoted attribute values alike. Every character that
 * can end text and start markup, or end an attribute value, becomes a character reference, so words
 * from an article or a note can never become a tag, an attribute or a script.
 */
final class HtmlText {
    private HtmlText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes running text and keeps its line breaks as {@code <br>}. */
    static String withLineBreaks(String text) {
        return escape(text.replace("\r\n", "\n").replace('\r', '\n')).replace("\n", "<br>\n");
    }
}
