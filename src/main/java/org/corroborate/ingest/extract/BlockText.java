package org.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an element into plain text the way a reader sees it: each block (paragraph, heading, list
 * item, quotation) on its own, separated by a blank line, with runs of whitespace inside a block
 * made one space.
 */
final class BlockText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header",
            "footer", "aside", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl",
            "dt", "dd", "table", "tr", "td", "th", "figure", "figcaption", "hr", "address", "form", "fieldset",
            "nav", "details", "summary");
    private static final Set<String> SILENT = Set.of("script", "style", "noscript", "template", "svg", "button",
            "select", "textarea", "iframe", "object", "canvas", "video", "audio");

    private final List<String> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    private BlockText() {
    }

    static String of(Element root) {
        return String.join("\n\n", blocksOf(root));
    }

    static List<String> blocksOf(Element root) {
        BlockText text = new BlockText();
        text.walk(root);
        text.endBlock();
        return text.blocks;
    }

    private void walk(Node node) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (SILENT.contains(tag)) {
                return;
            }
            if (tag.equals("br")) {
                endBlock();
                return;
            }
            boolean block = BLOCKS.contains(tag);
            if (block) {
                endBlock();
            }
            for (Node child : e.childNodes()) {
                walk(child);
            }
            if (block) {
                endBlock();
            } else if (tag.equals("td") || tag.equals("th")) {
                append(" ");
            }
        }
    }

    private void append(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                    current.append(' ');
                }
            } else {
                current.append(c);
            }
        }
    }

    private void endBlock() {
        String block = current.toString().strip();
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        current.setLength(0);
    }
}
