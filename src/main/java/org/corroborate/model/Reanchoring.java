package org.corroborate.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.corroborate.text.ApproximateSearch;

/**
 * Finds a claim's span again in a text, as Hypothesis re-anchors an annotation from its
 * TextQuoteSelector: first by position, then by exact quote, then by approximate quote.
 *
 * <h2>Scoring</h2>
 * Every place the quote might now be is scored from 0 to 1 as a weighted sum:
 * <ul>
 *   <li>0.5 × quote similarity (1 − edits / quote length): the words are the claim, so they carry
 *       half the evidence;</li>
 *   <li>0.2 × prefix agreement and 0.2 × suffix agreement: the 32 chars either side tell which of
 *       several occurrences is meant and whether the passage around it is still the same one; the
 *       two sides weigh the same because an edit is as likely on either;</li>
 *   <li>0.1 × proximity to the old position (1 at the same offset, ½ about a paragraph away): edits
 *       are local, so nearer is likelier, but it only breaks ties; at 0.1 it can never outweigh one
 *       side of context, so a repeated quote goes where its context matches, however far.</li>
 * </ul>
 * A context's agreement is its Levenshtein similarity to the text now beside the place, rescaled
 * so that the similarity unrelated English text reaches by chance (about 0.25 for 32 chars; the
 * median is 0.13) counts as nothing. Otherwise unrelated context would lend every place a few
 * points and push weak matches over the threshold.
 *
 * <h2>Acceptance</h2>
 * A place is taken only if it scores at least {@value #ACCEPTANCE_THRESHOLD}, which asks for the
 * words and context together:
 * <ul>
 *   <li>the exact words at the old position with unrelated context on both sides score 0.6, below
 *       the bar: a short quote ("60", "the ministry said") says little on its own;</li>
 *   <li>with one side of context intact and the other gone, the words must be at least 80% the same
 *       and nearby (0.4 + 0.2 + 0.1). A place that matches on one side only and needs many edits is
 *       typically a match cut short, where the quote grew past the error budget ("near the village
 *       of Odnorobovka"), and would pin the claim to half a phrase;</li>
 *   <li>a look-alike sentence in unrelated context scores about 0.5, so a claim whose passage has
 *       gone is orphaned rather than moved to it: an orphan is listed for review, while a wrong
 *       anchor is silently wrong.</li>
 * </ul>
 * The one exception is a quote at least {@value #DISTINCTIVE_QUOTE_LENGTH} chars long found word
 * for word exactly once: so long a quote is as much evidence as a full context, and is taken
 * whatever now surrounds it.
 */
public final class Reanchoring {
    static final double QUOTE_WEIGHT = 0.5;
    static final double PREFIX_WEIGHT = 0.2;
    static final double SUFFIX_WEIGHT = 0.2;
    static final double PROXIMITY_WEIGHT = 0.1;
    static final double ACCEPTANCE_THRESHOLD = 0.7;

    /** An approximate occurrence may differ from the quote by up to a quarter of its length. */
    static final double MAX_ERROR_RATE = 0.25;

    /** The Levenshtein similarity two unrelated 32-char stretches of English reach by chance (95th centile). */
    static final double CHANCE_SIMILARITY = 0.25;

    /** The distance from the old position at which proximity is worth half: about a paragraph. */
    static final double PROXIMITY_HALF_DISTANCE = 500;

    /**
     * Agreement given to a context that was empty (the quote began or ended the text) at a place
     * that is no longer at the text's edge: text was added there, which neither confirms nor refutes it.
     */
    static final double EDGE_CONTEXT_AGREEMENT = 0.5;

    static final int DISTINCTIVE_QUOTE_LENGTH = TextQuote.CONTEXT_LENGTH;

    private Reanchoring() {
    }

    /** A place the quote might be, with its score. */
    private record Candidate(int start, int end, double score) {
    }

    /** Finds where the anchor's quote now is in {@code text}. Pure: the same input gives the same answer. */
    public static Relocation relocate(String text, Anchor anchor) {
        // The fast path needs the context too: the same words at the same offset in a changed
        // passage ("60" of "killed 60 soldiers" where "about 60 percent" now stands) are not the claim.
        if (anchor.fits(text) && contextFits(text, anchor)) {
            return Relocation.unchanged(anchor);
        }
        String quote = anchor.exact();
        List<Candidate> exact = exactCandidates(text, anchor);
        Optional<Candidate> bestExact = best(exact);
        if (bestExact.isPresent()) {
            boolean distinctive = exact.size() == 1 && quote.length() >= DISTINCTIVE_QUOTE_LENGTH;
            if (distinctive || bestExact.get().score() >= ACCEPTANCE_THRESHOLD) {
                Relocation.Outcome outcome = bestExact.get().start() == anchor.start()
                        ? Relocation.Outcome.UNCHANGED : Relocation.Outcome.MOVED;
                return found(outcome, text, bestExact.get());
            }
        }
        Optional<Candidate> bestApproximate = bestApproximateCandidate(text, anchor);
        if (bestApproximate.isPresent() && bestApproximate.get().score() >= ACCEPTANCE_THRESHOLD) {
            Candidate chosen = bestApproximate.get();
            boolean sameWords = text.regionMatches(chosen.start(), quote, 0, quote.length())
                    && chosen.end() - chosen.start() == quote.length();
            return found(sameWords ? Relocation.Outcome.MOVED : Relocation.Outcome.APPROXIMATE, text, chosen);
        }
        double bestRejected = Math.max(bestExact.map(Candidate::score).orElse(0.0),
                bestApproximate.map(Candidate::score).orElse(0.0));
        return Relocation.orphaned(bestRejected);
    }

    /**
     * Re-anchors every claim of one article against its text. Unchanged claims come back as the same
     * instance; moved and approximate ones with their new anchor; orphans marked as such. A claim
     * that was orphaned and is found again is restored, even at its old position.
     */
    public static ArticleReanchoring reanchorAll(String text, List<Claim> claims, Instant now) {
        List<ClaimRelocation> results = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            results.add(reanchor(text, claim, now));
        }
        return new ArticleReanchoring(results);
    }

    /**
     * Re-anchors one claim against its article's text, as {@link #reanchorAll} does each: an opened
     * project and an import place claims the same way. A claim given a new anchor, or restored, is
     * modified at {@code now}.
     */
    public static ClaimRelocation reanchor(String text, Claim claim, Instant now) {
        Relocation relocation = relocate(text, claim.anchor());
        return new ClaimRelocation(claim, updated(claim, relocation, now), relocation);
    }

    private static boolean contextFits(String text, Anchor anchor) {
        String prefix = anchor.quote().prefix();
        String suffix = anchor.quote().suffix();
        return anchor.start() >= prefix.length()
                && text.regionMatches(anchor.start() - prefix.length(), prefix, 0, prefix.length())
                && text.regionMatches(anchor.end(), suffix, 0, suffix.length());
    }

    private static Claim updated(Claim claim, Relocation relocation, Instant now) {
        Anchor kept = relocation.anchor().orElse(claim.anchor());
        return switch (relocation.outcome()) {
            // Unchanged in place, though the context around it may have been refreshed.
            case UNCHANGED -> claim.orphaned() || !kept.equals(claim.anchor()) ? claim.withAnchor(kept, now) : claim;
            case MOVED, APPROXIMATE -> claim.withAnchor(relocation.anchor().orElseThrow(), now);
            case ORPHANED -> claim.orphaned() ? claim : claim.asOrphaned();
        };
    }

    private static Relocation found(Relocation.Outcome outcome, String text, Candidate candidate) {
        Anchor anchor = Anchor.capture(text, candidate.start(), candidate.end());
        return new Relocation(outcome, Optional.of(anchor), candidate.score());
    }

    private static List<Candidate> exactCandidates(String text, Anchor anchor) {
        String quote = anchor.exact();
        List<Candidate> candidates = new ArrayList<>();
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            int end = at + quote.length();
            if (!insideChar(text, at) && !insideChar(text, end)) {
                candidates.add(new Candidate(at, end, score(text, anchor, at, end, 0)));
            }
        }
        return candidates;
    }

    /**
     * Scores the approximate occurrences, best-looking first, and stops once even perfect context
     * and position could not lift the next one above the best so far.
     */
    private static Optional<Candidate> bestApproximateCandidate(String text, Anchor anchor) {
        String quote = anchor.exact();
        int maxErrors = (int) Math.floor(quote.length() * MAX_ERROR_RATE);
        if (maxErrors == 0) {
            return Optional.empty();
        }
        List<ApproximateSearch.MatchEnd> ends = new ArrayList<>(ApproximateSearch.matchEnds(text, quote, maxErrors));
        ends.sort(Comparator.comparingInt(ApproximateSearch.MatchEnd::errors));
        Candidate best = null;
        for (ApproximateSearch.MatchEnd matchEnd : ends) {
            double ceiling = QUOTE_WEIGHT * similarity(matchEnd.errors(), quote.length())
                    + PREFIX_WEIGHT + SUFFIX_WEIGHT + PROXIMITY_WEIGHT;
            if (best != null && ceiling <= best.score()) {
                break;
            }
            for (ApproximateSearch.Match match : ApproximateSearch.alignmentsEndingAt(text, quote, matchEnd.end(), maxErrors)) {
                Optional<Candidate> candidate = approximateCandidate(text, anchor, match);
                if (candidate.isPresent() && (best == null || candidate.get().score() > best.score())) {
                    best = candidate.get();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The match, scored; empty when it would cut a surrogate pair. Such a match has an equally good
     * neighbour that does not (taking in or leaving out the pair's other half swaps a deletion for a
     * substitution), which the search offers too.
     */
    private static Optional<Candidate> approximateCandidate(String text, Anchor anchor, ApproximateSearch.Match match) {
        if (insideChar(text, match.start()) || insideChar(text, match.end())) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(match.start(), match.end(),
                score(text, anchor, match.start(), match.end(), match.errors())));
    }

    private static Optional<Candidate> best(List<Candidate> candidates) {
        return candidates.stream().max(Comparator.comparingDouble(Candidate::score));
    }

    private static double score(String text, Anchor anchor, int start, int end, int quoteErrors) {
        TextQuote quote = anchor.quote();
        String prefixNow = text.substring(Math.max(0, start - quote.prefix().length()), start);
        String suffixNow = text.substring(end, Math.min(text.length(), end + quote.suffix().length()));
        double proximity = 1 / (1 + Math.abs(start - anchor.start()) / PROXIMITY_HALF_DISTANCE);
        double score = QUOTE_WEIGHT * similarity(quoteErrors, quote.exact().length())
                + PREFIX_WEIGHT * contextAgreement(quote.prefix(), prefixNow, start == 0)
                + SUFFIX_WEIGHT * contextAgreement(quote.suffix(), suffixNow, end == text.length())
                + PROXIMITY_WEIGHT * proximity;
        return Math.min(1, score); // the weights sum to 1, give or take a rounding error
    }

    /**
     * How far the context now beside a place agrees with the stored one, from 0 (no more than chance)
     * to 1 (the same). An empty stored context means the quote was at the edge of the text.
     */
    private static double contextAgreement(String stored, String now, boolean atTextEdge) {
        if (stored.isEmpty()) {
            return atTextEdge ? 1 : EDGE_CONTEXT_AGREEMENT;
        }
        int longer = Math.max(stored.length(), now.length());
        double similarity = similarity(ApproximateSearch.distance(stored, now), longer);
        return Math.max(0, (similarity - CHANCE_SIMILARITY) / (1 - CHANCE_SIMILARITY));
    }

    private static double similarity(int errors, int length) {
        return Math.max(0, 1 - (double) errors / length);
    }

    /** True when a span boundary at {@code offset} would fall inside a char, as {@link TextSpan#requireValidIn} forbids. */
    private static boolean insideChar(String text, int offset) {
        return offset < text.length() && Character.isLowSurrogate(text.charAt(offset));
    }

}
