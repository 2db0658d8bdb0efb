package org.corroborate.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Edit-distance searches for re-anchoring: where a quote occurs in a text with a few errors, and how
 * far two short strings are apart. Distances are Levenshtein distances over UTF-16 chars.
 */
public final class ApproximateSearch {
    private static final int WORD = Long.SIZE;

    private ApproximateSearch() {
    }

    /** Where an approximate occurrence ends (exclusive offset) and how many edits it needs. */
    public record MatchEnd(int end, int errors) {
    }

    /** An approximate occurrence [start, end) and how many edits turn the pattern into it. */
    public record Match(int start, int end, int errors) {
    }

    /**
     * The ends of the substrings of {@code text} within {@code maxErrors} edits of {@code pattern}.
     * Consecutive ends that qualify belong to one occurrence (the alignment merely gains or loses a
     * char at its edge), so each such run yields only its ends with the fewest errors.
     */
    public static List<MatchEnd> matchEnds(String text, String pattern, int maxErrors) {
        int[] distances = leastDistanceByEnd(text, pattern);
        List<MatchEnd> ends = new ArrayList<>();
        int runStart = -1;
        for (int end = 1; end <= distances.length; end++) {
            boolean qualifies = end < distances.length && distances[end] <= maxErrors;
            if (qualifies && runStart < 0) {
                runStart = end;
            } else if (!qualifies && runStart >= 0) {
                int fewest = Arrays.stream(distances, runStart, end).min().orElseThrow();
                for (int e = runStart; e < end; e++) {
                    if (distances[e] == fewest) {
                        ends.add(new MatchEnd(e, fewest));
                    }
                }
                runStart = -1;
            }
        }
        return ends;
    }

    /**
     * For each end offset e of {@code text} (0 to its length), the fewest edits that turn
     * {@code pattern} into some substring ending at e.
     *
     * <p>Myers' bit-parallel algorithm (J. ACM 46(3), 1999), with the pattern cut into blocks of 64
     * rows: O(n · ⌈m/64⌉) word operations, a couple of milliseconds for a long article.
     */
    public static int[] leastDistanceByEnd(String text, String pattern) {
        int m = pattern.length();
        int blocks = (m + WORD - 1) / WORD;
        Map<Character, long[]> equalities = equalityMasks(pattern, blocks);
        long[] noEquality = new long[blocks];
        long[] positive = new long[blocks];
        long[] negative = new long[blocks];
        Arrays.fill(positive, -1L);
        long lastRowBit = 1L << ((m - 1) % WORD);

        int[] distances = new int[text.length() + 1];
        distances[0] = m;
        for (int j = 0; j < text.length(); j++) {
            long[] equality = equalities.getOrDefault(text.charAt(j), noEquality);
            int carry = 0;
            for (int b = 0; b < blocks; b++) {
                long highBit = b == blocks - 1 ? lastRowBit : Long.MIN_VALUE;
                carry = advanceBlock(positive, negative, b, equality[b], carry, highBit);
            }
            distances[j + 1] = distances[j] + carry;
        }
        return distances;
    }

    /** Bit i of the mask for char c, in block i / 64, is set when pattern[i] == c. */
    private static Map<Character, long[]> equalityMasks(String pattern, int blocks) {
        Map<Character, long[]> masks = new HashMap<>();
        for (int i = 0; i < pattern.length(); i++) {
            long[] mask = masks.computeIfAbsent(pattern.charAt(i), c -> new long[blocks]);
            mask[i / WORD] |= 1L << (i % WORD);
        }
        return masks;
    }

    /**
     * Advances one block of the dynamic-programming column by one text char. The column is held as
     * vertical deltas (+1 in {@code positive}, -1 in {@code negative}); {@code carryIn} is the
     * horizontal delta entering the block's top row, and the return value the one leaving its last row.
     */
    private static int advanceBlock(long[] positive, long[] negative, int block, long equality, int carryIn,
                                    long highBit) {
        long pv = positive[block];
        long mv = negative[block];
        long eq = equality;
        long xv = eq | mv;
        if (carryIn < 0) {
            eq |= 1L;
        }
        long xh = (((eq & pv) + pv) ^ pv) | eq;
        long ph = mv | ~(xh | pv);
        long mh = pv & xh;
        int carryOut = (ph & highBit) != 0 ? 1 : (mh & highBit) != 0 ? -1 : 0;
        ph <<= 1;
        mh <<= 1;
        if (carryIn < 0) {
            mh |= 1L;
        } else if (carryIn > 0) {
            ph |= 1L;
        }
        positive[block] = mh | ~(xv | ph);
        negative[block] = ph & xv;
        return carryOut;
    }

    /**
     * The best alignments of the pattern with substrings of {@code text} ending exactly at {@code end}
     * and starting no earlier than {@code end - pattern.length() - maxErrors}: every start with the
     * fewest errors. Ties are common at an edge that changed (a quotation mark replaced or dropped
     * costs one edit either way), and are left for the context to settle. O(m · (m + maxErrors)).
     */
    public static List<Match> alignmentsEndingAt(String text, String pattern, int end, int maxErrors) {
        int m = pattern.length();
        int lowest = Math.max(0, end - m - maxErrors);
        int width = end - lowest;
        // row[j] = edit distance between pattern[i, m) and text[lowest + j, end), for i = m down to 0
        int[] row = new int[width + 1];
        int[] next = new int[width + 1];
        for (int j = 0; j <= width; j++) {
            row[j] = width - j;
        }
        for (int i = m - 1; i >= 0; i--) {
            char p = pattern.charAt(i);
            next[width] = m - i;
            for (int j = width - 1; j >= 0; j--) {
                int substitute = row[j + 1] + (p == text.charAt(lowest + j) ? 0 : 1);
                next[j] = Math.min(substitute, Math.min(row[j], next[j + 1]) + 1);
            }
            int[] swap = row;
            row = next;
            next = swap;
        }
        int fewest = Arrays.stream(row, 0, width).min().orElseThrow();
        List<Match> best = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            if (row[j] == fewest) {
                best.add(new Match(lowest + j, end, fewest));
            }
        }
        return best;
    }

    /** The Levenshtein distance between two short strings, O(|a| · |b|). */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            char c = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (c == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
