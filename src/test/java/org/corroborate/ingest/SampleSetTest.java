package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.corroborate.model.ArticleDraft;
import org.corroborate.model.StoredText;
import org.junit.jupiter.api.Test;

class SampleSetTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final Optional<LocalDate> TWELFTH_OF_MARCH = Optional.of(LocalDate.of(2024, 3, 12));

    @Test
    void theSampleSetLoadsItsFiveReportsAsTheManifestDescribesThem() throws Exception {
        ArticleSetImport result = new ArticleSetReader().read(SAMPLES);

        assertThat(result.problems()).isEmpty();
        assertThat(result.title()).isEqualTo("Cross-border raids into Russia, 12 March 2024");
        assertThat(result.description()).hasValueSatisfying(d -> assertThat(d).startsWith("Five reports"));
        assertThat(result.articles())
                .extracting(ArticleDraft::fileName, ArticleDraft::outlet, ArticleDraft::headline,
                        ArticleDraft::headlineDescriptive, ArticleDraft::published, ArticleDraft::url)
                .containsExactly(
                        tuple("000_945aafc62e69d6fe.txt", Optional.of("Worthy News (reprint)"),
                                "Russian paramilitaries raid Belgorod and Kursk as an Il-76 crashes and Kryvyi Rih is hit",
                                true, TWELFTH_OF_MARCH, Optional.empty()),
                        tuple("001_14a685dcd2f42243.txt", Optional.of("CNN"),
                                "Pro-Ukrainian Russian fighters claim cross-border attacks after a wave of Ukrainian drones",
                                true, TWELFTH_OF_MARCH, Optional.empty()),
                        tuple("002_a1177dfb8dc12fab.txt", Optional.of("Mangalorean.com (wire copy citing the BBC)"),
                                "Ukraine-based Russian armed groups claim raids into Russia",
                                false, TWELFTH_OF_MARCH, Optional.empty()),
                        tuple("003_8b0820264874a518.txt", Optional.of("The Daily Beast"),
                                "Anti-Kremlin Militants With Tanks Fight Russia in Border Region",
                                false, TWELFTH_OF_MARCH, Optional.empty()),
                        tuple("004_f6d8031f7ba4c74a.txt", Optional.of("24.news"),
                                "Pro-Ukrainian Russian Forces Report Launching Cross-Border Strikes in Russia",
                                false, TWELFTH_OF_MARCH, Optional.empty()));
    }

    @Test
    void eachSampleTextIsItsFileNormalised() throws Exception {
        ArticleSetImport result = new ArticleSetReader().read(SAMPLES);

        assertThat(result.articles()).hasSize(5).allSatisfy(article -> {
            String saved = strictUtf8(Files.readAllBytes(SAMPLES.resolve(article.fileName())));
            assertThat(article.text()).isEqualTo(StoredText.normalize(saved));
        });
        assertThat(result.articles()).extracting(article -> article.contentHash().shortForm())
                .containsExactly("a8456cf1", "95c6e98d", "64f6f905", "bd66f705", "be13acc4");
        assertThat(result.articles().get(0).text())
                .startsWith("By Stefan J. Bos, Chief International Correspondent Worthy News\n")
                .contains("Latest News from Worthy News\n");
    }

    private static String strictUtf8(byte[] bytes) throws Exception {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
