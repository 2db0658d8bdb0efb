package org.corroborate.app;

import java.time.Clock;
import javafx.application.Application;
import org.corroborate.cli.CorroborateCli;
import org.corroborate.settings.AppDirectories;

/**
 * The jar's entry point: the window without arguments, {@code --smoke} to check that the window starts
 * (see {@link SmokeRun}), the command line with other arguments. It is not itself
 * a JavaFX Application, because the JavaFX launcher refuses to start an Application subclass from a
 * plain class path jar.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(CorroborateApp.class, args);
        } else if (args.length == 1 && args[0].equals(SmokeRun.FLAG)) {
            System.exit(SmokeRun.run(System.out, System.err));
        } else {
            Clock clock = Services.clock();
            AppDirectories directories = AppDirectories.fromEnvironment(System.getProperties(), System.getenv());
            System.exit(CorroborateCli.run(() -> Services.projects(directories, clock), clock,
                    directories.settingsFile(), args));
        }
    }
}
