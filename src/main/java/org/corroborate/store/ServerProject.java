package org.corroborate.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.store.ProjectStoreException.Problem;

/**
 * A project on a PostgreSQL server, named as a JDBC URL with the project added:
 * {@code jdbc:postgresql://host:5432/desk?user=ana&project=raids}. Each project has its own schema
 * in the database, named as the project. The password is never part of the URL, which shows in
 * process lists and shell histories; it comes separately ({@link #withPassword}).
 *
 * @param sslMode PostgreSQL's {@code sslmode}: {@code prefer} (TLS when the server offers it) unless
 *        the URL says otherwise
 */
public record ServerProject(String host, int port, String database, String user, String project, String sslMode,
                            Optional<String> password) implements ProjectAddress {
    public static final String DEFAULT_SSL_MODE = "prefer";
    private static final int DEFAULT_PORT = 5432;
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");
    /**
     * A project's name becomes its schema's: lower-case letters, digits and underscores, as SQL takes
     * a name without quoting, and none of PostgreSQL's own.
     */
    private static final Pattern PROJECT_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}");

    public ServerProject {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(sslMode, "sslMode");
        Objects.requireNonNull(password, "password");
    }

    /** Whether the text names a server project rather than a file. */
    public static boolean isServerUrl(String text) {
        return text.startsWith("jdbc:postgresql:") || text.startsWith("postgresql:") || text.startsWith("postgres:");
    }

    /**
     * Reads {@code jdbc:postgresql://HOST[:PORT]/DATABASE?project=NAME[&user=USER][&sslmode=MODE]}; the
     * {@code jdbc:} may be left out. Without a user, the name the analyst is logged in as is taken,
     * as psql does.
     */
    public static ServerProject parse(String url, String defaultUser) {
        String withoutJdbc = url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url;
        URI uri;
        try {
            uri = new URI(withoutJdbc);
        } catch (URISyntaxException e) {
            throw bad(url, "it is not a URL (" + e.getReason() + ")");
        }
        if (uri.getHost() == null) {
            throw bad(url, "it names no server; write it as jdbc:postgresql://HOST:PORT/DATABASE?project=NAME");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (!DATABASE_NAME.matcher(path).matches()) {
            throw bad(url, "it names no database, or one with characters other than letters, digits, '_', '.' and"
                    + " '-', after the server: jdbc:postgresql://HOST:PORT/DATABASE?project=NAME");
        }
        Map<String, String> settings = settings(url, uri.getRawQuery());
        if (settings.containsKey("password")) {
            throw bad(url, "it holds a password, which anyone could read in a process list or shell history;"
                    + " set PGPASSWORD, or leave it out to be asked");
        }
        for (String name : settings.keySet()) {
            if (!Set.of("user", "project", "sslmode").contains(name)) {
                throw bad(url, "it has the setting “" + name + "”; the settings it may have are user, project"
                        + " and sslmode");
            }
        }
        String project = settings.get("project");
        if (project == null) {
            throw bad(url, "it names no project; add &project=NAME (or ?project=NAME)");
        }
        if (!PROJECT_NAME.matcher(project).matches() || project.startsWith("pg_") || project.equals("public")
                || project.equals("information_schema")) {
            throw bad(url, "the project name “" + project + "” cannot be used: a project's name is 1 to 63"
                    + " lower-case letters, digits and '_', starting with a letter, and not public or pg_…");
        }
        String sslMode = settings.getOrDefault("sslmode", DEFAULT_SSL_MODE);
        if (!SSL_MODES.contains(sslMode)) {
            throw bad(url, "sslmode “" + sslMode + "” is not one of " + String.join(", ", SSL_MODES.stream().sorted().toList()));
        }
        return new ServerProject(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path,
                settings.getOrDefault("user", defaultUser), project, sslMode, Optional.empty());
    }

    private static Map<String, String> settings(String url, String rawQuery) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return settings;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw bad(url, "its setting “" + pair + "” has no value; write NAME=VALUE");
            }
            settings.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
        }
        return settings;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static ProjectStoreException bad(String url, String why) {
        return new ProjectStoreException(Problem.UNUSABLE_PATH, null,
                "“" + withoutPassword(url) + "” cannot name a project on a server: " + why + ".", null);
    }

    // A password given by mistake is not repeated back into a terminal or a log.
    private static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1…");
    }

    public ServerProject withPassword(String newPassword) {
        return new ServerProject(host, port, database, user, project, sslMode, Optional.ofNullable(newPassword));
    }

    @Override
    public String displayName() {
        return project;
    }

    /** The URL that names this project, without the password. */
    @Override
    public String toString() {
        return "jdbc:postgresql://" + host + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database + "?user="
                + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&project=" + project + (sslMode.equals(DEFAULT_SSL_MODE) ? "" : "&sslmode=" + sslMode);
    }
}
