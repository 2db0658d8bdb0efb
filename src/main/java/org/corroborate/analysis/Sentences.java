package org.corroborate.analysis;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.model.TextSpan;

/**
 * Splits news text into sentences: the JDK's Unicode (UAX #29) sentence segmenter, with a line break
 * as a hard boundary (headlines, datelines and paragraphs carry no full stop) and breaks after known
 * abbreviations and initials suppressed, as ICU's "ss=standard" suppressions do. Measured on the
 * development corpus against ICU4J and OpenNLP (docs/benchmarks.md), it does as well without a
 * 14 MB or a 1.4 MB dependency.
 */
public final class Sentences {
    // Words that stand before a name or a number and do not end a sentence.
    private static final Set<String> PREFIXES = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep",
            "gov", "lt", "col", "sgt", "capt", "maj", "cpl", "pvt", "adm", "cmdr", "rev", "st", "mt", "ft",
            "no", "nos", "vs", "v", "pres", "supt", "insp", "det", "gens", "reps", "sens", "messrs", "fr", "hon");
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    // Abbreviations that may end a sentence: they do unless what follows cannot start one.
    private static final Set<String> COUNTRIES = Set.of("u.s", "u.k", "u.n", "u.s.a", "e.u");
    private static final Set<String> SENTENCE_OPENERS = Set.of("the", "a", "an", "he", "she", "it", "they",
            "we", "i", "you", "in", "on", "at", "but", "and", "this", "that", "these", "those", "there", "his",
            "her", "their", "its", "our", "as", "after", "before", "when", "while", "if", "for", "officials",
            "police", "no", "one", "some", "many", "most", "both", "all", "other", "what", "who", "according");

    private Sentences() {
    }

    /** The sentences of the text in order, each without its surrounding white space. */
    public static List<TextSpan> of(String text) {
        List<TextSpan> sentences = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (lineEnd > lineStart) {
                segmentLine(text, lineStart, lineEnd, breaks, sentences);
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void segmentLine(String text, int lineStart, int lineEnd, BreakIterator breaks,
            List<TextSpan> sentences) {
        breaks.setText(new StringCharacterIterator(text, lineStart, lineEnd, lineStart));
        int sentenceStart = lineStart;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (end < lineEnd && continuesAfter(text, end, lineEnd)) {
                continue;
            }
            addTrimmed(text, sentenceStart, end, sentences);
            sentenceStart = end;
        }
    }

    private static void addTrimmed(String text, int start, int end, List<TextSpan> sentences) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            sentences.add(new TextSpan(from, to));
        }
    }

    /** True when the break at {@code at} follows an abbreviation or an initial that does not end the sentence. */
    private static boolean continuesAfter(String text, int at, int lineEnd) {
        int wordEnd = at;
        while (wordEnd > 0 && Character.isWhitespace(text.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        if (wordEnd == 0 || text.charAt(wordEnd - 1) != '.') {
            return false;
        }
        int wordStart = wordEnd - 1;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))
                && "\"“(‘'".indexOf(text.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        String word = text.substring(wordStart, wordEnd - 1).toLowerCase(Locale.ROOT);
        String next = nextWord(text, at, lineEnd);
        if (next.isEmpty()) {
            return false;
        }
        boolean nextIsNumberOrLower = Character.isDigit(next.charAt(0)) || Character.isLowerCase(next.charAt(0));
        if (word.length() == 1 && Character.isLetter(word.charAt(0)) && Character.isUpperCase(text.charAt(wordStart))) {
            return true; // an initial, as in "J. R. R. Tolkien"
        }
        if (PREFIXES.contains(word)) {
            return true;
        }
        if (MONTHS.contains(word) || word.equals("a.m") || word.equals("p.m")) {
            return nextIsNumberOrLower;
        }
        if (COUNTRIES.contains(word)) {
            return nextIsNumberOrLower || !SENTENCE_OPENERS.contains(next.toLowerCase(Locale.ROOT));
        }
        return nextIsNumberOrLower;
    }

    private static String nextWord(String text, int from, int lineEnd) {
        int start = from;
        while (start < lineEnd && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < lineEnd && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }
}
