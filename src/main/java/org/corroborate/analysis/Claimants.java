package org.corroborate.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a sentence says asserts what it reports: "according to X", "citing X", "X said", "said X",
 * "X was quoted as saying", with the hedges ("claimed", "allegedly", "reportedly") that keep the
 * outlet at a distance. A sentence with neither states its content as the outlet's own fact.
 */
public final class Claimants {
    /** How a sentence attributes what it says; {@code claimant} is empty when it names no one. */
    public record Attribution(Optional<String> claimant, String words, Optional<String> hedge) {
        static final Attribution NONE = new Attribution(Optional.empty(), "", Optional.empty());

        /** True when the sentence gives its content to someone, or hedges it. */
        public boolean attributed() {
            return !words.isEmpty() || hedge.isPresent();
        }

        /** The attribution as the faces show it: the words that give it, or that it is stated as fact. */
        public String shown() {
            return !words.isEmpty() ? words : hedge.orElse("stated as fact");
        }
    }

    private static final String NP = "((?<![\\p{L}\\p{N}'’.-])(?:[\\p{L}\\p{N}'’.-]+\\s+){0,7}?[\\p{L}\\p{N}'’.-]+)";
    private static final String SAY = "(?:said|says|say|told|announced|stated|added|claimed|claims|claim|insisted"
            + "|reported|reports|alleged|alleges|wrote|estimated|estimates|confirmed|warned)";
    private static final Pattern ACCORDING_TO = Pattern.compile("(?iu)\\b(according\\s+to|citing)\\s+" + NP
            + "(?=\\s*(?:[,.;:!?()“”\"]|$))");
    private static final Pattern QUOTED = Pattern.compile("(?u)" + NP + "\\s+(?i:was\\s+quoted\\s+as\\s+saying"
            + "|(?:also\\s+|earlier\\s+|later\\s+|previously\\s+|had\\s+|has\\s+|have\\s+)?" + SAY + ")\\b");
    private static final Pattern SAID_AFTER = Pattern.compile("(?u)[,“”\"]\\s*(?i:" + SAY + ")\\s+" + NP
            + "(?=\\s*(?:[,.;:!?()]|$))");
    private static final Pattern HEDGE = Pattern.compile("(?iu)\\b(claimed|claims|claiming|allegedly|alleged"
            + "|reportedly|purportedly|apparently|unverified|unconfirmed|not\\s+(?:yet\\s+)?been\\s+verified"
            + "|was\\s+thought|is\\s+thought|believed\\s+to)\\b");
    private static final Set<String> LEADING = Set.of("and", "but", "however", "while", "as", "that", "where", "when",
            "which", "who", "after", "before", "because", "although", "though", "so", "then", "also", "had",
            "has", "have", "earlier", "later", "previously", "meanwhile", "separately", "in", "on", "a");
    private static final Set<String> TRAILING = Set.of("also", "earlier", "later", "previously", "had", "has",
            "have", "then", "further", "again");
    // Words that say someone spoke without naming whom: such a claimant cannot differ from another.
    private static final Set<String> UNNAMED = Set.of("it", "he", "she", "they", "we", "i", "you", "who",
            "which", "that", "this", "officials", "official", "authorities", "sources", "source", "media", "reports",
            "report", "witnesses", "spokesman", "spokeswoman", "spokesperson", "statement", "people", "one",
            "someone", "others", "experts", "analysts", "residents");
    private static final Set<String> IGNORED_IN_KEY = Set.of("the", "a", "an", "of", "for", "its", "their", "his",
            "her", "and", "s", "country", "country's", "state", "state-run", "news", "agency", "agencies");

    private Claimants() {
    }

    /** How text[from, to), one sentence, attributes what it says. */
    public static Attribution of(String text, int from, int to) {
        String sentence = text.substring(from, to);
        Optional<String> hedge = firstGroup(HEDGE, sentence).map(h -> h.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        Matcher according = ACCORDING_TO.matcher(sentence);
        if (according.find()) {
            return attribution(according.group(2), according.group(), hedge);
        }
        Matcher after = SAID_AFTER.matcher(sentence);
        if (after.find() && startsWithCapital(after.group(1).replaceFirst("^(?i:the)\\s+", ""))) {
            return attribution(after.group(1), after.group().substring(1).strip(), hedge);
        }
        Matcher quoted = QUOTED.matcher(sentence);
        while (quoted.find()) {
            String subject = subject(quoted.group(1));
            if (!subject.isEmpty()) {
                return attribution(subject, subject + quoted.group().substring(quoted.group(1).length()), hedge);
            }
        }
        return hedge.isPresent() ? new Attribution(Optional.empty(), "", hedge) : Attribution.NONE;
    }

    /**
     * True when the two name different claimants for sure: both name someone by a capitalised name,
     * and they share no word. "The ministry" and "Russia's Defence Ministry" are one; "Vilkul" and
     * "Klymenko" two; "the governor" and "Gladkov" are not told apart, since a role may be a name's.
     */
    public static boolean differ(Attribution first, Attribution second) {
        if (first.claimant().isEmpty() || second.claimant().isEmpty()) {
            return false;
        }
        Set<String> a = key(first.claimant().get());
        Set<String> b = key(second.claimant().get());
        if (a.isEmpty() || b.isEmpty() || !named(first.claimant().get()) || !named(second.claimant().get())) {
            return false;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common.isEmpty();
    }

    private static Attribution attribution(String claimant, String words, Optional<String> hedge) {
        String trimmed = withoutFullStop(claimant);
        boolean unnamed = key(trimmed).stream().allMatch(UNNAMED::contains);
        return new Attribution(unnamed ? Optional.empty() : Optional.of(trimmed), withoutFullStop(words), hedge);
    }

    // A full stop after a word of three letters ends the sentence; after "U.S" it is the abbreviation's.
    private static String withoutFullStop(String words) {
        return words.strip().replaceFirst("(?<=\\p{L}{3})\\.$", "");
    }

    /** The noun phrase that ends just before a say-verb, without the clause words before it. */
    private static String subject(String before) {
        List<String> words = new ArrayList<>(Arrays.asList(before.strip().split("\\s+")));
        int cut = 0;
        for (int i = 0; i < words.size(); i++) {
            if (LEADING.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                cut = i + 1;
            }
        }
        List<String> phrase = new ArrayList<>(words.subList(Math.min(cut, words.size()), words.size()));
        while (!phrase.isEmpty() && TRAILING.contains(phrase.get(phrase.size() - 1).toLowerCase(Locale.ROOT))) {
            phrase.remove(phrase.size() - 1);
        }
        // A subject is a short phrase; a longer run is a clause whose verb was not "said".
        return phrase.size() > 6 ? "" : String.join(" ", phrase);
    }

    private static Set<String> key(String claimant) {
        Set<String> key = new HashSet<>();
        for (String word : claimant.split("[^\\p{L}\\p{N}]+")) {
            String folded = Words.fold(word);
            if (!folded.isEmpty() && !IGNORED_IN_KEY.contains(folded)) {
                key.add(folded.endsWith("'s") ? folded.substring(0, folded.length() - 2) : folded);
            }
        }
        return key;
    }

    private static boolean named(String claimant) {
        String[] words = claimant.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (startsWithCapital(words[i]) && !(i == 0 && IGNORED_IN_KEY.contains(words[i].toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithCapital(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    private static Optional<String> firstGroup(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
