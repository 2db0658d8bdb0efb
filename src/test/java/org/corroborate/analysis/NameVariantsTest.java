package org.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.corroborate.model.Article;
import org.corroborate.model.ContentHash;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameVariantsTest {
    static Article article(int id, String text) {
        return new Article(id, id + ".txt", Optional.empty(), "headline " + id, true, Optional.empty(),
                Optional.empty(), text, ContentHash.of(text));
    }

    @ParameterizedTest(name = "{0} and {1} are one name")
    @CsvSource({
        "Tyotkino, Tetkino",
        "Тёткино, Tyotkino",
        "Тёткино, Tetkino",
        "Kyiv, Kiev",
        "Київ, Kyiv",
        "Киев, Kiev",
        "Il-76, IL-76",
        "Defence, defense",
        "Zelensky, Zelenskyy",
        "Zelenskiy, Зеленский",
        "Kharkiv, Kharkov",
        "Khodorkovsky, Hodorkovskiy",
        "Yevgeny, Evgeny",
        "Sergey, Sergej",
        "Yulia, Iulia",
        "Shchukin, Щукин",
        "Centre, Center",
        "Labour, Labor",
        "Belgorod, Белгород"})
    void writtenFormsOfOneNameMatch(String first, String second) {
        assertThat(NameKeys.sameName(first, second)).as("%s / %s: keys %s, %s", first, second, NameKeys.key(first),
                NameKeys.key(second)).isTrue();
    }

    @ParameterizedTest(name = "{0} and {1} are different names")
    @CsvSource({
        "Kursk, Kharkiv",
        "Belgorod, Kursk",
        "Курск, Kharkiv",
        "Kyiv, Kursk",
        "Iran, Oran",
        "Mali, Mole",
        "Russia, Russian",
        "Austria, Australia",
        "Belgorod, Bilhorod-Dnistrovskyi",
        "Tetkino, Tyotkinovka",
        "Moscow, Minsk",
        "Il-76, Il-78"})
    void differentNamesDoNotMatch(String first, String second) {
        assertThat(NameKeys.sameName(first, second)).as("%s / %s: keys %s, %s", first, second, NameKeys.key(first),
                NameKeys.key(second)).isFalse();
    }

    @Test
    void groupsEveryOccurrenceOfANameWrittenTwoWaysAcrossArticles() {
        String first = "Fighters entered Tyotkino on Tuesday. Shelling hit Tyotkino again.";
        String second = "Tetkino was shelled overnight, officials in Kursk said.";
        String third = "The raid on Kharkiv and on Kursk was repelled, Kyiv said.";
        List<Article> articles = List.of(article(1, first), article(2, second), article(3, third));

        List<Variant> variants = NameVariants.of(articles);

        assertThat(variants).hasSize(1);
        Variant tetkino = variants.get(0);
        assertThat(tetkino.forms()).containsExactlyInAnyOrder("Tyotkino", "Tetkino");
        assertThat(tetkino.spans()).hasSize(3);
        for (ArticleSpan span : tetkino.spans()) {
            assertThat(articles.get(span.articleId() - 1).text().substring(span.start(), span.end()))
                    .isEqualTo(span.text());
        }
    }

    @Test
    void aModelNumberInTwoCasesAndABritishSpellingAreVariantsButASentenceCapitalIsNot() {
        String first = "The Il-76 crashed near Belgorod. Defence officials said the Defence Ministry would investigate.";
        String second = "An IL-76 went down, the Defense Ministry said. Ministry staff arrived in Belgorod.";

        List<Variant> variants = NameVariants.of(List.of(article(1, first), article(2, second)));

        assertThat(variants).extracting(Variant::forms).containsExactlyInAnyOrder(List.of("Il-76", "IL-76"),
                List.of("Defence", "Defense"));
    }

    @Test
    void anOrganisationWhoseNameDriftsByAPrepositionIsOneVariant() {
        String first = "Fighters of the Freedom of Russia Legion crossed the border.";
        String second = "The Freedom for Russia Legion said it held the village.";

        List<Variant> variants = NameVariants.of(List.of(article(1, first), article(2, second)));

        assertThat(variants).singleElement().satisfies(v -> {
            assertThat(v.forms()).containsExactly("Freedom of Russia Legion", "Freedom for Russia Legion");
            assertThat(v.spans()).extracting(ArticleSpan::text)
                    .containsExactly("Freedom of Russia Legion", "Freedom for Russia Legion");
        });
    }

    @Test
    void findsVariantsBetweenCyrillicFormsAndBetweenCyrillicAndLatin() {
        String russian = "Бойцы вошли в Тёткино во вторник. Потом в Тетькино было тихо.";
        String english = "Fighters entered Tyotkino, near Kursk.";
        String ukrainian = "Обстріл Києва тривав. У Київ прибули.";
        String other = "Officials in Kiev denied it.";

        List<Variant> variants = NameVariants.of(List.of(article(1, russian), article(2, english),
                article(3, ukrainian), article(4, other)));

        assertThat(variants).anySatisfy(v -> assertThat(v.forms()).contains("Тёткино", "Tyotkino"));
        assertThat(variants).anySatisfy(v -> assertThat(v.forms()).contains("Київ", "Kiev"));
    }
}
