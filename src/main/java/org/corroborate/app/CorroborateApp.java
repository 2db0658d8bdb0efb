package org.corroborate.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

public class CorroborateApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("hello"), 400, 300));
        stage.show();
    }
    public static void main(String[] args) { launch(args); }
}
