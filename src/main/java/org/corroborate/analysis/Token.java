package org.corroborate.analysis;

/**
 * A word or a number of an article: where it stands, the key it is compared by (lower case, accents
 * folded, stemmed), and whether it names something (a capitalised word inside a sentence) or counts.
 */
record Token(int start, int end, String key, Kind kind) {
    enum Kind { WORD, NAME, NUMBER, STOP }

    boolean content() {
        return kind != Kind.STOP;
    }
}
