package org.corroborate.ui.common;

import org.kordamp.ikonli.javafx.FontIcon;

/** Icons by what they stand for, so the icon font's codes live in one place. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon openSet() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignF.FOLDER_OPEN_OUTLINE, 18);
    }

    public static FontIcon openProject() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignD.DATABASE_OUTLINE, 18);
    }

    public static FontIcon undo() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignU.UNDO, 18);
    }

    public static FontIcon redo() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignR.REDO, 18);
    }

    public static FontIcon swap() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignS.SWAP_HORIZONTAL, 18);
    }

    public static FontIcon columns() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignV.VIEW_COLUMN_OUTLINE, 18);
    }
}
