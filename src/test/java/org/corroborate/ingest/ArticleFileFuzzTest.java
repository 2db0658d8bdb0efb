package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.corroborate.ingest.ArticleFileReader.Outcome;
import org.corroborate.model.StoredText;

/**
 * Each importer given arbitrary bytes: it must take them as an article or refuse them with a reason,
 * never throw or hang. In the normal test run Jazzer replays the inputs under
 * src/test/resources/org/corroborate/ingest/ArticleFileFuzzTestInputs; with JAZZER_FUZZ=1 it fuzzes.
 */
class ArticleFileFuzzTest {
    private final ArticleFileReader reader = new ArticleFileReader();

    @FuzzTest(maxDuration = "30s")
    void html(byte[] bytes) {
        check(reader.read("page.html", ArticleKind.HTML, bytes));
    }

    @FuzzTest(maxDuration = "30s")
    void mhtml(byte[] bytes) {
        check(reader.read("page.mhtml", ArticleKind.MHTML, bytes));
    }

    @FuzzTest(maxDuration = "30s")
    void pdf(byte[] bytes) {
        check(reader.read("article.pdf", ArticleKind.PDF, bytes));
    }

    @FuzzTest(maxDuration = "30s")
    void text(byte[] bytes) {
        check(reader.read("article.txt", ArticleKind.TEXT, bytes));
    }

    private static void check(Outcome outcome) {
        if (outcome instanceof Outcome.Read read) {
            assertThat(read.draft().text()).isNotBlank().isEqualTo(StoredText.normalize(read.draft().text()));
        } else {
            assertThat(((Outcome.Refused) outcome).reason()).isNotBlank();
        }
    }
}
