package org.corroborate.settings;

/** The main window's place on screen, as it was left. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
}
