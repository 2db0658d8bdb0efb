package org.corroborate.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One article as the manifest describes it; a missing headline means "use the first line". */
record ManifestEntry(
        String file,
        Optional<String> outlet,
        Optional<String> headline,
        boolean headlineDescriptive,
        Optional<LocalDate> published,
        Optional<String> url) {

    ManifestEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
    }
}
