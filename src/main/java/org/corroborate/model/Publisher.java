package org.corroborate.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who publishes an export, and where: the fact-checking desk's name and the address of the page that
 * carries its fact checks. A ClaimReview names the desk as its author and the page as its url; the
 * other formats do not use them.
 *
 * @param desk the desk's name, stripped; empty when not given
 * @param page an absolute http or https address; empty when not given
 */
public record Publisher(Optional<String> desk, Optional<URI> page) {
    public static final Publisher NONE = new Publisher(Optional.empty(), Optional.empty());

    public Publisher {
        desk = Objects.requireNonNull(desk, "desk").map(String::strip).filter(name -> !name.isEmpty());
        Objects.requireNonNull(page, "page");
    }

    /**
     * The publisher as a person types it: a blank desk or page is none. A page that is not a full web
     * address fails with a message that says so.
     */
    public static Publisher of(String desk, String page) {
        return new Publisher(Optional.ofNullable(desk), Optional.ofNullable(page).map(String::strip)
                .filter(address -> !address.isEmpty()).map(Publisher::webAddress));
    }

    /** The absolute http or https address {@code text} is, or IllegalArgumentException saying why it is not. */
    public static URI webAddress(String text) {
        String problem = "“" + text + "” is not a web address; give a full one, such as https://example.org/fact-checks/raids";
        URI address;
        try {
            address = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(problem, e);
        }
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || address.getHost() == null) {
            throw new IllegalArgumentException(problem);
        }
        return address;
    }
}
