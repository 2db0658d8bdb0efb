package org.corroborate.ui.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown and HTML reports as a reader sees them rather than as their source: headings,
 * paragraphs, bullets and tables, the markup gone. Only the constructs the reports use are
 * understood; anything else shows as its text. Tables are padded into aligned columns, to be shown
 * in a fixed-width face.
 */
public final class FormattedPreview {
    /** How a line looks. */
    public enum Style { HEADING_1, HEADING_2, HEADING_3, BODY, ITEM, TABLE_HEADER, TABLE_ROW }

    public record Line(String text, Style style) {
    }

    private static final int MAX_CELL = 48;
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern MD_ITEM = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern MD_RULE = Pattern.compile("^\\|?\\s*:?-{3,}.*$");
    private static final Pattern MD_LINK = Pattern.compile("(?<!\\\\)\\[([^\\]]*)\\]\\(([^)]*)\\)");
    private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<])");
    private static final Pattern TAG = Pattern.compile("(?s)<!--.*?-->|<![^>]*>|<(/?)([a-zA-Z0-9]+)[^>]*>|([^<]+)");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

    private FormattedPreview() {
    }

    public static List<Line> markdown(String source) {
        List<Line> lines = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (String raw : source.split("\n", -1)) {
            String line = raw.stripTrailing();
            if (line.startsWith("|")) {
                if (!MD_RULE.matcher(line).matches()) {
                    table.add(cells(line));
                }
                continue;
            }
            flushTable(table, lines);
            Matcher heading = MD_HEADING.matcher(line);
            Matcher item = MD_ITEM.matcher(line);
            if (heading.matches()) {
                lines.add(new Line(inline(heading.group(2)), heading(heading.group(1).length())));
            } else if (item.matches()) {
                lines.add(new Line("• " + inline(item.group(1)), Style.ITEM));
            } else if (!line.isBlank() || (!lines.isEmpty() && !lines.get(lines.size() - 1).text().isEmpty())) {
                lines.add(new Line(inline(line.strip()), Style.BODY));
            }
        }
        flushTable(table, lines);
        return lines;
    }

    public static List<Line> html(String source) {
        List<Line> lines = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        List<String> row = null;
        StringBuilder text = new StringBuilder();
        Style style = Style.BODY;
        boolean hidden = false;
        Matcher token = TAG.matcher(source);
        while (token.find()) {
            if (token.group(3) != null) {
                if (!hidden) {
                    text.append(decode(token.group(3)));
                }
                continue;
            }
            if (token.group(2) == null) {
                continue;
            }
            boolean closing = !token.group(1).isEmpty();
            String tag = token.group(2).toLowerCase(Locale.ROOT);
            switch (tag) {
                case "head", "style", "script", "title" -> hidden = !closing;
                case "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "div", "section", "ul", "ol", "main", "body",
                        "blockquote" -> {
                    if (row == null) {
                        add(lines, text, style);
                    }
                    style = closing ? Style.BODY : blockStyle(tag);
                }
                case "br" -> text.append(' ');
                case "tr" -> {
                    if (closing && row != null) {
                        table.add(row);
                        row = null;
                    } else if (!closing) {
                        add(lines, text, style);
                        row = new ArrayList<>();
                    }
                }
                case "td", "th" -> {
                    if (closing && row != null) {
                        row.add(text.toString().strip().replaceAll("\\s+", " "));
                    }
                    text.setLength(0);
                }
                case "table" -> {
                    if (closing) {
                        flushTable(table, lines);
                    } else {
                        add(lines, text, style);
                    }
                }
                default -> { }
            }
        }
        add(lines, text, style);
        flushTable(table, lines);
        return lines;
    }

    private static Style blockStyle(String tag) {
        return switch (tag) {
            case "h1" -> Style.HEADING_1;
            case "h2" -> Style.HEADING_2;
            case "h3", "h4", "h5", "h6" -> Style.HEADING_3;
            case "li" -> Style.ITEM;
            default -> Style.BODY;
        };
    }

    private static Style heading(int level) {
        return level == 1 ? Style.HEADING_1 : level == 2 ? Style.HEADING_2 : Style.HEADING_3;
    }

    private static void add(List<Line> lines, StringBuilder text, Style style) {
        String content = text.toString().strip().replaceAll("\\s+", " ");
        text.setLength(0);
        if (!content.isEmpty()) {
            lines.add(new Line(style == Style.ITEM ? "• " + content : content, style));
        }
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") && !inner.endsWith("\\|") && inner.length() > 1
                ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            cells.add(inline(cell.strip()));
        }
        return cells;
    }

    // The first row is the header; columns are padded to their widest cell, within a limit.
    private static void flushTable(List<List<String>> table, List<Line> lines) {
        if (table.isEmpty()) {
            return;
        }
        int columns = table.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : table) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.min(MAX_CELL, Math.max(widths[c], row.get(c).length()));
            }
        }
        for (int r = 0; r < table.size(); r++) {
            StringBuilder line = new StringBuilder();
            List<String> row = table.get(r);
            for (int c = 0; c < columns; c++) {
                String cell = c < row.size() ? row.get(c) : "";
                if (cell.length() > MAX_CELL) {
                    cell = cell.substring(0, MAX_CELL - 1) + "…";
                }
                line.append(c == 0 ? "" : " │ ").append(cell).append(" ".repeat(widths[c] - cell.length()));
            }
            lines.add(new Line(line.toString().stripTrailing(), r == 0 ? Style.TABLE_HEADER : Style.TABLE_ROW));
        }
        lines.add(new Line("", Style.BODY));
        table.clear();
    }

    private static String inline(String text) {
        String plain = MD_LINK.matcher(text).replaceAll("$1").replaceAll("<(https?://[^>\\s]+)>", "$1");
        plain = plain.replaceAll("(?<!\\\\)\\*\\*", "").replaceAll("(?<![\\\\\\w])\\*(?=\\S)|(?<=\\S)(?<!\\\\)\\*(?!\\w)", "");
        plain = plain.replaceAll("(?<!\\\\)`", "");
        return MD_ESCAPE.matcher(plain).replaceAll("$1");
    }

    private static String decode(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> new String(Character.toChars(name.startsWith("#x") || name.startsWith("#X")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1))));
            };
            entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(out);
        return out.toString();
    }
}
