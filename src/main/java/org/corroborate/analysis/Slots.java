package org.corroborate.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a value counts: the thing named after it ("60 soldiers", "eight crew") and the event words
 * near it ("killed", "injured"), each folded to one word for its synonyms, so "60 Ukrainian troops
 * killed" and "more than 234 servicemen died" are counts of one slot.
 */
final class Slots {
    /** A value's slot; either part may be unknown (null). */
    record Slot(String thing, String event) {
        boolean known() {
            return thing != null || event != null;
        }

        /** What the slot counts, in words for an explanation. */
        String label() {
            return thing == null ? event : event == null ? thing : thing + " " + event;
        }
    }

    private static final Map<String, String> THINGS = table(
            "soldiers: soldier soldiers troops troop servicemen serviceman fighters fighter personnel",
            "people: people persons person individuals",
            "civilians: civilian civilians residents",
            "crew: crew crewmen crewman", "passengers: passenger passengers",
            "children: child children", "drones: drone drones uavs",
            "missiles: missile missiles rockets rocket", "aircraft: aircraft plane planes jets jet",
            "tanks: tank tanks", "vehicles: vehicle vehicles", "buildings: buildings building houses homes",
            "villages: village villages", "kilometres: km kilometres kilometers kilometre kilometer",
            "miles: mile miles", "percent: percent %");
    private static final Map<String, String> EVENTS = table(
            "killed: killed kill kills killing dead died die dies deaths death fatalities lives toll",
            "injured: injured injuring injures wounded wounding hurt injuries",
            "missing: missing", "captured: captured prisoners prisoner", "evacuated: evacuated",
            "arrested: arrested detained");
    private static final Pattern CLOCK_TIME = Pattern.compile("^\\s*(?:a\\.?m\\b|p\\.?m\\b|:\\d|o'clock|GMT|UTC)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");
    private static final int WORDS_AFTER = 3;
    private static final int EVENT_REACH = 5;

    private Slots() {
    }

    private static Map<String, String> table(String... rows) {
        Map<String, String> table = new HashMap<>();
        for (String row : rows) {
            String[] parts = row.split(":\\s*");
            for (String word : parts[1].split(" ")) {
                table.put(word, parts[0]);
            }
        }
        return table;
    }

    /** The slot of a value inside text[from, to); an unknown slot for clock times and bare years. */
    static Slot of(String text, int from, int to, Value value) {
        if (CLOCK_TIME.matcher(text.substring(value.span().end(), Math.min(to, value.span().end() + 8))).find()) {
            return new Slot(null, null);
        }
        if (value.text().contains("%") || value.text().toLowerCase(Locale.ROOT).contains("cent")) {
            return new Slot("percent", null);
        }
        List<Token> after = Words.tokens(text, value.span().end(), to);
        List<Token> before = Words.tokens(text, from, value.span().start());
        String thing = null;
        String event = null;
        for (int i = 0; i < Math.min(WORDS_AFTER, after.size()) && thing == null; i++) {
            String word = Words.fold(text.substring(after.get(i).start(), after.get(i).end()));
            thing = THINGS.get(word);
            if (event == null) {
                event = EVENTS.get(word);
            }
        }
        if (thing == null && YEAR.matcher(value.text()).matches()) {
            return new Slot(null, null);
        }
        for (int reach = 0; reach < EVENT_REACH && event == null; reach++) {
            event = eventAt(text, after, reach);
            if (event == null) {
                event = eventAt(text, before, before.size() - 1 - reach);
            }
        }
        return new Slot(thing, event);
    }

    private static String eventAt(String text, List<Token> tokens, int index) {
        if (index < 0 || index >= tokens.size()) {
            return null;
        }
        return EVENTS.get(Words.fold(text.substring(tokens.get(index).start(), tokens.get(index).end())));
    }

    /**
     * True when the two slots count one thing: the same event for things that are the same or
     * unnamed on one side, or the same thing when neither names an event.
     */
    static boolean same(Slot first, Slot second) {
        if (first.event() != null && second.event() != null) {
            return first.event().equals(second.event());
        }
        if (first.thing() == null || second.thing() == null) {
            return false;
        }
        return first.thing().equals(second.thing());
    }
}
