package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.ConsoleAppender;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LoggingSetupTest {
    @Test
    void logsInfoAndWorseToStandardErrorWithFlywayOnlyFromWarn() {
        LoggerContext context = new LoggerContext();

        LoggingSetup.apply(context, null);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.flywaydb.core.Flyway").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.corroborate.store").getEffectiveLevel()).isEqualTo(Level.INFO);
        ConsoleAppender<?> stderr = (ConsoleAppender<?>) root.getAppender("STDERR");
        assertThat(stderr.isStarted()).isTrue();
        assertThat(stderr.getTarget()).isEqualTo("System.err");
        assertThat(((PatternLayoutEncoder) stderr.getEncoder()).getPattern()).isEqualTo(LoggingSetup.PATTERN);
    }

    @Test
    void theLevelPropertySetsTheRootLevel() {
        LoggerContext quiet = new LoggerContext();
        LoggerContext unknown = new LoggerContext();

        LoggingSetup.apply(quiet, "WARN");
        LoggingSetup.apply(unknown, "loud");

        assertThat(quiet.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.WARN);
        assertThat(unknown.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void theTestsOwnXmlConfigurationStillApplies() {
        LoggerContext context = new LoggerContext();

        assertThat(new LoggingSetup().configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }

    @Test
    void logbackFindsItThroughTheServiceLoader() throws Exception {
        try (InputStream services = LoggingSetup.class.getResourceAsStream(
                "/META-INF/services/" + Configurator.class.getName())) {
            assertThat(new String(services.readAllBytes(), StandardCharsets.UTF_8).strip())
                    .isEqualTo(LoggingSetup.class.getName());
        }
    }
}
