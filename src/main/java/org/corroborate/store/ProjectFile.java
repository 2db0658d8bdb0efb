package org.corroborate.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.corroborate.store.ProjectStoreException.Problem;

/**
 * A project's file on disk. H2 keeps a database named {@code x} in {@code x.mv.db}; people see and
 * pass that file, so this accepts either form and always shows the full file name.
 *
 * <p>The path goes into H2's connection URL, which has syntax of its own, so a path H2 would read as
 * anything but a file name is refused here, before it gets that far: a project file never exists
 * that could not be opened safely.
 */
public record ProjectFile(Path path) implements ProjectAddress {
    public static final String EXTENSION = ".mv.db";

    /** Every MVStore file starts with this header; a file without it is not an H2 database at all. */
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);
    private static final Set<PosixFilePermission> WRITE_PERMISSIONS = EnumSet.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    public ProjectFile {
        Objects.requireNonNull(path, "path");
        path = path.toAbsolutePath().normalize();
        if (path.getFileName() == null) {
            throw new ProjectStoreException(Problem.UNUSABLE_PATH, path, "“" + path
                    + "” is a folder, not a project file: name a file such as raids" + EXTENSION + ".", null);
        }
        if (!path.getFileName().toString().endsWith(EXTENSION)) {
            path = path.resolveSibling(path.getFileName() + EXTENSION);
        }
        requireLiteralInUrl(path);
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
     * The settings come from {@code mode} alone: the path cannot carry any (see
     * {@link #requireLiteralInUrl}).
     */
    String jdbcUrl(ConnectionMode mode) {
        return "jdbc:h2:file:" + databasePath() + mode.urlSettings();
    }

    /**
     * Whether the file may not be written. As root, {@link Files#isWritable} is true whatever the
     * permissions say; a file that nobody is permitted to write was made read-only on purpose, so
     * that counts too.
     */
    boolean isReadOnly() {
        if (!Files.isWritable(path)) {
            return true;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        try {
            return posix != null && posix.readAttributes().permissions().stream().noneMatch(WRITE_PERMISSIONS::contains);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether the file starts as an H2 database does. Checked before H2 sees the file, because H2
     * takes an empty file for a new database and writes one into it.
     */
    boolean looksLikeH2Database() throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return Arrays.equals(in.readNBytes(H2_HEADER.length), H2_HEADER);
        }
    }

    /**
     * H2's URL parser reads everything after a {@code ;} as settings (INIT runs SQL, so a path could
     * run anything), and turns a {@code \} into a folder separator. A path with either is refused
     * rather than escaped, since H2 has no escape for them. Other characters pass through literally.
     */
    private static void requireLiteralInUrl(Path path) {
        for (Path element : path) {
            String name = element.toString();
            for (char c : new char[] {';', '\\'}) {
                if (name.indexOf(c) >= 0) {
                    throw new ProjectStoreException(Problem.UNUSABLE_PATH, path, "The path " + path + " has a ‘" + c
                            + "’ in “" + name + "”, which a project's path cannot hold; rename it, or choose another"
                            + " folder or name.", null);
                }
            }
        }
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
