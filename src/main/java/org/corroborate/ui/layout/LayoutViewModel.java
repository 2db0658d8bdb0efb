package org.corroborate.ui.layout;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.corroborate.settings.UserSettings;

/**
 * Which side panes the analyst keeps open: the article list and the inspector can each be hidden
 * to give the reader columns the width, and brought back. The choice belongs to the person, not to
 * a project, so it is kept in the user's settings and found again at the next start.
 */
public final class LayoutViewModel {
    static final String ARTICLES_SETTING = "layout.articles";
    static final String INSPECTOR_SETTING = "layout.inspector";

    private final BooleanProperty articlesShown;
    private final BooleanProperty inspectorShown;

    public LayoutViewModel(UserSettings settings) {
        articlesShown = remembered(settings, ARTICLES_SETTING);
        inspectorShown = remembered(settings, INSPECTOR_SETTING);
    }

    private static BooleanProperty remembered(UserSettings settings, String name) {
        BooleanProperty shown = new SimpleBooleanProperty(settings.flag(name, true));
        shown.addListener((obs, was, is) -> settings.setFlag(name, is));
        return shown;
    }

    public BooleanProperty articlesShownProperty() {
        return articlesShown;
    }

    public BooleanProperty inspectorShownProperty() {
        return inspectorShown;
    }

    /** Hides the article list, or brings it back (Ctrl+B). */
    public void toggleArticles() {
        articlesShown.set(!articlesShown.get());
    }

    /** Hides the inspector, or brings it back (Ctrl+I). */
    public void toggleInspector() {
        inspectorShown.set(!inspectorShown.get());
    }

    /** Brings the inspector back if hidden: a claim just selected or grouped wants its details seen. */
    public void showInspector() {
        inspectorShown.set(true);
    }
}
