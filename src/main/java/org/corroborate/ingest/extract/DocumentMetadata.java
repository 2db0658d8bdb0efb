package org.corroborate.ingest.extract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a saved page or document says about itself: who published it, its headline, author and date, and the
 * address it was published at. Each is empty when the page does not say.
 */
public record DocumentMetadata(
        Optional<String> outlet,
        Optional<String> headline,
        Optional<String> author,
        Optional<LocalDate> published,
        Optional<String> canonicalUrl) {

    public static final DocumentMetadata NONE = new DocumentMetadata(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public DocumentMetadata {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    }
}
