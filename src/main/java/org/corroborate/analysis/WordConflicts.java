package org.corroborate.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.analysis.Conflict.Kind;

/**
 * Conflicts that are not figures: a state one span reports and another denies ("rescue operations
 * concluded" against "the rescue operation is continuing", "confirmed" against "denied"), a place
 * given by a direction from another place ("just east of Moscow" against "hundreds of kilometers
 * northeast of Moscow"). Two place names after one verb ("dies in New Zealand", "dies in Mt Cook")
 * are no conflict: on the development corpus such pairs were nearly always one place inside the
 * other, or one place named two ways.
 */
final class WordConflicts {
    /** Two sides of one state: a span with words of one side conflicts with one with words of the other. */
    private record State(String what, Pattern topic, Pattern one, Pattern other) {
    }

    private static final String NOT = "(?<!\\bnot\\s)(?<!\\bnot\\syet\\s)(?<!n't\\s)(?<!\\bnever\\s)";
    private static final List<State> STATES = List.of(
            new State("the operation", words("rescue|search|operations?|evacuation|fighting|battle|blaze|fire|talks"
                    + "|offensive|siege|investigation|probe|manhunt|hunt|strikes?|protests?"),
                    words(NOT + "(?:concluded|ended|completed|finished|called\\s+off|halted|suspended|extinguished"
                            + "|put\\s+out|wound\\s+down)"),
                    words("(?:continuing|continues|continued|ongoing|under\\s+way|underway|resumed|still\\s+going"
                            + "|going\\s+on|raging|in\\s+progress)")),
            new State("the report", words("reports?|claims?|involvement|responsibility|attack|raids?|incursion|deaths?"
                    + "|killing|strike|footage|videos?|authenticity"),
                    words(NOT + "(?:confirmed|confirms|verified|acknowledged|admitted|claimed\\s+responsibility)"),
                    words("(?:denied|denies|deny|rejected|dismissed|unconfirmed|not\\s+(?:yet\\s+)?(?:been\\s+)?"
                            + "(?:confirmed|verified)|could\\s+not\\s+(?:be\\s+)?(?:confirmed|verified))")),
            new State("control of the place", words("villages?|town|city|settlements?|border|control|attacks?"
                    + "|breakthrough|raids?|incursion|offensive"),
                    words(NOT + "(?:took\\s+control|taken\\s+control|(?:full\\s+|in\\s+)control|captured|seized"
                            + "|liberated|taken\\s+over|took\\s+over)"),
                    words("(?:thwarted|repelled|repulsed|rebuffed|pushed\\s+back|foiled|beaten\\s+back|defeated)")));
    private static final Map<String, Integer> BEARINGS = Map.of("north", 0, "northeast", 45, "east", 90,
            "southeast", 135, "south", 180, "southwest", 225, "west", 270, "northwest", 315);
    private static final Pattern DIRECTION = Pattern.compile("(?iu)\\b(?:(?<distance>just|right|immediately|near"
            + "|hundreds\\s+of|dozens\\s+of|tens\\s+of|thousands\\s+of|(?:some|about|around|roughly|nearly|almost"
            + "|over|more\\s+than)?\\s*[0-9][0-9,.]*)\\s+(?:(?<unit>kilometres|kilometers|km|miles|mi)\\s+)?)?"
            + "(?<bearing>north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\\s+of\\s+"
            + "(?<place>\\p{Lu}[\\p{L}'’-]+)");
    private static final Pattern TIME = Pattern.compile("(?iu)\\b(?:(?:on|by|since|until)\\s+(?:monday|tuesday"
            + "|wednesday|thursday|friday|saturday|sunday)|overnight|(?:this|last|on\\s+\\w+)\\s+(?:morning|afternoon"
            + "|evening|night)|yesterday|today|tonight|so\\s+far|as\\s+of\\s+\\w+|earlier|later|initially)\\b");
    private static final double NEAR_KM = 50;
    private static final double FAR_KM = 100;


    private static Pattern words(String alternatives) {
        return Pattern.compile("(?iu)\\b(?:" + alternatives + ")\\b");
    }

    /** What one span says that may conflict, found once however many matches the span is in. */
    private record Said(List<StateSaid> states, List<Direction> directions, Set<String> times) {
    }

    /** For one state: the topic words of the span, and its words of either side, if any. */
    private record StateSaid(Set<String> topics, Optional<String> one, Optional<String> other) {
    }

    private final Map<ArticleSpan, Said> said = new HashMap<>();

    /** The times a span reports for ("on Tuesday", "overnight"), as lower-case words. */
    Set<String> timesOf(ArticleSpan span) {
        return saidIn(span).times();
    }

    /**
     * The conflicts of one match. A match that is not solid often pairs two sentences of one event
     * that report different facts of it, so there only a direction from the same place, or a state of
     * the same named operation ("rescue" in both), may conflict.
     */
    List<Conflict> of(Match match, boolean solid) {
        Said a = saidIn(match.a());
        Said b = saidIn(match.b());
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < STATES.size(); i++) {
            state(match, STATES.get(i), a.states().get(i), b.states().get(i), solid, a.times(), b.times())
                    .ifPresent(conflicts::add);
        }
        direction(match, a.directions(), b.directions()).ifPresent(conflicts::add);
        return conflicts;
    }

    private Said saidIn(ArticleSpan span) {
        return said.computeIfAbsent(span, s -> {
            String text = s.text();
            List<StateSaid> states = STATES.stream().map(state -> {
                Set<String> topics = all(state.topic(), text);
                return topics.isEmpty() ? new StateSaid(topics, Optional.empty(), Optional.empty())
                        : new StateSaid(topics, found(state.one(), text), found(state.other(), text));
            }).toList();
            Set<String> times = new HashSet<>();
            Matcher matcher = TIME.matcher(text);
            while (matcher.find()) {
                times.add(matcher.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            }
            return new Said(states, directions(text), times);
        });
    }

    private static Optional<Conflict> state(Match match, State state, StateSaid a, StateSaid b, boolean solid,
            Set<String> timesA, Set<String> timesB) {
        if (a.topics().isEmpty() || b.topics().isEmpty() || (!solid && Collections.disjoint(a.topics(), b.topics()))) {
            return Optional.empty();
        }
        String inA;
        String inB;
        if (a.one().isPresent() && a.other().isEmpty() && b.other().isPresent() && b.one().isEmpty()) {
            inA = a.one().get();
            inB = b.other().get();
        } else if (a.other().isPresent() && a.one().isEmpty() && b.one().isPresent() && b.other().isEmpty()) {
            inA = a.other().get();
            inB = b.one().get();
        } else {
            return Optional.empty();
        }
        if (!timesA.isEmpty() && !timesB.isEmpty() && !timesA.equals(timesB)) {
            return Optional.of(new Conflict(match.a(), match.b(), Kind.SCOPE, inA, inB, "“" + inA + "” and “" + inB
                    + "” (" + state.what() + ") are reported for different times: " + String.join(", ", timesA)
                    + " and " + String.join(", ", timesB)));
        }
        return Optional.of(new Conflict(match.a(), match.b(), Kind.CONTRADICTION, inA, inB, "“" + inA + "” and “"
                + inB + "” cannot both be true of " + state.what()));
    }

    private record Direction(String written, String place, int bearing, Optional<Boolean> far) {
    }

    private static Optional<Conflict> direction(Match match, List<Direction> inA, List<Direction> inB) {
        for (Direction da : inA) {
            for (Direction db : inB) {
                if (!da.place().equals(db.place())) {
                    continue;
                }
                int apart = Math.abs(da.bearing() - db.bearing()) % 360;
                apart = Math.min(apart, 360 - apart);
                boolean distancesDiffer = da.far().isPresent() && db.far().isPresent()
                        && !da.far().get().equals(db.far().get());
                if (distancesDiffer || apart > 45) {
                    return Optional.of(new Conflict(match.a(), match.b(), Kind.CONTRADICTION, da.written(), db.written(),
                            "“" + da.written() + "” and “" + db.written() + "” cannot both place it"));
                }
                if (apart == 45 || da.far().isPresent() != db.far().isPresent()) {
                    return Optional.of(new Conflict(match.a(), match.b(), Kind.PRECISION, da.written(), db.written(),
                            "“" + da.written() + "” and “" + db.written() + "” may place it alike, but with"
                                    + " different precision"));
                }
            }
        }
        return Optional.empty();
    }

    private static List<Direction> directions(String text) {
        List<Direction> directions = new ArrayList<>();
        Matcher m = DIRECTION.matcher(text);
        while (m.find()) {
            String bearing = m.group("bearing").toLowerCase(Locale.ROOT).replace("-", "");
            directions.add(new Direction(m.group().strip(), Words.fold(m.group("place")), BEARINGS.get(bearing),
                    far(m.group("distance"), m.group("unit"))));
        }
        return directions;
    }

    /** Whether a distance is far (over about 100 km), near (under about 50 km), or not said. */
    private static Optional<Boolean> far(String distance, String unit) {
        if (distance == null) {
            return Optional.empty();
        }
        String words = distance.toLowerCase(Locale.ROOT).strip();
        if (words.matches("just|right|immediately|near")) {
            return Optional.of(false);
        }
        if (words.startsWith("hundreds") || words.startsWith("thousands")) {
            return Optional.of(true);
        }
        Matcher figure = Pattern.compile("[0-9][0-9,]*(?:\\.[0-9]+)?").matcher(words);
        if (figure.find() && unit != null) {
            double km = Double.parseDouble(figure.group().replace(",", ""))
                    * (unit.toLowerCase(Locale.ROOT).startsWith("mi") ? 1.609 : 1);
            return km >= FAR_KM ? Optional.of(true) : km <= NEAR_KM ? Optional.of(false) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new HashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(Words.stem(Words.fold(m.group())));
        }
        return found;
    }

    private static Optional<String> found(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
