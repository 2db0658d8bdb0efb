package org.corroborate.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The main window's first frame on the reopened sample project against a bare JavaFX window's, with the
 * same java, the same class path and the same JVM options, the two taking turns in one run; prints the
 * medians and the ratio. Needs a display. Arguments: the runs of each, then {@code jar} (this JVM's
 * java, target/corroborate.jar, no options) or {@code image FOLDER} (the app image's runtime, jar and
 * the launcher's options from its .cfg, the class-data archive included); any further arguments are
 * added JVM options. The test classes go last on the class path, which the archive allows.
 */
public final class StartupComparison {
    private static final String BARE_RESULT = "bare-window-first-frame-ms ";
    private static final String APP_RESULT = "sample-set-shown-first-frame-ms ";

    private StartupComparison() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        List<String> launcher = new ArrayList<>();
        String jar;
        int next;
        if (args[1].equals("image")) {
            Path image = Path.of(args[2]).toAbsolutePath();
            Path app = image.resolve("lib/app");
            launcher.add(image.resolve("lib/runtime/bin/java").toString());
            for (String line : Files.readAllLines(app.resolve("Corroborate.cfg"), StandardCharsets.UTF_8)) {
                if (line.startsWith("java-options=")) {
                    launcher.add(line.substring("java-options=".length()).replace("$APPDIR", app.toString()));
                }
            }
            jar = app.resolve("corroborate.jar").toString();
            next = 3;
        } else {
            launcher.add(ScaleBenchmark.javaCommand());
            jar = Path.of("target/corroborate.jar").toAbsolutePath().toString();
            next = 2;
        }
        for (int i = next; i < args.length; i++) {
            launcher.add(args[i]);
        }
        Path home = Files.createTempDirectory("corroborate-startup");
        launcher.addAll(List.of("-Dbench.home=" + home, "-cp", jar + ":" + Path.of("target/test-classes").toAbsolutePath()));

        System.out.println("launcher: " + String.join(" ", launcher));
        System.out.println("load at start: " + ScaleBenchmark.load());
        time(launcher, "app", APP_RESULT); // imports the sample set: later runs reopen it
        List<Long> bare = new ArrayList<>();
        List<Long> app = new ArrayList<>();
        List<Long> bareCpu = new ArrayList<>();
        List<Long> appCpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long[] b = time(launcher, "bare", BARE_RESULT);
            long[] a = time(launcher, "app", APP_RESULT);
            bare.add(b[0]);
            bareCpu.add(b[1]);
            app.add(a[0]);
            appCpu.add(a[1]);
        }
        System.out.println("load at end: " + ScaleBenchmark.load());
        System.out.println("bare window, first frame (ms, CPU ms): " + bare + " " + bareCpu);
        System.out.println("reopened sample project, first frame (ms, CPU ms): " + app + " " + appCpu);
        printMedians("wall", bare, app);
        printMedians("CPU", bareCpu, appCpu);
    }

    private static void printMedians(String what, List<Long> bare, List<Long> app) {
        long bareMedian = ScaleBenchmark.median(bare);
        long appMedian = ScaleBenchmark.median(app);
        System.out.printf("%s medians: bare %d ms, app %d ms, ratio %.2f%n", what, bareMedian, appMedian,
                (double) appMedian / bareMedian);
    }

    /** Wall and CPU milliseconds from JVM start to the first frame. */
    private static long[] time(List<String> launcher, String mode, String result) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(StartupBenchmark.class.getName(), mode));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        return new long[] {number(output, result, mode, exit), number(output, StartupBenchmark.CPU_RESULT, mode, exit)};
    }

    private static long number(String output, String prefix, String mode, int exit) {
        return output.lines().filter(line -> line.startsWith(prefix)).findFirst()
                .map(line -> Long.parseLong(line.substring(prefix.length()).strip()))
                .orElseThrow(() -> new IllegalStateException(mode + " exited with " + exit + " and no time:\n" + output));
    }
}
