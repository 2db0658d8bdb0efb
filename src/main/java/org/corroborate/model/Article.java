package org.corroborate.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** An article of a project. Its text never changes once stored; a new version is a new content hash. */
public record Article(
        int id,
        String fileName,
        Optional<String> outlet,
        String headline,
        boolean headlineDescriptive,
        Optional<LocalDate> published,
        Optional<String> url,
        String text,
        ContentHash contentHash) {

    public static final String UNKNOWN_OUTLET = "Unknown outlet";

    public Article {
        if (id <= 0) {
            throw new IllegalArgumentException("Article ids are positive: " + id);
        }
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    public static Article fromDraft(int id, ArticleDraft draft) {
        return new Article(id, draft.fileName(), draft.outlet(), draft.headline(), draft.headlineDescriptive(),
                draft.published(), draft.url(), draft.text(), draft.contentHash());
    }

    public String outletOrUnknown() {
        return outlet.orElse(UNKNOWN_OUTLET);
    }

    /** The headline as shown: a title the editor supplied is put in square brackets, as editors do. */
    public String displayHeadline() {
        return headlineDescriptive ? "[" + headline + "]" : headline;
    }

    public int length() {
        return text.length();
    }

    public String shortId() {
        return contentHash.shortForm();
    }
}
