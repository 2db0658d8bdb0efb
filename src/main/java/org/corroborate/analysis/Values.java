package org.corroborate.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.analysis.Value.Qualifier;
import org.corroborate.model.TextSpan;

/**
 * Reads the quantities of a text: figures in digits ("1,200", "3.5") and in words ("fifteen",
 * "twenty-five", "two hundred"), vague amounts ("a few hundred", "dozens", "hundreds"), ranges
 * ("between 30 and 40", "30 to 40", "30-40") and the qualifiers that change what they claim
 * ("at least", "more than", "almost", "up to", "about").
 */
public final class Values {
    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("a dozen", 12), Map.entry("dozen", 12), Map.entry("half a dozen", 6));
    private static final Map<String, Integer> SCALES = Map.of("hundred", 100, "thousand", 1_000,
            "million", 1_000_000, "billion", 1_000_000_000);
    private static final Map<String, Qualifier> QUALIFIERS = Map.ofEntries(
            Map.entry("at least", Qualifier.AT_LEAST), Map.entry("no fewer than", Qualifier.AT_LEAST),
            Map.entry("no less than", Qualifier.AT_LEAST), Map.entry("more than", Qualifier.MORE_THAN),
            Map.entry("over", Qualifier.MORE_THAN), Map.entry("upwards of", Qualifier.MORE_THAN),
            Map.entry("in excess of", Qualifier.MORE_THAN), Map.entry("up to", Qualifier.AT_MOST),
            Map.entry("as many as", Qualifier.AT_MOST), Map.entry("at most", Qualifier.AT_MOST),
            Map.entry("no more than", Qualifier.AT_MOST), Map.entry("less than", Qualifier.LESS_THAN),
            Map.entry("fewer than", Qualifier.LESS_THAN), Map.entry("under", Qualifier.LESS_THAN),
            Map.entry("almost", Qualifier.ALMOST), Map.entry("nearly", Qualifier.ALMOST),
            Map.entry("just under", Qualifier.ALMOST), Map.entry("close to", Qualifier.ALMOST),
            Map.entry("about", Qualifier.ABOUT), Map.entry("around", Qualifier.ABOUT),
            Map.entry("approximately", Qualifier.ABOUT), Map.entry("roughly", Qualifier.ABOUT),
            Map.entry("some", Qualifier.ABOUT), Map.entry("an estimated", Qualifier.ABOUT),
            Map.entry("estimated", Qualifier.ABOUT));
    // "hundreds", "a few hundred", "dozens", "tens of thousands": an order of magnitude, not a figure.
    private static final String VAGUE = "(?:tens\\s+of\\s+thousands|hundreds\\s+of\\s+thousands|dozens|scores"
            + "|hundreds|thousands|millions|(?:a\\s+few|several)\\s+(?:dozen|hundred|thousand|million))";
    private static final String NUMBER_WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
            + "|sixty|seventy|eighty|ninety)";
    private static final String WORD_NUMBER = "(?:(?:half\\s+a|a)\\s+dozen|(?:a|dozen|" + NUMBER_WORD + ")"
            + "(?:[\\s-]+(?:and\\s+)?(?:" + NUMBER_WORD + "|hundred|thousand|million|billion))*)";
    private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String AMOUNT = "(?:(?:" + DIGITS + ")(?:\\s+(?:million|billion|thousand|hundred))?|"
            + VAGUE + "|" + WORD_NUMBER + ")";
    private static final String QUALIFIER = "at\\s+least|no\\s+fewer\\s+than|no\\s+less\\s+than|more\\s+than"
            + "|upwards\\s+of|in\\s+excess\\s+of|over|up\\s+to|as\\s+many\\s+as|at\\s+most|no\\s+more\\s+than"
            + "|less\\s+than|fewer\\s+than|under|almost|nearly|just\\s+under|close\\s+to|about|around"
            + "|approximately|roughly|some|an\\s+estimated|estimated";
    private static final Pattern VALUE = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}.,]|\\p{L}-)(?:(?<qualifier>" + QUALIFIER
            + ")\\s+)?(?:between\\s+(?<from>" + AMOUNT + ")\\s+and\\s+(?<to>" + AMOUNT + ")|(?<amount>" + AMOUNT
            + ")(?:\\s*(?:-|–|to)\\s*(?<upto>" + AMOUNT + "))?)(?<percent>\\s?%|\\s+per\\s?cent)?(?![\\p{L}\\p{N}])");

    private Values() {
    }

    /** The values of text[from, to) in order of their place in the text. */
    public static List<Value> in(String text, int from, int to) {
        List<Value> values = new ArrayList<>();
        Matcher matcher = VALUE.matcher(text).region(from, to);
        while (matcher.find()) {
            value(matcher).ifPresentOrElse(values::add, () -> { });
        }
        return values;
    }

    public static List<Value> in(String text) {
        return in(text, 0, text.length());
    }

    private static java.util.Optional<Value> value(Matcher m) {
        String qualifierWords = m.group("qualifier");
        double[] first;
        double[] second = null;
        if (m.group("from") != null) {
            first = amount(m.group("from"));
            second = amount(m.group("to"));
        } else {
            first = amount(m.group("amount"));
            if (m.group("upto") != null) {
                second = amount(m.group("upto"));
            }
        }
        if (first == null || (m.group("amount") != null && isArticleOnly(m.group("amount")))) {
            return java.util.Optional.empty();
        }
        TextSpan span = new TextSpan(m.start(), m.end());
        String text = m.group();
        if (second != null && second[0] >= first[0]) {
            return java.util.Optional.of(new Value(span, text, first[0], first[1], second[2], Qualifier.RANGE));
        }
        boolean vague = first[1] != first[2];
        Qualifier qualifier = qualifierWords == null ? (vague ? Qualifier.VAGUE : Qualifier.EXACT)
                : QUALIFIERS.get(qualifierWords.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        double figure = first[0];
        return java.util.Optional.of(switch (qualifier) {
            case EXACT, VAGUE, RANGE -> new Value(span, text, figure, first[1], first[2], qualifier);
            case ABOUT -> new Value(span, text, figure, Math.min(first[1], figure * 9 / 10), Math.max(first[2], figure * 11 / 10),
                    qualifier);
            case AT_LEAST -> new Value(span, text, figure, first[1], Double.POSITIVE_INFINITY, qualifier);
            case MORE_THAN -> new Value(span, text, figure, nextAbove(first[1]), Double.POSITIVE_INFINITY, qualifier);
            case AT_MOST -> new Value(span, text, figure, 0, first[2], qualifier);
            case LESS_THAN -> new Value(span, text, figure, 0, nextBelow(first[2]), qualifier);
            case ALMOST -> new Value(span, text, figure, Math.floor(figure * 0.85), nextBelow(first[2]), qualifier);
        });
    }

    // "a" alone is a word, not a value; "a dozen" and "a hundred" are.
    private static boolean isArticleOnly(String amount) {
        return amount.strip().equalsIgnoreCase("a");
    }

    private static double nextAbove(double figure) {
        return figure == Math.rint(figure) ? figure + 1 : Math.nextUp(figure);
    }

    private static double nextBelow(double figure) {
        return figure == Math.rint(figure) ? figure - 1 : Math.nextDown(figure);
    }

    /** {figure, low, high} of an amount as written, or null when the words are no number. */
    private static double[] amount(String written) {
        String words = written.toLowerCase(Locale.ROOT).strip().replaceAll("[\\s-]+", " ");
        double[] vague = vague(words);
        if (vague != null) {
            return vague;
        }
        if (Character.isDigit(words.charAt(0))) {
            String[] parts = words.split(" ");
            double figure = Double.parseDouble(parts[0].replace(",", ""));
            if (parts.length > 1) {
                figure *= SCALES.get(parts[1]);
            }
            return new double[] {figure, figure, figure};
        }
        Double figure = spelledOut(words);
        return figure == null ? null : new double[] {figure, figure, figure};
    }

    private static double[] vague(String words) {
        return switch (words) {
            case "dozens" -> new double[] {24, 24, 99};
            case "scores" -> new double[] {40, 40, 99};
            case "hundreds" -> new double[] {200, 200, 999};
            case "thousands" -> new double[] {2_000, 2_000, 9_999};
            case "millions" -> new double[] {2_000_000, 2_000_000, 999_999_999};
            case "tens of thousands" -> new double[] {20_000, 20_000, 99_999};
            case "hundreds of thousands" -> new double[] {200_000, 200_000, 999_999};
            default -> {
                if (words.startsWith("a few ") || words.startsWith("several ")) {
                    int scale = words.endsWith("dozen") ? 12 : SCALES.get(words.substring(words.lastIndexOf(' ') + 1));
                    yield new double[] {3.0 * scale, 2.0 * scale, 9.0 * scale};
                }
                yield null;
            }
        };
    }

    /** "two hundred and fifty" 250, "twenty five" 25, "a thousand" 1000; null for words that are no number. */
    private static Double spelledOut(String words) {
        double total = 0;
        double current = 0;
        boolean any = false;
        String rest = words.replace("half a dozen", "halfdozen").replace("a dozen", "dozen");
        for (String word : rest.split(" ")) {
            if (word.equals("and")) {
                continue;
            }
            if (word.equals("halfdozen")) {
                current += 6;
            } else if (word.equals("a")) {
                current += 1;
            } else if (UNITS.containsKey(word)) {
                current += UNITS.get(word);
            } else if (SCALES.containsKey(word)) {
                current = Math.max(current, 1) * SCALES.get(word);
                if (SCALES.get(word) >= 1_000) {
                    total += current;
                    current = 0;
                }
            } else {
                return null;
            }
            any = any || !word.equals("a");
        }
        return any ? total + current : null;
    }
}
