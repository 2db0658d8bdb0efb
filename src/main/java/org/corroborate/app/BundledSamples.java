package org.corroborate.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample article set. Run from a checkout, it is the {@code samples} folder; run from the jar,
 * the copy inside the jar is unpacked once into the app's folder, so the set is a real folder
 * either way and opens like any other.
 */
final class BundledSamples {
    private static final String RESOURCE_FOLDER = "/samples/";
    private static final String MANIFEST = "manifest.json";

    private BundledSamples() {
    }

    static Path locate(Path workingDirectory, Path unpackFolder) {
        Path checkout = workingDirectory.resolve("samples");
        if (Files.isRegularFile(checkout.resolve(MANIFEST))) {
            return checkout;
        }
        if (!Files.isRegularFile(unpackFolder.resolve(MANIFEST))) {
            unpack(unpackFolder);
        }
        return unpackFolder;
    }

    private static void unpack(Path folder) {
        try {
            Files.createDirectories(folder);
            List<String> files = new ArrayList<>();
            try (InputStream manifest = resource(MANIFEST)) {
                JsonNode root = new ObjectMapper().readTree(manifest);
                root.path("articles").forEach(entry -> files.add(entry.path("file").asText()));
            }
            files.add("README.md");
            for (String name : files) {
                try (InputStream in = resource(name)) {
                    Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            // The manifest goes last: its presence is what marks the folder as completely unpacked.
            try (InputStream in = resource(MANIFEST)) {
                Files.copy(in, folder.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the sample set into " + folder, e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BundledSamples.class.getResourceAsStream(RESOURCE_FOLDER + name);
        if (in == null) {
            throw new IOException("The sample file " + name + " is missing from the application");
        }
        return in;
    }
}
