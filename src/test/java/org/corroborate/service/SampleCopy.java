package org.corroborate.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the sample set, so that a test may change an article's file. */
final class SampleCopy {
    private SampleCopy() {
    }

    /** Copies the samples into {@code dir}/samples and gives that folder. */
    static Path in(Path dir) throws IOException {
        Path set = Files.createDirectories(dir.resolve("samples"));
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, set.resolve(sample.getFileName()));
            }
        }
        return set;
    }
}
