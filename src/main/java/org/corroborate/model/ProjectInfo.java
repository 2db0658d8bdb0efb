package org.corroborate.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a project is about and where its articles came from. The articles themselves are copied in,
 * so the source folder is a record of origin, not something the project needs to open.
 */
public record ProjectInfo(String title, Optional<String> sourceFolder, Instant created) {
    public ProjectInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceFolder, "sourceFolder");
        Objects.requireNonNull(created, "created");
    }
}
