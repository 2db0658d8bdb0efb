package org.corroborate.ingest.extract;

import java.util.Objects;

/**
 * The article found in a saved web page or a PDF: its text, paragraphs separated by a blank line, without the
 * navigation, advertising, running headers and the like around it, and what the document says about it.
 */
public record ExtractedArticle(String text, DocumentMetadata metadata) {
    public ExtractedArticle {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
    }
}
