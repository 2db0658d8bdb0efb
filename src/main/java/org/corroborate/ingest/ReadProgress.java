package org.corroborate.ingest;

/** Hears of each file as an article set is read, so a long import can show how far it has got. */
@FunctionalInterface
public interface ReadProgress {
    ReadProgress NONE = (fileName, done, total) -> { };

    /** Called after each article file, read or refused; {@code done} counts from 1 to {@code total}. */
    void fileRead(String fileName, int done, int total);
}
