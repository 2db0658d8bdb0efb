package org.corroborate.ui.common;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.corroborate.model.Article;

/** How articles are named on screen, the same in every part of the window. */
public final class ArticleFormat {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);

    private ArticleFormat() {
    }

    public static String date(Article article) {
        return article.published().map(DATE::format).orElse("Date unknown");
    }

    public static String length(Article article) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(article.length()) + " characters";
    }

    /** "CNN · 12 Mar 2024 · 4,391 characters" */
    public static String details(Article article) {
        return article.outletOrUnknown() + " · " + date(article) + " · " + length(article);
    }

    /** "CNN: Headline", for choosers and lists where one line must do. */
    public static String oneLine(Article article) {
        return article.outletOrUnknown() + ": " + article.displayHeadline();
    }
}
