package org.corroborate.ingest;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file an article can come in, told by the file's name. */
public enum ArticleKind {
    /** Plain text or Markdown, stored as it is. */
    TEXT,
    /** A saved web page; only its article is kept. */
    HTML,
    /** A web archive (.mhtml) as browsers save a page with its pictures; only its page's article is kept. */
    MHTML,
    /** A PDF with a text layer; the printed page's headers, footers and numbers are dropped. */
    PDF;

    static final String DESCRIPTION = ".txt, .md, .html, .htm, .mhtml, .pdf, or any of them gzipped (.gz)";

    static Optional<ArticleKind> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (isGzipped(name)) {
            name = name.substring(0, name.length() - ".gz".length());
        }
        if (name.endsWith(".txt") || name.endsWith(".md")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".mhtml") || name.endsWith(".mht")) {
            return Optional.of(MHTML);
        }
        if (name.endsWith(".pdf")) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    static boolean isGzipped(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
