package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares an export with its expected file under src/test/resources/export/golden/.
 *
 * <p>To regenerate the expected files after a deliberate change of format, run
 * {@code mvn -B test -Dtest='org.corroborate.export.**' -Dgolden.update=true}, then read the diff
 * before committing it: the tests pass while updating, so the diff is the only review.
 */
public final class GoldenFiles {
    private static final String UPDATE_PROPERTY = "golden.update";

    private GoldenFiles() {
    }

    public static void assertMatches(String fileName, String actual) throws IOException {
        Path expectedFile = directory().resolve(fileName);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(expectedFile.getParent());
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(expectedFile).as("golden file %s; run with -D%s=true to create it", fileName, UPDATE_PROPERTY)
                .exists();
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        assertThat(actual).as("export differs from %s; if the change is meant, run with -D%s=true", expectedFile,
                UPDATE_PROPERTY).isEqualTo(expected);
    }

    /** The source folder, not the copy under target/, so updates land where they are committed. */
    private static Path directory() {
        String root = System.getProperty("corroborate.repoRoot", System.getProperty("user.dir"));
        return Path.of(root, "src", "test", "resources", "export", "golden");
    }
}
