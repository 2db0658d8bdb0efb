package org.corroborate.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A project's file on disk. H2 keeps a database named {@code x} in {@code x.mv.db}; people see and
 * pass that file, so this accepts either form and always shows the full file name.
 */
public record ProjectFile(Path path) {
    public static final String EXTENSION = ".mv.db";

    public ProjectFile {
        Objects.requireNonNull(path, "path");
        path = path.toAbsolutePath().normalize();
        if (path.getFileName() == null) {
            throw new IllegalArgumentException("“" + path + "” is a folder, not a project file: name a file such as "
                    + "raids" + EXTENSION);
        }
        if (!path.getFileName().toString().endsWith(EXTENSION)) {
            path = path.resolveSibling(path.getFileName() + EXTENSION);
        }
    }

    public static ProjectFile of(String pathText) {
        return new ProjectFile(Path.of(pathText));
    }

    public boolean exists() {
        return Files.isRegularFile(path);
    }

    /** The project's name as shown in the title bar: the file name without its extension. */
    public String displayName() {
        String name = path.getFileName().toString();
        return name.substring(0, name.length() - EXTENSION.length());
    }

    String databasePath() {
        String text = path.toString();
        return text.substring(0, text.length() - EXTENSION.length());
    }

    /**
     * WRITE_DELAY=0 writes each commit before returning: with the default delay, rows committed
     * just before a hard kill were lost. IFEXISTS stops H2 from quietly creating an empty database
     * when an existing project was asked for; TRACE_LEVEL_FILE=0 keeps .trace.db files out of the
     * analyst's folders.
     */
    String jdbcUrl(boolean mustExist) {
        return "jdbc:h2:file:" + databasePath() + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
