package org.corroborate.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds an article set's folder for a test. */
final class SetFolder {
    final Path path;

    SetFolder(Path path) {
        this.path = path;
    }

    SetFolder text(String name, String content) {
        return bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    SetFolder bytes(String name, byte[] content) {
        try {
            Files.write(path.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
