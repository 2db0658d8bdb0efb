package org.corroborate.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.TextSpan;

/**
 * Splits a sentence into the clauses that each make one claim: at a semicolon, at a comma before a
 * conjunction ("…, and", "…, but", "…, while"), and at a bare "and" when both sides state a figure
 * ("killed 60 soldiers and wounded 20"), since a sentence that reports two figures holds two claims.
 */
public final class Clauses {
    private static final Pattern STRONG = Pattern.compile("\\s*;\\s*|,\\s+(?=(?:and|but|while|whereas|although)\\s)");
    private static final Pattern AND = Pattern.compile("\\s+(?=and\\s)");
    private static final int MIN_WORDS = 3;

    private Clauses() {
    }

    /** The clauses of text[sentence], in order; the sentence itself when it has only one. */
    public static List<TextSpan> of(String text, TextSpan sentence) {
        List<TextSpan> clauses = new ArrayList<>();
        for (TextSpan part : split(text, sentence, STRONG, false)) {
            clauses.addAll(split(text, part, AND, true));
        }
        return clauses;
    }

    private static List<TextSpan> split(String text, TextSpan span, Pattern at, boolean onlyBetweenFigures) {
        List<TextSpan> parts = new ArrayList<>();
        Matcher matcher = at.matcher(text).region(span.start(), span.end());
        int start = span.start();
        while (matcher.find()) {
            TextSpan left = new TextSpan(start, Math.max(start + 1, matcher.start()));
            if (matcher.end() >= span.end() || words(text, left) < MIN_WORDS
                    || words(text, new TextSpan(matcher.end(), span.end())) < MIN_WORDS) {
                continue;
            }
            if (onlyBetweenFigures && (Values.in(text, left.start(), left.end()).isEmpty()
                    || Values.in(text, matcher.end(), span.end()).isEmpty())) {
                continue;
            }
            parts.add(left);
            start = matcher.end();
        }
        parts.add(new TextSpan(start, span.end()));
        return parts;
    }

    private static int words(String text, TextSpan span) {
        return (int) Words.tokens(text, span.start(), span.end()).stream().filter(t -> t.kind() != Token.Kind.NUMBER)
                .count();
    }
}
