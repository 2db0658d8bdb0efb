package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.corroborate.testing.ProcessRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the app image that {@code mvn -Pinstaller package} built, as an installed app runs: its own
 * launcher, with no Java on the PATH and no JAVA_HOME, so it proves the image carries everything it
 * needs. Failsafe runs it only with the installer profile, which names the folder.
 */
@EnabledIfSystemProperty(named = "corroborate.installer", matches = ".+")
class InstallerIT {
    private static final Path OUTPUT = Path.of(System.getProperty("corroborate.installer", "target/installer"));
    private static final Path IMAGE = OUTPUT.resolve("Corroborate");

    @TempDir
    Path dir;

    @Test
    void theWindowStartsHeadlessOnTheImagesOwnRuntime() throws Exception {
        ProcessRun smoke = launch("--smoke");

        assertThat(smoke.exitCode()).as(smoke.err()).isZero();
        assertThat(smoke.out()).contains("Smoke test passed: 5 articles in 3 columns")
                .contains(IMAGE.resolve("lib/runtime").toAbsolutePath().toString());
    }

    @Test
    void theCommandLineMakesAndReadsAProject() throws Exception {
        String project = dir.resolve("raids.mv.db").toString();

        ProcessRun init = launch("init", project, "--from", Path.of("samples").toAbsolutePath().toString());
        ProcessRun articles = launch("articles", project);

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(articles.exitCode()).as(articles.err()).isZero();
        assertThat(articles.out().lines()).hasSize(6).anyMatch(line -> line.contains("CNN"));
    }

    @Test
    void theLauncherMapsTheClassDataArchiveMadeAtBuildTime() throws Exception {
        Path archive = IMAGE.resolve("lib/app/corroborate.jsa");
        assertThat(Files.readString(IMAGE.resolve("lib/app/Corroborate.cfg")))
                .contains("-XX:SharedArchiveFile=$APPDIR/corroborate.jsa");
        assertThat(archive).isRegularFile();

        // -Xshare:on refuses to start, rather than going on without it, if the archive cannot be used.
        ProcessRun run = run(List.of(IMAGE.resolve("lib/runtime/bin/java").toAbsolutePath().toString(), "-Xshare:on",
                "-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-XX:TieredStopAtLevel=1",
                "-cp", IMAGE.resolve("lib/app/corroborate.jar").toAbsolutePath().toString(),
                Main.class.getName(), "--version"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Corroborate ");
    }

    @Test
    void theRuntimeHoldsOnlyTheModulesInUse() throws Exception {
        ProcessRun modules = run(List.of(IMAGE.resolve("lib/runtime/bin/java").toAbsolutePath().toString(), "--list-modules"));

        assertThat(modules.out()).contains("java.sql@", "java.desktop@", "jdk.unsupported@")
                .doesNotContain("jdk.compiler@", "jdk.httpserver@", "jdk.jshell@", "jdk.localedata@");
    }

    @Test
    void theDebianPackageInstallsTheIconAndAStartMenuEntry() throws Exception {
        Optional<Path> deb = debianPackage();
        if (deb.isEmpty()) {
            return;
        }
        ProcessRun contents = run(List.of("dpkg-deb", "--contents", deb.get().toString()));
        ProcessRun info = run(List.of("dpkg-deb", "--info", deb.get().toString()));

        assertThat(contents.out()).contains("./opt/corroborate/bin/Corroborate", "./opt/corroborate/lib/Corroborate.png",
                "./opt/corroborate/lib/corroborate-Corroborate.desktop", "./opt/corroborate/lib/libglass.so")
                .doesNotContain("corroborate.jsa");
        assertThat(info.out()).contains("Package: corroborate", "postinst", "prerm");
    }

    @Test
    void installingAndRemovingSucceedWhereThereIsNoDesktopMenu() throws Exception {
        Optional<Path> deb = debianPackage();
        if (deb.isEmpty()) {
            return;
        }
        Path scripts = dir.resolve("control");
        assertThat(run(List.of("dpkg-deb", "--control", deb.get().toString(), scripts.toString())).exitCode()).isZero();
        // What xdg-desktop-menu does on a server or in a container.
        Path stubs = Files.createDirectories(dir.resolve("stubs"));
        Path menu = Files.writeString(stubs.resolve("xdg-desktop-menu"),
                "#!/bin/sh\necho 'xdg-desktop-menu: No writable system menu directory found.' >&2\nexit 3\n");
        assertThat(menu.toFile().setExecutable(true)).isTrue();

        for (List<String> script : List.of(List.of("postinst", "configure"), List.of("prerm", "remove"))) {
            ProcessBuilder builder = new ProcessBuilder("sh", scripts.resolve(script.get(0)).toString(), script.get(1));
            builder.environment().put("PATH", stubs + ":/usr/bin:/bin");
            ProcessRun run = ProcessRun.of(builder, dir, Duration.ofMinutes(4));

            assertThat(run.exitCode()).as(script + ": " + run.err()).isZero();
            assertThat(run.err()).contains("desktop menu");
        }
    }

    /** The .deb, where the machine can build one; asserts that none was built where it cannot. */
    private Optional<Path> debianPackage() throws IOException {
        Optional<Path> deb;
        try (Stream<Path> files = Files.list(OUTPUT)) {
            deb = files.filter(f -> f.getFileName().toString().endsWith(".deb")).findFirst();
        }
        if (!Files.isRegularFile(Path.of("/usr/bin/dpkg-deb")) || !Files.isRegularFile(Path.of("/usr/bin/fakeroot"))) {
            assertThat(deb).as("a .deb is built only where dpkg-deb and fakeroot exist").isEmpty();
            return Optional.empty();
        }
        assertThat(deb).as("the .deb in " + OUTPUT).isPresent();
        return deb;
    }

    private ProcessRun launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(IMAGE.resolve("bin/Corroborate").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return run(command, true);
    }

    private ProcessRun run(List<String> command) throws IOException, InterruptedException {
        return run(command, false);
    }

    /** @param bare with nothing from this JVM's environment, as a desktop launches the app */
    private ProcessRun run(List<String> command, boolean bare) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        if (bare) {
            environment.clear();
            // A PATH with no java on it: the image must not need one.
            environment.put("PATH", Files.createDirectories(dir.resolve("empty-path")).toString());
            environment.put("HOME", dir.toString());
        }
        environment.put("CORROBORATE_HOME", dir.resolve("home").toString());
        return ProcessRun.of(builder, dir, Duration.ofMinutes(4));
    }
}
