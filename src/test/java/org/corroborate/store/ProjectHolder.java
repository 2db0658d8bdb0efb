package org.corroborate.store;

import java.io.IOException;

/**
 * Run in a child JVM by tests: holds a project open, as another Corroborate process would, until
 * its standard input closes.
 */
public final class ProjectHolder {
    public static void main(String[] args) throws IOException {
        try (ProjectStore store = ProjectStore.open(ProjectFile.of(args[0]))) {
            System.out.println("OPEN " + store.articles().size());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
