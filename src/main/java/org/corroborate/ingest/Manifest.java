package org.corroborate.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A set's manifest.json, checked: a title, and the articles in the order the set's editor chose. */
record Manifest(String title, Optional<String> description, List<ManifestEntry> articles) {
    Manifest {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        articles = List.copyOf(articles);
    }
}
