package org.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ApproximateSearchTest {

    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(ApproximateSearch.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(ApproximateSearch.distance("", "sixty")).isEqualTo(5);
        assertThat(ApproximateSearch.distance("60", "60")).isZero();
    }

    @Test
    void findsTheEndOfAnOccurrenceWithTransposedLetters() {
        String text = "The ministry also said its forces had killed 60 Ukrainian soldeirs near Odnorobovka.";
        String quote = "60 Ukrainian soldiers";

        var ends = ApproximateSearch.matchEnds(text, quote, 2);

        int end = text.indexOf("soldeirs") + "soldeirs".length();
        assertThat(ends).containsExactly(new ApproximateSearch.MatchEnd(end, 2));
    }

    @Test
    void alignmentStartsWhereTheOccurrenceStarts() {
        String text = "forces had killed sixty Ukrainian soldiers near Odnorobovka";
        String quote = "killed 60 Ukrainian soldiers";
        int end = text.indexOf(" near");

        var matches = ApproximateSearch.alignmentsEndingAt(text, quote, end, 7);

        assertThat(matches).containsExactly(new ApproximateSearch.Match(text.indexOf("killed"), end, 5));
    }

    @Test
    void everyEquallyGoodStartIsOffered() {
        String text = "the ministry said \"The enemy was struck\" on Tuesday";
        String quote = "“The enemy was struck”";
        int end = text.indexOf(" on Tuesday");

        var matches = ApproximateSearch.alignmentsEndingAt(text, quote, end, 5);

        // Replacing “ by " or dropping it costs one edit either way.
        assertThat(matches).extracting(ApproximateSearch.Match::start)
                .containsExactly(text.indexOf('"'), text.indexOf('"') + 1);
        assertThat(matches).extracting(ApproximateSearch.Match::errors).containsOnly(2);
    }

    /** The bit-parallel search must agree with the textbook dynamic programme, across block boundaries too. */
    @Test
    void bitParallelDistancesEqualTheDynamicProgrammeForPatternsOfOneToThreeBlocks() {
        Random random = new Random(20240312);
        for (int trial = 0; trial < 300; trial++) {
            String text = randomText(random, 40 + random.nextInt(400));
            int patternLength = 1 + random.nextInt(200);
            int from = random.nextInt(Math.max(1, text.length() - patternLength));
            String pattern = mutate(random, text.substring(from, Math.min(text.length(), from + patternLength)));
            if (pattern.isEmpty()) {
                continue;
            }
            assertThat(ApproximateSearch.leastDistanceByEnd(text, pattern))
                    .as("pattern of %d chars", pattern.length())
                    .containsExactly(semiGlobalDistances(text, pattern));
        }
    }

    @Test
    void alignmentsHaveTheFewestErrorsOfAnyStartBeforeTheirEnd() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            String text = randomText(random, 30 + random.nextInt(120));
            String pattern = mutate(random, text.substring(5, 5 + 1 + random.nextInt(20)));
            if (pattern.isEmpty()) {
                continue;
            }
            int maxErrors = pattern.length() / 4;
            int end = 1 + random.nextInt(text.length());

            var matches = ApproximateSearch.alignmentsEndingAt(text, pattern, end, maxErrors);

            int fewest = Integer.MAX_VALUE;
            for (int start = Math.max(0, end - pattern.length() - maxErrors); start < end; start++) {
                fewest = Math.min(fewest, ApproximateSearch.distance(pattern, text.substring(start, end)));
            }
            assertThat(matches).isNotEmpty();
            for (ApproximateSearch.Match match : matches) {
                assertThat(match.errors()).isEqualTo(fewest);
                assertThat(ApproximateSearch.distance(pattern, text.substring(match.start(), end))).isEqualTo(fewest);
            }
        }
    }

    private static int[] semiGlobalDistances(String text, String pattern) {
        int m = pattern.length();
        int[] column = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            column[i] = i;
        }
        int[] result = new int[text.length() + 1];
        result[0] = m;
        for (int j = 1; j <= text.length(); j++) {
            int diagonal = column[0];
            column[0] = 0;
            for (int i = 1; i <= m; i++) {
                int above = column[i];
                int cost = pattern.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1;
                column[i] = Math.min(diagonal + cost, Math.min(above, column[i - 1]) + 1);
                diagonal = above;
            }
            result[j] = column[m];
        }
        return result;
    }

    /** A small alphabet, so that near-matches and repeats are common. */
    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append("abcd e".charAt(random.nextInt(6)));
        }
        return text.toString();
    }

    private static String mutate(Random random, String source) {
        StringBuilder mutated = new StringBuilder(source);
        int edits = random.nextInt(1 + source.length() / 3);
        for (int e = 0; e < edits && !mutated.isEmpty(); e++) {
            int at = random.nextInt(mutated.length());
            switch (random.nextInt(3)) {
                case 0 -> mutated.setCharAt(at, "abcdx".charAt(random.nextInt(5)));
                case 1 -> mutated.deleteCharAt(at);
                default -> mutated.insert(at, 'y');
            }
        }
        return mutated.toString();
    }
}
