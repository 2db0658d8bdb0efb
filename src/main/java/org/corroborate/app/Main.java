package org.corroborate.app;

import javafx.application.Application;

/**
 * The jar's entry point. It is not itself a JavaFX Application, because the JavaFX launcher refuses
 * to start an Application subclass from a plain class path jar.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(CorroborateApp.class, args);
    }
}
