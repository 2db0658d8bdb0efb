package org.corroborate.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.analysis.Conflict.Kind;
import org.corroborate.analysis.Value.Qualifier;
import org.corroborate.model.Article;

/**
 * Among matched spans, finds the values that differ for the same slot and says how: figures that
 * cannot both be true, figures that agree within their stated precision but are stated differently,
 * figures for a different time or subset, one figure attributed on one side and stated as fact on
 * the other, and a name spelled two ways.
 */
public final class ValueConflicts {
    private static final Pattern COMPOUND_AFTER = Pattern.compile("-\\p{L}");
    // A hedged figure this close to a plain one is the same report, rounded or qualified.
    private static final double HEDGE_SHARE = 0.15;
    private static final double HEDGE_MIN = 2;
    // A match scoring below this often pairs two sentences of one event that report different facts of
    // it; such a match can only give a conflict where both figures count the same event word ("killed",
    // "injured"). Measured on the development corpus (ConflictBenchmark, docs/benchmarks.md): conflicts of
    // matches at 0.2 or more were right 0.92 of the time, below it 0.78.
    static final double SOLID_MATCH = 0.2;

    private ValueConflicts() {
    }

    public static List<Conflict> of(List<Article> articles, List<Match> matches, List<Variant> variants) {
        Map<Integer, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Map<String, Conflict> found = new LinkedHashMap<>();
        Map<ArticleSpan, List<Slotted>> slottedValues = new HashMap<>();
        SpanContext context = new SpanContext(byId);
        WordConflicts words = new WordConflicts();
        for (Match match : matches) {
            String textA = byId.get(match.a().articleId()).text();
            String textB = byId.get(match.b().articleId()).text();
            boolean solid = match.score() >= SOLID_MATCH;
            List<Conflict> ofMatch = new ArrayList<>(valueConflicts(match,
                    slotted(textA, match.a(), slottedValues), slotted(textB, match.b(), slottedValues), solid, context,
                    words));
            if (solid) {
                ofMatch.addAll(spellings(match, variants));
            }
            ofMatch.addAll(words.of(match, solid));
            for (Conflict conflict : ofMatch) {
                found.putIfAbsent(conflict.a() + "|" + conflict.b() + "|" + conflict.valueA() + "|" + conflict.valueB(),
                        conflict);
            }
        }
        return List.copyOf(found.values());
    }

    /** A value of a span with its slot there. */
    private record Slotted(Value value, Slots.Slot slot) {
    }

    /**
     * Each value of one span against its closest counterpart for the same slot in the other; for a
     * match that is not solid, only counterparts that count the same event.
     */
    private static List<Conflict> valueConflicts(Match match, List<Slotted> valuesA, List<Slotted> valuesB,
            boolean solid, SpanContext context, WordConflicts words) {
        List<Conflict> conflicts = new ArrayList<>();
        for (Slotted a : valuesA) {
            Slotted closest = null;
            for (Slotted b : valuesB) {
                if (a.slot().known() && b.slot().known() && Slots.same(a.slot(), b.slot())
                        && (solid || sameEvent(a.slot(), b.slot()))
                        && (closest == null || closer(a.value(), a.slot(), b.value(), b.slot(), closest.value(),
                                closest.slot()))) {
                    closest = b;
                }
            }
            if (closest != null) {
                judge(match, a.value(), a.slot(), closest.value(), closest.slot(), context, words).ifPresent(conflicts::add);
            }
        }
        return conflicts;
    }

    // A span takes part in many matches: its values and slots are found once.
    private static List<Slotted> slotted(String text, ArticleSpan span, Map<ArticleSpan, List<Slotted>> cache) {
        return cache.computeIfAbsent(span, s -> comparable(text, s).stream()
                .map(v -> new Slotted(v, Slots.of(text, s.start(), s.end(), v))).toList());
    }

    private static boolean sameEvent(Slots.Slot slotA, Slots.Slot slotB) {
        return slotA.event() != null && slotA.event().equals(slotB.event());
    }

    private static boolean closer(Value va, Slots.Slot slotA, Value vb, Slots.Slot slotB, Value best,
            Slots.Slot bestSlot) {
        boolean sameThing = Objects.equals(slotA.thing(), slotB.thing());
        boolean bestSameThing = Objects.equals(slotA.thing(), bestSlot.thing());
        if (sameThing != bestSameThing) {
            return sameThing;
        }
        return Math.abs(va.figure() - vb.figure()) < Math.abs(va.figure() - best.figure());
    }

    // "one" is more often a pronoun than a count ("one of the drones", "no one"), and "five-story"
    // describes a thing rather than counting it.
    private static List<Value> comparable(String text, ArticleSpan span) {
        return Values.in(text, span.start(), span.end()).stream()
                .filter(v -> !v.text().strip().equalsIgnoreCase("one"))
                .filter(v -> !COMPOUND_AFTER.matcher(text).region(v.span().end(), span.end()).lookingAt())
                .toList();
    }

    private static Optional<Conflict> judge(Match match, Value va, Slots.Slot slotA, Value vb,
            Slots.Slot slotB, SpanContext context, WordConflicts words) {
        String what = slotA.label();
        boolean sameStatement = va.figure() == vb.figure() && va.low() == vb.low() && va.high() == vb.high();
        if (slotA.thing() != null && slotB.thing() != null && !slotA.thing().equals(slotB.thing())) {
            return sameStatement ? Optional.empty() : conflict(match, Kind.SCOPE, va, vb, "counts of"
                    + " different things: " + slotA.label() + " and " + slotB.label());
        }
        if (sameStatement) {
            return attribution(match, va, what, context);
        }
        Set<String> timesA = words.timesOf(match.a());
        Set<String> timesB = words.timesOf(match.b());
        if (!timesA.isEmpty() && !timesB.isEmpty() && !timesA.equals(timesB)) {
            return conflict(match, Kind.SCOPE, va, vb, quote(va) + " and " + quote(vb) + " " + what
                    + " are reported for different times: " + String.join(", ", timesA) + " and "
                    + String.join(", ", timesB));
        }
        if (va.compatibleWith(vb) || closeWithinHedge(va, vb)) {
            return conflict(match, Kind.PRECISION, va, vb, quote(va) + " and " + quote(vb) + " " + what
                    + " agree within what the words allow, but are stated with different precision");
        }
        return conflict(match, Kind.CONTRADICTION, va, vb, quote(va) + " and " + quote(vb) + " " + what
                + " cannot both be true");
    }

    /**
     * One figure, told differently as to who says it: by two named claimants, hedged ("claimed",
     * "reportedly") in one article and not in the other, or attributed in one and stated as fact in
     * the other. The values are the attributions as written.
     */
    private static Optional<Conflict> attribution(Match match, Value value, String what, SpanContext context) {
        Claimants.Attribution a = context.attributionOf(match.a());
        Claimants.Attribution b = context.attributionOf(match.b());
        String figure = quote(value) + " " + what;
        String explanation;
        if (Claimants.differ(a, b)) {
            explanation = figure + " is given by " + a.claimant().orElseThrow() + " in one article and by "
                    + b.claimant().orElseThrow() + " in the other";
        } else if (a.hedge().isPresent() != b.hedge().isPresent()) {
            Claimants.Attribution hedged = a.hedge().isPresent() ? a : b;
            explanation = figure + " is hedged (“" + hedged.hedge().orElseThrow() + "”) in one article and not in"
                    + " the other";
        } else if (a.attributed() != b.attributed()) {
            Claimants.Attribution attributed = a.attributed() ? a : b;
            explanation = figure + " is attributed (“" + attributed.shown() + "”) in one article and stated as fact"
                    + " in the other";
        } else {
            return Optional.empty();
        }
        return Optional.of(new Conflict(match.a(), match.b(), Kind.ATTRIBUTION, a.shown(), b.shown(), explanation));
    }

    private static boolean closeWithinHedge(Value va, Value vb) {
        boolean hedged = va.qualifier() != Qualifier.EXACT || vb.qualifier() != Qualifier.EXACT;
        double apart = Math.abs(va.figure() - vb.figure());
        return hedged && apart <= Math.max(HEDGE_MIN, HEDGE_SHARE * Math.max(va.figure(), vb.figure()));
    }

    /** The name variants whose forms differ between the two spans. */
    private static List<Conflict> spellings(Match match, List<Variant> variants) {
        List<Conflict> conflicts = new ArrayList<>();
        for (Variant variant : variants) {
            String inA = formWithin(variant, match.a());
            String inB = formWithin(variant, match.b());
            if (inA != null && inB != null && !NameVariants.sameWriting(inA, inB)) {
                conflicts.add(new Conflict(match.a(), match.b(), Kind.SPELLING, inA, inB, "“" + inA + "” and “" + inB
                        + "” are one name written two ways"));
            }
        }
        return conflicts;
    }

    private static String formWithin(Variant variant, ArticleSpan span) {
        for (ArticleSpan occurrence : variant.spans()) {
            if (occurrence.articleId() == span.articleId() && occurrence.start() >= span.start()
                    && occurrence.end() <= span.end()) {
                return occurrence.text();
            }
        }
        return null;
    }

    private static Optional<Conflict> conflict(Match match, Kind kind, Value va, Value vb,
            String explanation) {
        return Optional.of(new Conflict(match.a(), match.b(), kind, va.text(), vb.text(), explanation));
    }

    private static String quote(Value value) {
        return "“" + value.text() + "”";
    }
}
