package org.corroborate.ingest;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file an article can come in, told by the file's name. */
public enum ArticleKind {
    /** Plain text or Markdown, stored as it is. */
    TEXT,
    /** A saved web page; only its article is kept. */
    HTML;

    static final String DESCRIPTION = ".txt, .md, .html, .htm or .html.gz";

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
        return Optional.empty();
    }

    static boolean isGzipped(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
