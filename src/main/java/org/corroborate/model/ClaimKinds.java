package org.corroborate.model;

import java.util.List;

/** The kinds offered for new claims. Kinds are tags, so an analyst can add any other. */
public final class ClaimKinds {
    public static final List<String> STARTING_VOCABULARY =
            List.of("casualties", "location", "attribution", "quote", "figure", "event", "damage", "identity");

    private ClaimKinds() {
    }
}
