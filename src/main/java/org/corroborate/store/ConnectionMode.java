package org.corroborate.store;

/**
 * How a connection opens a project file, as H2 URL settings. These are the only settings any
 * connection gets: the path itself can carry none.
 *
 * <p>WRITE_DELAY=0 writes each commit before returning: with the default delay, rows committed just
 * before a hard kill were lost. IFEXISTS stops H2 from quietly creating an empty database when an
 * existing project was asked for. ACCESS_MODE_DATA=r opens the file read-only, so that looking at a
 * project never changes it. TRACE_LEVEL_FILE=0 keeps .trace.db files out of the analyst's folders.
 */
enum ConnectionMode {
    /** A new project file, being made. */
    CREATE(";WRITE_DELAY=0;TRACE_LEVEL_FILE=0"),
    READ_WRITE(";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;IFEXISTS=TRUE"),
    READ_ONLY(";TRACE_LEVEL_FILE=0;IFEXISTS=TRUE;ACCESS_MODE_DATA=r");

    private final String urlSettings;

    ConnectionMode(String urlSettings) {
        this.urlSettings = urlSettings;
    }

    String urlSettings() {
        return urlSettings;
    }
}
