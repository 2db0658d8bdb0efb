package org.corroborate.settings;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where Corroborate keeps its own files: the settings file and the projects it creates from article
 * sets. {@code -Dcorroborate.home} or {@code CORROBORATE_HOME} moves it, which tests rely on.
 */
public record AppDirectories(Path home) {
    public static final String HOME_PROPERTY = "corroborate.home";
    public static final String HOME_VARIABLE = "CORROBORATE_HOME";

    public static AppDirectories fromEnvironment(Properties systemProperties, Map<String, String> environment) {
        String configured = systemProperties.getProperty(HOME_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = environment.get(HOME_VARIABLE);
        }
        if (configured == null || configured.isBlank()) {
            return new AppDirectories(Path.of(systemProperties.getProperty("user.home"), ".corroborate"));
        }
        return new AppDirectories(Path.of(configured));
    }

    public Path projects() {
        return home.resolve("projects");
    }

    public Path settingsFile() {
        return home.resolve("settings.properties");
    }

    /** Where the bundled sample set is unpacked when the app runs from a jar, away from any checkout. */
    public Path bundledSamples() {
        return home.resolve("samples");
    }
}
