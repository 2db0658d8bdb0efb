package org.corroborate.analysis;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A name reduced to a key that the common ways of writing it share: Cyrillic goes to Latin by the
 * BGN system, then the choices that differ between systems and outlets are folded (ё as yo or e, ю
 * as yu, iu or ju, й as y, i or j, х as kh or h, щ as shch or sch, the -iy/-yy/-ii endings, doubled
 * letters, British and American spellings, case, hyphens). Two names are variants when their keys
 * are equal; a long key may also differ from the other by one vowel (Kharkiv/Kharkov), a short one
 * never, so that different places with similar names stay apart.
 */
public final class NameKeys {
    /** Keys shorter than this must be equal; a vowel apart is too little to tell short names apart. */
    static final int FUZZY_MIN_LENGTH = 6;

    private static final Pattern UKRAINIAN_LETTERS = Pattern.compile("[іїєґІЇЄҐ]");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    // Each pair is a pattern and what it becomes, applied in order; later rules see earlier results.
    private static final List<Fold> FOLDS = List.of(
            new Fold("shch|sch", "sh"),
            new Fold("kh", "h"),
            new Fold("tz", "ts"),
            new Fold("(?<=[^aeiouy])[yj]o", "e"), // Tyotkino, Tjotkino: ё after a consonant
            new Fold("^ye|(?<=[aeiou])ye", "e"), // Yevgeny, Andreyev: е at the start or after a vowel
            new Fold("ie|yi", "i"), // Kiev, Kyiv: Russian е and Ukrainian ї
            new Fold("(?<=.)j", "y"), // й and я, ю after the first letter: Sergej, Majkop, Jurij
            new Fold("y", "i"),
            new Fold("ence$", "ense"), // British and American: Defence, Defense
            new Fold("our$", "or"),
            new Fold("tre$", "ter"),
            new Fold("isation$", "ization"),
            new Fold("ise$", "ize"),
            new Fold("ogue$", "og"),
            new Fold("(.)\\1+", "$1"));

    private record Fold(Pattern pattern, String replacement) {
        Fold(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }

        String apply(String key) {
            return pattern.matcher(key).replaceAll(replacement);
        }
    }

    private static Transliterator russian;
    private static Transliterator ukrainian;

    private NameKeys() {
    }

    /** The key of one word of a name: "Tyotkino", "Tetkino" and "Тёткино" all give "tetkino". */
    public static String key(String word) {
        String latin = Words.fold(toLatin(word));
        String key = NOT_LETTER_OR_DIGIT.matcher(latin).replaceAll("");
        for (Fold fold : FOLDS) {
            key = fold.apply(key);
        }
        return key;
    }

    /** True when the two words are written forms of one name. */
    public static boolean sameName(String first, String second) {
        return similarKeys(key(first), key(second));
    }

    static boolean similarKeys(String first, String second) {
        if (first.equals(second)) {
            return true;
        }
        if (first.length() != second.length() || first.length() < FUZZY_MIN_LENGTH) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < first.length(); i++) {
            char a = first.charAt(i);
            char b = second.charAt(i);
            if (a != b) {
                // The first letter and every consonant carry the name; only one inner vowel may drift.
                if (i == 0 || !isVowel(a) || !isVowel(b) || ++differences > 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static String toLatin(String word) {
        if (!CYRILLIC.matcher(word).find()) {
            return word;
        }
        return transliterate(word, UKRAINIAN_LETTERS.matcher(word).find());
    }

    // Building a transliterator takes tens of milliseconds, so one of each serves every call; the lock
    // keeps a shared instance to one thread at a time.
    private static synchronized String transliterate(String word, boolean isUkrainian) {
        if (isUkrainian) {
            if (ukrainian == null) {
                ukrainian = Transliterator.getInstance("Ukrainian-Latin/BGN; Latin-ASCII");
            }
            return ukrainian.transliterate(word);
        }
        if (russian == null) {
            russian = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
        }
        return russian.transliterate(word);
    }
}
