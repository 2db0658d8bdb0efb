package org.corroborate.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the app remembers between runs that belongs to the person rather than to a project: the
 * window, the theme, the last and recent projects, the desk named in ClaimReview exports. Written whole to a temporary file and moved into
 * place, so a crash mid-write never leaves a broken settings file.
 */
public final class UserSettings {
    private static final Logger LOG = LoggerFactory.getLogger(UserSettings.class);
    private static final int MAX_RECENT = 8;
    private static final String CLAIM_REVIEW_DESK = "claimReview.desk";

    private final Path file;
    private final Properties values = new Properties();

    private UserSettings(Path file) {
        this.file = file;
    }

    /** Loads the settings; a missing or unreadable file gives defaults, since nothing depends on them. */
    public static UserSettings load(Path file) {
        UserSettings settings = new UserSettings(file);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                settings.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring unreadable settings file {}: {}", file, e.getMessage());
            }
        }
        return settings;
    }

    public synchronized Optional<WindowPlacement> window() {
        try {
            double x = Double.parseDouble(values.getProperty("window.x"));
            double y = Double.parseDouble(values.getProperty("window.y"));
            double width = Double.parseDouble(values.getProperty("window.width"));
            double height = Double.parseDouble(values.getProperty("window.height"));
            boolean maximized = Boolean.parseBoolean(values.getProperty("window.maximized"));
            return Optional.of(new WindowPlacement(x, y, width, height, maximized));
        } catch (NullPointerException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public synchronized void setWindow(WindowPlacement placement) {
        values.setProperty("window.x", Double.toString(placement.x()));
        values.setProperty("window.y", Double.toString(placement.y()));
        values.setProperty("window.width", Double.toString(placement.width()));
        values.setProperty("window.height", Double.toString(placement.height()));
        values.setProperty("window.maximized", Boolean.toString(placement.maximized()));
    }

    public synchronized boolean darkTheme() {
        return Boolean.parseBoolean(values.getProperty("theme.dark", "false"));
    }

    public synchronized void setDarkTheme(boolean dark) {
        values.setProperty("theme.dark", Boolean.toString(dark));
    }

    /** A yes-or-no preference, such as whether a side pane is shown; anything unreadable reads as the default. */
    public synchronized boolean flag(String name, boolean otherwise) {
        String value = values.getProperty(name, "").strip();
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        return otherwise;
    }

    public synchronized void setFlag(String name, boolean value) {
        values.setProperty(name, Boolean.toString(value));
    }

    /** The fact-checking desk named last as the author of a ClaimReview export. */
    public synchronized Optional<String> claimReviewDesk() {
        return Optional.ofNullable(values.getProperty(CLAIM_REVIEW_DESK)).map(String::strip).filter(d -> !d.isEmpty());
    }

    public synchronized void setClaimReviewDesk(String desk) {
        if (desk == null || desk.isBlank()) {
            values.remove(CLAIM_REVIEW_DESK);
        } else {
            values.setProperty(CLAIM_REVIEW_DESK, desk.strip());
        }
    }

    /** Projects most recently opened, newest first; the first is the one to reopen at start. */
    public synchronized List<Path> recentProjects() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = values.getProperty("recent." + i);
            if (value != null && !value.isBlank()) {
                recent.add(Path.of(value));
            }
        }
        return recent;
    }

    public synchronized void projectOpened(Path project) {
        List<Path> recent = new ArrayList<>(recentProjects());
        recent.remove(project);
        recent.add(0, project);
        writeRecent(recent);
    }

    public synchronized void forgetProject(Path project) {
        List<Path> recent = new ArrayList<>(recentProjects());
        recent.remove(project);
        writeRecent(recent);
    }

    private void writeRecent(List<Path> recent) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                values.setProperty("recent." + i, recent.get(i).toString());
            } else {
                values.remove("recent." + i);
            }
        }
    }

    public synchronized void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            values.store(writer, "Corroborate settings");
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
