package org.corroborate.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Article;
import org.corroborate.model.TextSpan;

/**
 * Groups the names of a set that are written differently: one word whose keys agree ("Tyotkino",
 * "Tetkino", "Тёткино"; "Il-76", "IL-76"; "Defence", "defense"), and names of several words that
 * drift only by their small words ("Freedom of Russia Legion", "Freedom for Russia Legion"). A word
 * counts as a name when it is capitalised inside a sentence or mixes letters and digits; once a
 * name is known, its other occurrences count too, at a sentence's start or in lower case.
 */
public final class NameVariants {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    private static final String CONNECTOR = "of|for|the|de|del|da|du|des|von|van|al";
    private static final String CAPITALISED = "\\p{Lu}[\\p{L}\\p{M}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*";
    private static final Pattern PHRASE = Pattern.compile("(?<![\\p{L}\\p{N}])" + CAPITALISED + "(?:\\s+(?:(?:"
            + CONNECTOR + ")\\s+)*" + CAPITALISED + ")+(?![\\p{L}\\p{N}])");
    private static final Pattern CONNECTORS = Pattern.compile("(?<=\\s)(?:" + CONNECTOR + ")(?=\\s)");
    private static final Pattern OPENER_AND_CONNECTORS = Pattern.compile("^\\S+\\s+(?:(?:" + CONNECTOR
            + ")\\s+)+");
    private static final Set<String> LEADING = Set.of("the", "a", "an");
    private static final int MIN_WORD_LENGTH = 3;

    /** One place a word or a phrase stands, with its key and whether it shows itself a name there. */
    private record Occurrence(int article, TextSpan span, String form, String key, boolean showsName) {
    }

    private NameVariants() {
    }

    public static List<Variant> of(List<Article> articles) {
        Map<String, String> keys = new HashMap<>();
        List<Occurrence> words = new ArrayList<>();
        List<Occurrence> phrases = new ArrayList<>();
        for (Article article : articles) {
            for (TextSpan sentence : Sentences.of(article.text())) {
                wordsOf(article, sentence, keys, words);
                phrasesOf(article, sentence, phrases);
            }
        }
        List<Variant> variants = new ArrayList<>(wordVariants(words));
        variants.addAll(phraseVariants(phrases));
        variants.sort(Comparator.comparingInt((Variant v) -> -v.spans().size()).thenComparing(v -> v.forms().get(0)));
        return variants;
    }

    private static void wordsOf(Article article, TextSpan sentence, Map<String, String> keys,
            List<Occurrence> into) {
        String text = article.text();
        Matcher matcher = WORD.matcher(text).region(sentence.start(), sentence.end());
        boolean first = true;
        while (matcher.find()) {
            String form = POSSESSIVE.matcher(matcher.group()).replaceFirst("");
            boolean opensSentence = first;
            first = false;
            boolean hasDigit = form.chars().anyMatch(Character::isDigit);
            boolean hasLetter = form.chars().anyMatch(Character::isLetter);
            String folded = Words.fold(form);
            if (!hasLetter || (!hasDigit && (folded.length() < MIN_WORD_LENGTH || Words.STOP.contains(folded)))) {
                continue;
            }
            boolean showsName = hasDigit || Character.isUpperCase(form.charAt(0)) && !opensSentence;
            into.add(new Occurrence(article.id(), new TextSpan(matcher.start(), matcher.start() + form.length()), form,
                    keys.computeIfAbsent(form, NameKeys::key), showsName));
        }
    }

    private static void phrasesOf(Article article, TextSpan sentence, List<Occurrence> into) {
        String text = article.text();
        Matcher matcher = PHRASE.matcher(text).region(sentence.start(), sentence.end());
        while (matcher.find()) {
            String phrase = matcher.group();
            int space = phrase.indexOf(' ');
            String opener = phrase.substring(0, space);
            if (LEADING.contains(opener.toLowerCase(Locale.ROOT))) {
                phrase = phrase.substring(space + 1).stripLeading();
            } else if (matcher.start() == sentence.start() && OPENER_AND_CONNECTORS.matcher(phrase).find()) {
                // "Fighters of the Freedom of Russia Legion": the capital of a sentence's first word names
                // nothing, so the name may begin after it and its small words.
                addPhrase(article, matcher.end(), OPENER_AND_CONNECTORS.matcher(phrase).replaceFirst(""), into);
            }
            addPhrase(article, matcher.end(), phrase, into);
        }
    }

    private static void addPhrase(Article article, int end, String phrase, List<Occurrence> into) {
        if (!CONNECTORS.matcher(phrase).find()) {
            return;
        }
        StringBuilder key = new StringBuilder();
        for (String word : phrase.split("\\s+")) {
            if (!word.matches(CONNECTOR)) {
                key.append(NameKeys.key(word)).append(' ');
            }
        }
        into.add(new Occurrence(article.id(), new TextSpan(end - phrase.length(), end), phrase, key.toString().strip(),
                true));
    }

    /** Words whose keys agree, or differ by a vowel when long, grouped when one of them shows a name. */
    private static List<Variant> wordVariants(List<Occurrence> words) {
        Map<String, String> parent = new HashMap<>();
        Map<String, String> byMasked = new HashMap<>();
        for (Occurrence word : words) {
            if (!word.showsName() || parent.containsKey(word.key())) {
                continue;
            }
            parent.put(word.key(), word.key());
            for (String masked : vowelMasks(word.key())) {
                String other = byMasked.putIfAbsent(masked, word.key());
                if (other != null) {
                    parent.put(root(parent, word.key()), root(parent, other));
                }
            }
        }
        Map<String, List<Occurrence>> groups = new LinkedHashMap<>();
        for (Occurrence word : words) {
            if (parent.containsKey(word.key())) {
                groups.computeIfAbsent(root(parent, word.key()), k -> new ArrayList<>()).add(word);
            }
        }
        return variants(groups.values(), NameVariants::sameWriting);
    }

    /** Phrases with one key whose small words differ: a preposition that drifts between outlets. */
    private static List<Variant> phraseVariants(List<Occurrence> phrases) {
        Map<String, List<Occurrence>> groups = new LinkedHashMap<>();
        phrases.forEach(p -> groups.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p));
        return variants(groups.values(), (x, y) -> connectors(x).equals(connectors(y)));
    }

    private interface SameWriting {
        boolean test(String first, String second);
    }

    private static List<Variant> variants(Iterable<List<Occurrence>> groups, SameWriting sameWriting) {
        List<Variant> variants = new ArrayList<>();
        for (List<Occurrence> group : groups) {
            List<String> forms = new ArrayList<>();
            for (Occurrence occurrence : group) {
                String form = occurrence.form();
                int same = indexOf(forms, f -> sameWriting.test(f, form));
                if (same < 0) {
                    forms.add(form);
                } else if (shouted(forms.get(same)) && !shouted(form)) {
                    forms.set(same, form); // a dateline's "KYIV" shows the name less well than "Kyiv"
                }
            }
            if (forms.size() >= 2) {
                variants.add(new Variant(forms, group.stream().map(NameVariants::span).toList()));
            }
        }
        return variants;
    }

    private static int indexOf(List<String> forms, Predicate<String> test) {
        for (int i = 0; i < forms.size(); i++) {
            if (test.test(forms.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean shouted(String form) {
        return form.equals(form.toUpperCase(Locale.ROOT)) && form.chars().noneMatch(Character::isDigit);
    }

    private static ArticleSpan span(Occurrence occurrence) {
        return new ArticleSpan(occurrence.article(), occurrence.span().start(), occurrence.span().end(),
                occurrence.form());
    }

    // Capitals say nothing of how a name is spelled ("Defence", "defence", "DEFENCE" are one writing),
    // except in a code that mixes letters and digits, where "IL-76" and "Il-76" are two.
    static boolean sameWriting(String first, String second) {
        if (first.chars().anyMatch(Character::isDigit)) {
            return first.length() == second.length() && first.substring(1).equals(second.substring(1))
                    && Character.toLowerCase(first.charAt(0)) == Character.toLowerCase(second.charAt(0));
        }
        return first.equalsIgnoreCase(second);
    }

    private static List<String> connectors(String phrase) {
        List<String> found = new ArrayList<>();
        Matcher matcher = CONNECTORS.matcher(phrase);
        while (matcher.find()) {
            found.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return found;
    }

    /** The key with each inner vowel masked in turn: two long keys a vowel apart share one of these. */
    private static List<String> vowelMasks(String key) {
        List<String> masks = new ArrayList<>();
        if (key.length() < NameKeys.FUZZY_MIN_LENGTH) {
            return masks;
        }
        for (int i = 1; i < key.length(); i++) {
            if ("aeiou".indexOf(key.charAt(i)) >= 0) {
                masks.add(key.substring(0, i) + '*' + key.substring(i + 1));
            }
        }
        return masks;
    }

    private static String root(Map<String, String> parent, String key) {
        String root = key;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }
}
