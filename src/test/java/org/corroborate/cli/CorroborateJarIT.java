package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.testing.ProcessRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built jar as people will: proves the shaded jar finds its dependencies (Flyway's and H2's
 * services included), exits with the documented codes, and writes UTF-8 whatever the locale.
 * Failsafe runs it after package and passes the jar's path.
 */
@EnabledIfSystemProperty(named = "corroborate.jar", matches = ".+")
class CorroborateJarIT {
    @TempDir
    Path dir;

    @Test
    void versionComesFromTheManifest() throws Exception {
        ProcessRun run = jar("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Corroborate ").doesNotContain("development build");
    }

    @Test
    void marksAClaimAndExportsItInUtf8() throws Exception {
        String project = dir.resolve("raids.mv.db").toString();

        assertThat(jar("init", project, "--from", Path.of("samples").toAbsolutePath().toString()).exitCode()).isZero();
        ProcessRun added = jar("claim", "add", project, "--article", "2", "--quote", CliFixture.CNN_QUOTE, "--status", "disputed");
        ProcessRun export = jar("export", project, "--format", "md");

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out().strip()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(added.err()).isEmpty();
        assertThat(export.out()).contains("“" + CliFixture.CNN_QUOTE + "”");
    }

    /** The window opens headless on the bundled samples from the jar itself, as the installer's check does. */
    @Test
    void theWindowStartsHeadlessAndShowsTheSampleSet() throws Exception {
        ProcessRun smoke = jar("--smoke");

        assertThat(smoke.exitCode()).as(smoke.err()).isZero();
        assertThat(smoke.out()).contains("Smoke test passed: 5 articles in 3 columns");
    }

    @Test
    void failuresAndUsageErrorsHaveTheirExitCodes() throws Exception {
        ProcessRun missing = jar("claims", dir.resolve("nowhere").toString());
        ProcessRun usage = jar("claims");

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("Error: There is no project file");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("PROJECT");
    }

    private ProcessRun jar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("corroborate.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("CORROBORATE_HOME", dir.resolve("home").toString());
        builder.environment().put("LC_ALL", "C");
        builder.environment().remove("LANG");
        return ProcessRun.of(builder, dir, Duration.ofMinutes(2));
    }
}
