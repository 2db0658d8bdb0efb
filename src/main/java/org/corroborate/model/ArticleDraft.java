package org.corroborate.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as read from an article set, before the project gives it an id.
 *
 * @param fileName            the file's name inside its set, which also identifies it on the command line
 * @param outlet              who published it; empty when the set does not say
 * @param headline            the headline, or a descriptive title when {@code headlineDescriptive}
 * @param headlineDescriptive true when the text has no headline and the title was written by the set's editor
 * @param published           publication date, when known
 * @param url                 where it was published, when known
 * @param text                the stored text, already normalised by {@link StoredText#normalize}
 */
public record ArticleDraft(
        String fileName,
        Optional<String> outlet,
        String headline,
        boolean headlineDescriptive,
        Optional<LocalDate> published,
        Optional<String> url,
        String text) {

    public ArticleDraft {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(text, "text");
        if (!text.equals(StoredText.normalize(text))) {
            throw new IllegalArgumentException("Text of " + fileName + " is not normalised");
        }
    }

    public ContentHash contentHash() {
        return ContentHash.of(text);
    }
}
