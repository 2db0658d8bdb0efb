package org.corroborate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a whole file, refusing one larger than a limit without reading it all: a set's folder may
 * hold a video or a disk image by mistake.
 */
final class FileBytes {
    static final long DEFAULT_LIMIT = 20L * 1024 * 1024;

    /** Opens a file for reading; tests swap it to simulate files that cannot be read. */
    @FunctionalInterface
    interface Opener {
        InputStream open(Path file) throws IOException;
    }

    /** Thrown for a file over the limit; its message follows the file's name in a problem. */
    static final class TooLargeException extends IOException {
        TooLargeException(String message) {
            super(message);
        }
    }

    private final Opener opener;
    private final long limit;

    FileBytes(Opener opener, long limit) {
        this.opener = opener;
        this.limit = limit;
    }

    static FileBytes standard() {
        return new FileBytes(Files::newInputStream, DEFAULT_LIMIT);
    }

    byte[] read(Path file) throws IOException {
        try (InputStream in = opener.open(file)) {
            return readLimited(in, "larger than");
        }
    }

    /**
     * Reads a stream to its end, but never more than the limit: a compressed file that inflates past
     * it (a zip bomb) is refused after reading just over the limit.
     *
     * @param excess how the refusal starts: "larger than", "inflates to more than"
     */
    byte[] readLimited(InputStream in, String excess) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new TooLargeException(excess + " " + describeLimit()
                    + ", far more than any article's text — check that it is the right file");
        }
        return bytes;
    }

    private String describeLimit() {
        long mebibyte = 1024L * 1024;
        return limit % mebibyte == 0 ? limit / mebibyte + " MB" : limit + " bytes";
    }

    /** A reason for the user, without the full path Java's exceptions repeat. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file (a broken link?)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
