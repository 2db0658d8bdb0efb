package org.corroborate.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.store.ProjectFile;

/**
 * Does a project with many claims behave like an empty one? Makes two projects of the development
 * corpus's 741 articles, one with none and one with 10,000 claims (plus links and groups; see
 * {@link CorpusProjects.Size}), then times each command as a whole process, {@code java -cp …
 * org.corroborate.app.Main COMMAND PROJECT}, from start to exit, as a person or a script waits for
 * it, and its CPU time (user and system, from {@code /usr/bin/time} where there is one), which
 * holds steadier than wall time when other work shares the machine. With a display (DISPLAY set, e.g. under xvfb-run) it also times the window reopening each
 * project, from JVM start to the first frame showing it ({@link WindowOpen}). Runs alternate
 * between the two projects and the commands, so a change in the machine's load falls on both alike;
 * it prints the median of each and the ratio of the annotated project to the empty one.
 *
 * <p>System properties: {@code bench.corpus} (the corpus folder; default
 * {@value CorpusProjects#DEFAULT_CORPUS}, relative to the repository), {@code bench.runs} (default 5),
 * {@code bench.dir} (where the projects are made, and reused if they are there already),
 * {@code bench.claims}, {@code bench.links}, {@code bench.groups}, {@code bench.window}
 * (false to skip the window) and {@code bench.classpath} (the commands' class path, for example
 * {@code target/corroborate.jar}; default this JVM's; the window always runs on this JVM's).
 */
public final class ScaleBenchmark {
    private static final List<List<String>> COMMANDS = List.of(
            List.of("articles"),
            List.of("claims", "--json"),
            List.of("export", "--format", "md"),
            List.of("export", "--format", "html"),
            List.of("export", "--format", "csv"),
            List.of("export", "--format", "jsonld"));
    private static final String WINDOW = "window reopen";

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        CorpusProjects.Size size = CorpusProjects.Size.fromProperties();
        Path dir = Path.of(System.getProperty("bench.dir",
                Files.createTempDirectory("corroborate-scale-bench").toString()));
        Files.createDirectories(dir);
        ProjectFile empty = project(dir.resolve("corpus-empty"), new CorpusProjects.Size(0, 0, 0));
        ProjectFile annotated = project(dir.resolve("corpus-" + size.claims()), size);
        boolean window = Boolean.parseBoolean(System.getProperty("bench.window", "true"))
                && System.getenv("DISPLAY") != null;
        String classPath = System.getProperty("bench.classpath", System.getProperty("java.class.path"));
        System.out.printf("projects in %s: none, and %s; %d runs; load before: %s%n", dir, size, runs, load());

        Map<String, List<Long>> emptyMillis = new LinkedHashMap<>();
        Map<String, List<Long>> annotatedMillis = new LinkedHashMap<>();
        Map<String, List<Long>> emptyCpu = new LinkedHashMap<>();
        Map<String, List<Long>> annotatedCpu = new LinkedHashMap<>();
        for (int run = 0; run < runs; run++) {
            for (List<String> command : COMMANDS) {
                String name = String.join(" ", command);
                // Alternate which project goes first, so neither always runs on a warmer disk cache.
                for (boolean annotatedFirst : new boolean[] {run % 2 == 1, run % 2 == 0}) {
                    ProjectFile project = annotatedFirst ? annotated : empty;
                    record(annotatedFirst ? annotatedMillis : emptyMillis, annotatedFirst ? annotatedCpu : emptyCpu,
                            name, command(classPath, command, project, dir));
                }
            }
            if (window) {
                for (boolean annotatedFirst : new boolean[] {run % 2 == 1, run % 2 == 0}) {
                    ProjectFile project = annotatedFirst ? annotated : empty;
                    Timing timing = WindowOpen.time(System.getProperty("java.class.path"), project,
                            dir.resolve(annotatedFirst ? "home-annotated" : "home-empty"));
                    record(annotatedFirst ? annotatedMillis : emptyMillis, annotatedFirst ? annotatedCpu : emptyCpu,
                            WINDOW, timing);
                }
            }
        }
        System.out.printf("%-24s %12s %12s %7s   %s%n", "median ms of " + runs, "no claims", size.claims() + " claims",
                "ratio", "(CPU ms, user + system: no claims, " + size.claims() + " claims, ratio)");
        for (String name : emptyMillis.keySet()) {
            long none = median(emptyMillis.get(name));
            long many = median(annotatedMillis.get(name));
            String cpu = emptyCpu.containsKey(name) ? String.format("   (%d, %d, %.2f)", median(emptyCpu.get(name)),
                    median(annotatedCpu.get(name)), (double) median(annotatedCpu.get(name)) / median(emptyCpu.get(name))) : "";
            System.out.printf("%-24s %12d %12d %7.2f%s%n", name, none, many, (double) many / none, cpu);
        }
        System.out.printf("load after: %s%n", load());
    }

    private static void record(Map<String, List<Long>> wall, Map<String, List<Long>> cpu, String name, Timing timing) {
        wall.computeIfAbsent(name, k -> new ArrayList<>()).add(timing.wallMillis());
        timing.cpuMillis().ifPresent(millis -> cpu.computeIfAbsent(name, k -> new ArrayList<>()).add(millis));
    }

    private static ProjectFile project(Path file, CorpusProjects.Size size) throws IOException {
        ProjectFile project = new ProjectFile(file);
        if (project.exists()) {
            return project;
        }
        long start = System.nanoTime();
        CorpusProjects.create(file, size);
        System.out.printf("made %s (%s) in %.1f s%n", project, size, (System.nanoTime() - start) / 1e9);
        return project;
    }

    /** A command's wall time, and its CPU time when {@value #TIME} can tell it. */
    record Timing(long wallMillis, Optional<Long> cpuMillis) {
    }

    // CPU time says what the command cost even when other work crowds the machine and stretches wall time.
    private static final String TIME = "/usr/bin/time";

    /** Runs one command in its own JVM and returns its times; its output goes to a file. */
    private static Timing command(String classPath, List<String> command, ProjectFile project, Path dir)
            throws IOException, InterruptedException {
        Path cpuFile = dir.resolve("cpu.txt");
        boolean timed = Files.isExecutable(Path.of(TIME));
        List<String> line = new ArrayList<>();
        if (timed) {
            line.addAll(List.of(TIME, "-f", "%U %S", "-o", cpuFile.toString()));
        }
        line.addAll(List.of(javaCommand(), "-cp", classPath, "org.corroborate.app.Main", command.get(0),
                project.toString()));
        line.addAll(command.subList(1, command.size()));
        File output = dir.resolve("output.txt").toFile();
        File errors = dir.resolve("errors.txt").toFile();
        Process process = new ProcessBuilder(line).redirectOutput(output).redirectError(errors).start();
        long start = System.nanoTime();
        int exit = process.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", line) + " exited with " + exit + ":\n"
                    + Files.readString(errors.toPath(), StandardCharsets.UTF_8));
        }
        Optional<Long> cpu = Optional.empty();
        if (timed) {
            String[] userAndSystem = Files.readString(cpuFile, StandardCharsets.UTF_8).strip().split("\\s+");
            cpu = Optional.of(Math.round((Double.parseDouble(userAndSystem[0]) + Double.parseDouble(userAndSystem[1])) * 1000));
        }
        return new Timing(millis, cpu);
    }

    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The machine's load averages (1, 5, 15 minutes), as {@code uptime} shows them. */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }
}
