package org.corroborate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word-level comparison of two quotes: the words the two share, in order, are kept plain and the
 * others are marked as changed. Words are compared without case and punctuation, so "Killed," and
 * "killed" count as the same word.
 */
public final class QuoteDiff {
    /** Beyond this many words a side, the quadratic comparison is skipped and every word is marked. */
    static final int MAX_WORDS = 2_000;

    private QuoteDiff() {
    }

    /** One word of a quote, and whether the other quote lacks it. */
    public record Word(String text, boolean changed) {
    }

    public record Comparison(List<Word> left, List<Word> right) {
    }

    public static Comparison compare(String left, String right) {
        String[] leftWords = words(left);
        String[] rightWords = words(right);
        if (leftWords.length > MAX_WORDS || rightWords.length > MAX_WORDS) {
            return new Comparison(allChanged(leftWords), allChanged(rightWords));
        }
        String[] leftKeys = keys(leftWords);
        String[] rightKeys = keys(rightWords);
        int[][] common = commonSuffixLengths(leftKeys, rightKeys);
        boolean[] leftKept = new boolean[leftKeys.length];
        boolean[] rightKept = new boolean[rightKeys.length];
        int i = 0;
        int j = 0;
        while (i < leftKeys.length && j < rightKeys.length) {
            if (leftKeys[i].equals(rightKeys[j])) {
                leftKept[i++] = true;
                rightKept[j++] = true;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return new Comparison(marked(leftWords, leftKept), marked(rightWords, rightKept));
    }

    /** common[i][j] is the length of the longest common subsequence of the keys from i and from j on. */
    private static int[][] commonSuffixLengths(String[] left, String[] right) {
        int[][] common = new int[left.length + 1][right.length + 1];
        for (int i = left.length - 1; i >= 0; i--) {
            for (int j = right.length - 1; j >= 0; j--) {
                common[i][j] = left[i].equals(right[j])
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        return common;
    }

    private static String[] words(String quote) {
        String stripped = quote.strip();
        return stripped.isEmpty() ? new String[0] : stripped.split("\\s+");
    }

    private static String[] keys(String[] words) {
        String[] keys = new String[words.length];
        for (int k = 0; k < words.length; k++) {
            String key = words[k].replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
            // A word of punctuation alone ("—") is compared as it is, so it can still match.
            keys[k] = key.isEmpty() ? words[k] : key;
        }
        return keys;
    }

    private static List<Word> marked(String[] words, boolean[] kept) {
        List<Word> result = new ArrayList<>(words.length);
        for (int k = 0; k < words.length; k++) {
            result.add(new Word(words[k], !kept[k]));
        }
        return result;
    }

    private static List<Word> allChanged(String[] words) {
        return marked(words, new boolean[words.length]);
    }
}
