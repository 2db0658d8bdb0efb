package org.corroborate.analysis;

import java.util.List;

/**
 * One name written in different ways across the set ("Tyotkino", "Tetkino"), with every place it
 * occurs in any of its forms. There are always at least two forms.
 */
public record Variant(List<String> forms, List<ArticleSpan> spans) {
    public Variant {
        forms = List.copyOf(forms);
        spans = List.copyOf(spans);
        if (forms.size() < 2) {
            throw new IllegalArgumentException("A name variant needs two written forms, not " + forms);
        }
    }
}
