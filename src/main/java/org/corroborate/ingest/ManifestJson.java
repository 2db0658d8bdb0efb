package org.corroborate.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * manifest.json exactly as written, every field possibly absent (null); {@link ManifestParser} checks it
 * and turns it into a {@link Manifest}.
 */
record ManifestJson(String title, String description, List<Entry> articles) {

    record Entry(
            String file,
            String outlet,
            String headline,
            Boolean headlineDescriptive,
            LocalDate published,
            String url) {
    }
}
