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

    public static FontIcon mark() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignM.MARKER, 18);
    }

    public static FontIcon same() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignL.LINK_VARIANT, 18);
    }

    public static FontIcon supports() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignT.THUMB_UP_OUTLINE, 18);
    }

    public static FontIcon contradicts() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignA.ALERT_OUTLINE, 18);
    }

    public static FontIcon group() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignG.GROUP, 18);
    }

    public static FontIcon export() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignE.EXPORT_VARIANT, 18);
    }

    public static FontIcon columns() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignV.VIEW_COLUMN_OUTLINE, 18);
    }

    public static FontIcon articlePane() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignD.DOCK_LEFT, 18);
    }

    public static FontIcon inspectorPane() {
        return FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignD.DOCK_RIGHT, 18);
    }
}
