package org.corroborate.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.corroborate.model.Anchor;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleDraft;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimId;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.TextSpan;
import org.corroborate.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** How people name articles, claims and quotes, as the command line passes them on. */
class ReferencesTest {
    static final Article CNN = Article.fromDraft(1, Fixtures.cnn());
    static final Article BBC = Article.fromDraft(2, Fixtures.bbc());

    @Test
    void anArticleIsNamedByIdFileNameOrShortId() {
        List<Article> articles = List.of(CNN, BBC);

        assertThat(ArticleReference.resolve(articles, "2")).isEqualTo(BBC);
        assertThat(ArticleReference.resolve(articles, "cnn.txt")).isEqualTo(CNN);
        assertThat(ArticleReference.resolve(articles, BBC.shortId().toUpperCase())).isEqualTo(BBC);
        assertThatThrownBy(() -> ArticleReference.resolve(articles, "3"))
                .hasMessage("No article “3” in this project."
                        + " Name an article by its id (1 to 2), its file name or its short id.");
    }

    @Test
    void aReferenceThatFitsTwoArticlesIsRefused() {
        Article namedTwo = Article.fromDraft(7, new ArticleDraft("2", CNN.outlet(), "h", false,
                CNN.published(), CNN.url(), "Other text"));

        assertThatThrownBy(() -> ArticleReference.resolve(List.of(CNN, BBC, namedTwo), "2"))
                .hasMessageContaining("names more than one article (article 2 (Mangalorean.com), article 7 (CNN))");
    }

    @Test
    void aClaimIsNamedByAUniquePrefixOfFourOrMore() {
        Claim first = claim("1234abcd-0000-4000-8000-000000000001");
        Claim second = claim("1234abff-0000-4000-8000-000000000002");
        Annotations annotations = Annotations.of(List.of(first, second), List.of(), List.of());

        assertThat(ClaimReference.resolve(annotations, "1234AB" + "CD")).isEqualTo(first);
        assertThat(ClaimReference.resolve(annotations, second.id().toString())).isEqualTo(second);
        assertThatThrownBy(() -> ClaimReference.resolve(annotations, "1234ab"))
                .hasMessageContaining("fits 2 claims").hasMessageContaining(first.id().toString());
        assertThatThrownBy(() -> ClaimReference.resolve(annotations, "123"))
                .hasMessageContaining("at least 4");
        assertThatThrownBy(() -> ClaimReference.resolve(annotations, "9999"))
                .hasMessage("No claim “9999” in this project.");
    }

    @Test
    void quotesAreFoundEverywhereTheyStartOverlapsIncluded() {
        QuoteOccurrences found = QuoteOccurrences.in("banana bandana", "ana");

        assertThat(found.spans()).containsExactly(new TextSpan(1, 4), new TextSpan(3, 6), new TextSpan(11, 14));
        assertThat(found.get(2)).isEqualTo(new TextSpan(3, 6));
        assertThatThrownBy(() -> found.get(4)).hasMessage("There is no occurrence 4 of “ana”: it occurs 3 times.");
    }

    @Test
    void aQuoteIsNormalisedAsStoredTextIs() {
        assertThat(QuoteOccurrences.in("Officials in Tyotkino\nsaid", "Tyotkino\r\nsaid").count()).isEqualTo(1);
        assertThat(QuoteOccurrences.in("Le café", "cafe\u0301").count()).isEqualTo(1);
    }

    static Claim claim(String uuid) {
        return new Claim(new ClaimId(UUID.fromString(uuid)), 1, Anchor.capture(CNN.text(), 0, 3), "", List.of(),
                ClaimStatus.UNVERIFIED, "", "", Instant.EPOCH, Instant.EPOCH, false);
    }
}
