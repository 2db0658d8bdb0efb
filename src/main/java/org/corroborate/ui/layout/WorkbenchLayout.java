package org.corroborate.ui.layout;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;

/**
 * Where the parts of the main window go: the article list, the reader and the inspector side by
 * side, and tabs below them (claims, conflicts, and whatever other part wants a tab). The side
 * panes keep their width in pixels as the window grows or shrinks, so the reader columns get
 * what is left; either side pane can be hidden and brought back at the width it had.
 *
 * <p>A new part of the window goes in as a tab below: {@link #addBottomTab}.
 */
public final class WorkbenchLayout {
    /** Room for the claims table's filter bar, its header and three rows, under the tab headers. */
    public static final double BOTTOM_MIN_HEIGHT = 215;
    static final double ARTICLES_WIDTH = 210;
    static final double INSPECTOR_WIDTH = 300;
    private static final double ARTICLES_MIN_WIDTH = 170;
    private static final double INSPECTOR_MIN_WIDTH = 250;
    private static final double BODY_MIN_HEIGHT = 260;

    private final LayoutViewModel model;
    private final Region articles;
    private final Region inspector;
    private final Node reader;
    private final SplitPane body = new SplitPane();
    private final TabPane bottom = new TabPane();
    private final SplitPane main;
    private double articlesWidth = ARTICLES_WIDTH;
    private double inspectorWidth = INSPECTOR_WIDTH;
    private boolean placed;

    public WorkbenchLayout(LayoutViewModel model, Region articles, Node reader, Region inspector) {
        this.model = model;
        this.articles = articles;
        this.inspector = inspector;
        this.reader = reader;
        body.setId("body-split");
        body.setOrientation(Orientation.HORIZONTAL);
        body.setMinHeight(BODY_MIN_HEIGHT);
        articles.setMinWidth(ARTICLES_MIN_WIDTH);
        inspector.setMinWidth(INSPECTOR_MIN_WIDTH);
        SplitPane.setResizableWithParent(articles, false);
        SplitPane.setResizableWithParent(inspector, false);
        rememberWidth(articles, true);
        rememberWidth(inspector, false);

        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        bottom.setId("bottom-tabs");
        bottom.setMinHeight(BOTTOM_MIN_HEIGHT);
        main = new SplitPane(body, bottom);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.7);
        main.setId("main-split");

        arrange();
        model.articlesShownProperty().addListener((obs, was, is) -> arrange());
        model.inspectorShownProperty().addListener((obs, was, is) -> arrange());
        body.widthProperty().addListener((obs, old, now) -> {
            if (!placed && now.doubleValue() > 0) {
                placeDividers();
            }
        });
    }

    public Parent root() {
        return main;
    }

    /** Adds a tab below the reader, after those already there. */
    public void addBottomTab(Tab tab) {
        bottom.getTabs().add(tab);
    }

    public TabPane bottomTabs() {
        return bottom;
    }

    /** Selects this bottom tab and gives the tabs at least this share of the height. */
    public void showBottomTab(Tab tab, double bottomShare) {
        bottom.getSelectionModel().select(tab);
        if (main.getDividerPositions()[0] > 1 - bottomShare) {
            main.setDividerPositions(1 - bottomShare);
        }
    }

    private void rememberWidth(Region pane, boolean left) {
        ChangeListener<Number> listener = (obs, old, now) -> {
            // Only a width the analyst could have chosen: not the zero of a pane being laid out.
            if (placed && body.getItems().contains(pane) && now.doubleValue() >= pane.getMinWidth()) {
                if (left) {
                    articlesWidth = now.doubleValue();
                } else {
                    inspectorWidth = now.doubleValue();
                }
            }
        };
        pane.widthProperty().addListener(listener);
    }

    private void arrange() {
        List<Node> items = new ArrayList<>();
        if (model.articlesShownProperty().get()) {
            items.add(articles);
        }
        items.add(reader);
        if (model.inspectorShownProperty().get()) {
            items.add(inspector);
        }
        placed = false;
        body.getItems().setAll(items);
        if (body.getWidth() > 0) {
            placeDividers();
        }
    }

    private void placeDividers() {
        double width = body.getWidth();
        boolean left = body.getItems().contains(articles);
        boolean right = body.getItems().contains(inspector);
        if (left && right) {
            body.setDividerPositions(articlesWidth / width, 1 - inspectorWidth / width);
        } else if (left) {
            body.setDividerPositions(articlesWidth / width);
        } else if (right) {
            body.setDividerPositions(1 - inspectorWidth / width);
        }
        placed = true;
    }
}
