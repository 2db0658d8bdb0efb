package org.corroborate.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts text into tokens and gives each the key it is compared by: lower case, accents folded and a
 * light English stem, so "killed", "kills" and "killing" meet, and "Kyiv's" is "kyiv".
 */
final class Words {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    static final Set<String> STOP = Set.copyOf(List.of("a", "about", "above", "after", "again", "against", "all", "also", "am",
            "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
            "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for",
            "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
            "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more",
            "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other",
            "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that",
            "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
            "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
            "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "said", "says",
            "say", "told", "according", "mr", "mrs", "ms", "s", "t", "one", "new", "may", "might", "must", "shall",
            "its", "per", "via", "upon", "yet", "since", "among", "amid", "within", "without", "around", "across",
            "toward", "towards", "however", "although", "though", "whether", "will", "would", "also", "many",
            "much", "several", "another", "every", "either", "neither", "still", "even", "ago", "later", "earlier",
            "like", "us", "get", "got", "make", "made", "take", "took", "go", "went", "come", "came", "year",
            "years", "time", "day", "days", "week", "weeks", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tomorrow", "reported", "report", "reports"));

    private Words() {
    }

    /** The tokens of text[from, to), in order; a letter run with inner apostrophes or hyphens is one word. */
    static List<Token> tokens(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                int end = numberEnd(text, i, to);
                tokens.add(new Token(i, end, text.substring(i, end).replace(",", ""), Token.Kind.NUMBER));
                i = end;
            } else if (Character.isLetter(c)) {
                int end = wordEnd(text, i, to);
                tokens.add(word(text, i, end));
                i = end;
            } else {
                i++;
            }
        }
        return tokens;
    }

    private static Token word(String text, int start, int end) {
        String surface = text.substring(start, end);
        String lower = fold(surface);
        int apostrophe = lower.indexOf('\'');
        if (apostrophe > 0) {
            lower = lower.substring(0, apostrophe);
        }
        if (STOP.contains(lower) || lower.length() < 2) {
            return new Token(start, end, lower, Token.Kind.STOP);
        }
        Token.Kind kind = Character.isUpperCase(surface.charAt(0)) ? Token.Kind.NAME : Token.Kind.WORD;
        return new Token(start, end, kind == Token.Kind.NAME ? lower : stem(lower), kind);
    }

    private static int wordEnd(String text, int start, int to) {
        int end = start;
        while (end < to) {
            char c = text.charAt(end);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                end++;
            } else if ((c == '\'' || c == '’' || c == '-') && end + 1 < to && Character.isLetter(text.charAt(end + 1))) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    private static int numberEnd(String text, int start, int to) {
        int end = start;
        while (end < to) {
            char c = text.charAt(end);
            if (Character.isDigit(c)) {
                end++;
            } else if ((c == ',' || c == '.') && end + 1 < to && Character.isDigit(text.charAt(end + 1))) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    /** Lower case without accents, with a curly apostrophe made straight. */
    static String fold(String surface) {
        String decomposed = Normalizer.normalize(surface.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('’', '\'');
    }

    /**
     * A light English stem: plural and verb endings go ("raids" "raid", "killed" "kill", "carrying"
     * "carry"), enough to meet inflections without the over-reach of a full Porter stemmer on names.
     */
    static String stem(String word) {
        String w = word;
        if (w.length() > 4 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.length() > 4 && w.endsWith("ied")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed")) {
            w = undouble(w.substring(0, w.length() - 2));
        }
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
