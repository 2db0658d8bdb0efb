package org.corroborate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures in a quote together with the words that qualify them ("more than 234",
 * "at least 1,200", "60"), so that a report can set the figures of two contradicting quotes side by
 * side. Only figures written in digits are found.
 */
public final class Figures {
    private static final String QUALIFIERS = "more than|less than|fewer than|at least|at most|up to|over|under"
            + "|about|around|approximately|roughly|nearly|almost|some|as many as|as few as";
    private static final Pattern FIGURE = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])((?:(?:" + QUALIFIERS + ")\\s+)?)"
                    + "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?)(\\s?%|\\s+percent)?(?![\\p{L}\\p{N}])");

    private Figures() {
    }

    /** The figures of the quote in order, each with its qualifier, as the quote writes them. */
    public static List<String> in(String quote) {
        List<String> figures = new ArrayList<>();
        Matcher matcher = FIGURE.matcher(quote);
        while (matcher.find()) {
            figures.add(matcher.group().strip().replaceAll("\\s+", " "));
        }
        return figures;
    }

    /** True when the two quotes state different figures, ignoring case and spacing. */
    public static boolean differ(List<String> left, List<String> right) {
        return !normalized(left).equals(normalized(right));
    }

    private static List<String> normalized(List<String> figures) {
        return figures.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
    }
}
