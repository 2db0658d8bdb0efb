package org.corroborate.cli;

/** "1 claim", "2 claims": counts as people write them. */
final class Counts {
    private Counts() {
    }

    static String of(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
