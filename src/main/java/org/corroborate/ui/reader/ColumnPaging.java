package org.corroborate.ui.reader;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Which of the reader columns are on screen. Columns share the width left by the side panes and
 * never get narrower than a readable minimum: on a small screen fewer of them show at once, and
 * the analyst pages through the others rather than scrolling sideways.
 */
public final class ColumnPaging {
    private final double minColumnWidth;
    private final ReadOnlyIntegerWrapper first = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper perPage = new ReadOnlyIntegerWrapper(1);
    private int count;

    public ColumnPaging(double minColumnWidth) {
        if (minColumnWidth <= 0) {
            throw new IllegalArgumentException("A column needs a positive minimum width, not " + minColumnWidth);
        }
        this.minColumnWidth = minColumnWidth;
    }

    /** The first column on screen, counted from 0. */
    public ReadOnlyIntegerProperty firstProperty() {
        return first.getReadOnlyProperty();
    }

    /** How many columns are on screen at once. */
    public ReadOnlyIntegerProperty perPageProperty() {
        return perPage.getReadOnlyProperty();
    }

    public int first() {
        return first.get();
    }

    public int perPage() {
        return perPage.get();
    }

    public int count() {
        return count;
    }

    /** Whether some columns are off screen, so the analyst needs a way to step to them. */
    public boolean paged() {
        return perPage.get() < count;
    }

    public boolean shows(int column) {
        return column >= first.get() && column < first.get() + perPage.get();
    }

    /** Takes the number of columns and the width they share; keeps the first shown column where it can. */
    public void fit(int columns, double width) {
        count = Math.max(0, columns);
        int fitting = (int) Math.floor(Math.max(0, width) / minColumnWidth);
        perPage.set(Math.max(1, Math.min(Math.max(1, count), fitting)));
        first.set(clampFirst(first.get()));
    }

    /** Steps one column to the right; false when the last column is already on screen. */
    public boolean next() {
        return moveTo(first.get() + 1);
    }

    public boolean previous() {
        return moveTo(first.get() - 1);
    }

    /** Brings a column on screen, moving as little as it can. */
    public void reveal(int column) {
        if (column < 0 || column >= count || shows(column)) {
            return;
        }
        moveTo(column < first.get() ? column : column - perPage.get() + 1);
    }

    /** Says which columns show, for the pager: "Columns 2–3 of 5". */
    public String describe() {
        int last = Math.min(count, first.get() + perPage.get());
        if (first.get() + 1 == last) {
            return "Column " + last + " of " + count;
        }
        return "Columns " + (first.get() + 1) + "–" + last + " of " + count;
    }

    private boolean moveTo(int wanted) {
        int next = clampFirst(wanted);
        if (next == first.get()) {
            return false;
        }
        first.set(next);
        return true;
    }

    private int clampFirst(int wanted) {
        return Math.max(0, Math.min(wanted, count - perPage.get()));
    }
}
