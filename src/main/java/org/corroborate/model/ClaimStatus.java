package org.corroborate.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How far a single claim, as one source reports it, has been verified. */
public enum ClaimStatus {
    UNVERIFIED("Unverified"),
    VERIFIED("Verified"),
    FALSE("False"),
    MISLEADING("Misleading"),
    DISPUTED("Disputed"),
    UNPROVEN("Unproven");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The lower-case name used in files and on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ClaimStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim();
        return Arrays.stream(values())
                .filter(s -> s.name().equalsIgnoreCase(wanted) || s.label.equalsIgnoreCase(wanted))
                .findFirst();
    }

    public static String allCodes() {
        return Arrays.stream(values()).map(ClaimStatus::code).collect(Collectors.joining(", "));
    }
}
