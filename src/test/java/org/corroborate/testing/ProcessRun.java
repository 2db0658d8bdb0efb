package org.corroborate.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** What a program started by a test did: its exit code and everything it printed. */
public record ProcessRun(int exitCode, String out, String err) {
    /**
     * Starts the command, with its output kept in files in {@code dir} rather than pipes, which a
     * chatty program could fill and block on, and waits for it up to {@code limit}.
     */
    public static ProcessRun of(ProcessBuilder command, Path dir, Duration limit) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = command.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Did not finish within " + limit + ": " + String.join(" ", command.command()));
        }
        return new ProcessRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
