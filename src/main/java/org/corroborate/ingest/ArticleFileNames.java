package org.corroborate.ingest;

import java.util.Locale;

/** Which names in a set's folder are articles, which are the set's own files, and which are ignored. */
final class ArticleFileNames {
    static final String MANIFEST = "manifest.json";
    static final String README = "README.md";

    private ArticleFileNames() {
    }

    static boolean isArticle(String name) {
        return ArticleKind.of(name).isPresent() && !isReadme(name);
    }

    /** The set's README documents the set; it is never one of its articles. */
    static boolean isReadme(String name) {
        return name.equalsIgnoreCase(README);
    }

    static boolean isManifest(String name) {
        return name.equalsIgnoreCase(MANIFEST);
    }

    /** Dot files are the file system's or an editor's (.DS_Store, .git), never the user's articles. */
    static boolean isHidden(String name) {
        return name.startsWith(".");
    }

    static boolean isMarkdown(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /** A manifest entry names a file beside the manifest; a path could reach outside the set. */
    static boolean isPlainName(String name) {
        return !name.isEmpty() && !name.contains("/") && !name.contains("\\")
                && !name.equals(".") && !name.equals("..");
    }
}
