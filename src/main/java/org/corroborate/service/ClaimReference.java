package org.corroborate.service;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.corroborate.model.Annotations;
import org.corroborate.model.Claim;

/**
 * Finds the claim a person means by its id or by the start of it, as people copy the short form
 * that lists show. A prefix must be long enough to be worth typing and must fit one claim only.
 */
public final class ClaimReference {
    public static final int MIN_PREFIX = 4;
    private static final int LISTED_WHEN_AMBIGUOUS = 5;

    private ClaimReference() {
    }

    public static Claim resolve(Annotations annotations, String reference) {
        String wanted = reference == null ? "" : reference.strip().toLowerCase(Locale.ROOT);
        if (wanted.length() < MIN_PREFIX) {
            throw new IllegalArgumentException("“" + wanted + "” is too short to name a claim: give its id or at least "
                    + MIN_PREFIX + " of its first characters.");
        }
        List<Claim> matches = annotations.claims().stream()
                .filter(c -> c.id().toString().startsWith(wanted))
                .toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("No claim “" + wanted + "” in this project.");
        }
        throw new IllegalArgumentException("“" + wanted + "” fits " + matches.size() + " claims ("
                + matches.stream().limit(LISTED_WHEN_AMBIGUOUS).map(c -> c.id().toString())
                .collect(Collectors.joining(", ")) + (matches.size() > LISTED_WHEN_AMBIGUOUS ? ", …" : "")
                + "); give more of the id.");
    }
}
