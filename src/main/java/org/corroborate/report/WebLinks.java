package org.corroborate.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Decides whether a URL from an article may become a clickable link in a report. Only absolute http
 * and https URLs qualify: a {@code javascript:} or {@code data:} URL would run or show whatever it
 * holds when clicked, so such a URL is shown as text instead.
 */
final class WebLinks {
    private WebLinks() {
    }

    static boolean isSafe(String url) {
        if (url.isEmpty() || url.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"' || c == '\''
                || c == '`' || c == '\\' || c == 0x7F)) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return scheme != null && uri.getHost() != null
                    && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
