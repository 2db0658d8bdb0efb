package org.corroborate.model;

import static org.corroborate.model.Seeds.CNN_OPENING;

import java.time.Instant;
import java.util.List;

/** Claims on real sentences, for tests that need a few of them. */
final class Fixtures {
    static final Instant MARKED = Instant.parse("2024-03-12T10:00:00Z");
    static final Instant LATER = Instant.parse("2024-03-13T09:30:00Z");

    static final int CNN = 1;
    static final int BBC = 2;
    static final String BBC_TEXT = "The Russian defence ministry said 234 fighters had been killed, along with seven tanks "
            + "and five armoured combat vehicles. The governor of Belgorod said a child had been injured.";

    private Fixtures() {
    }

    /** A claim on the first occurrence of {@code quote} in {@code text}. */
    static Claim claimOn(int articleId, String text, String quote) {
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("“" + quote + "” is not in the text");
        }
        return Claim.mark(articleId, Anchor.capture(text, start, start + quote.length()), "analyst", MARKED);
    }

    static Claim cnnClaim(String quote) {
        return claimOn(CNN, CNN_OPENING, quote);
    }

    static Claim bbcClaim(String quote) {
        return claimOn(BBC, BBC_TEXT, quote);
    }

    static ClaimLink link(Claim from, Claim to, LinkType type) {
        return new ClaimLink(LinkId.random(), from.id(), to.id(), type, "", "analyst", MARKED);
    }

    static ClaimGroup group(String statement, Claim... members) {
        return ClaimGroup.create(statement, List.of(members).stream().map(Claim::id).toList(), MARKED);
    }

    /** Annotations have no equality of their own; two snapshots are the same when all they hold is. */
    static List<List<?>> contentOf(Annotations annotations) {
        return List.of(annotations.claims(), annotations.links(), annotations.groups());
    }
}
