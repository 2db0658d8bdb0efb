package org.corroborate.service;

import java.nio.file.Path;
import org.corroborate.store.ProjectFile;

/**
 * Where a project is kept. Today that is always a file; a project on a database server will be
 * another kind of location, so the window and the command line name projects by this, never by
 * the store's own types.
 */
public sealed interface ProjectLocation permits ProjectLocation.File {

    /** The project's short name, for title bars and menus. */
    String displayName();

    /** Whether there is a project there to open. */
    boolean exists();

    /**
     * A project file, {@code NAME.mv.db}; given {@code NAME} alone, the extension is added, as the
     * app shows and takes project files either way.
     */
    record File(Path path) implements ProjectLocation {
        public static final String EXTENSION = ProjectFile.EXTENSION;

        /** @throws ProjectException of kind BAD_INPUT for a path that cannot be a project file */
        public File {
            Path given = path;
            path = StoreFailures.call(() -> new ProjectFile(given)).path();
        }

        public static File of(String pathText) {
            return new File(Path.of(pathText));
        }

        @Override
        public String displayName() {
            return storeFile().displayName();
        }

        @Override
        public boolean exists() {
            return storeFile().exists();
        }

        ProjectFile storeFile() {
            return new ProjectFile(path);
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }
}
