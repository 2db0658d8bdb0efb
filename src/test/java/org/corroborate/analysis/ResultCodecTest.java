package org.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.corroborate.model.Article;
import org.junit.jupiter.api.Test;

class ResultCodecTest {
    static List<Article> samples() throws Exception {
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(NameVariantsTest.article(articles.size() + 1, Files.readString(file)));
            }
        }
        return articles;
    }

    @Test
    void aResultReadBackIsTheResultWritten() throws Exception {
        List<Article> articles = samples();
        Analysis.Result result = Analysis.of(articles);

        Analysis.Result read = ResultCodec.decode(ResultCodec.encode(result), articles);

        assertThat(read.matches()).isEqualTo(result.matches());
        assertThat(read.eventOfArticle()).isEqualTo(result.eventOfArticle());
        assertThat(read.variants()).isEqualTo(result.variants());
        assertThat(read.conflicts()).isEqualTo(result.conflicts());
        assertThat(read.dependence().rewrites()).isNotEmpty().isEqualTo(result.dependence().rewrites());
        assertThat(read.dependence().matrix()).isEqualTo(result.dependence().matrix());
        assertThat(read.dependence().articleIds()).isEqualTo(result.dependence().articleIds());
    }

    @Test
    void bytesReadAgainstOtherArticlesOrDamagedAreRefused() throws Exception {
        List<Article> articles = samples();
        byte[] encoded = ResultCodec.encode(Analysis.of(articles));
        List<Article> shorter = articles.stream()
                .map(a -> NameVariantsTest.article(a.id(), a.text().substring(0, 100))).toList();

        assertThatThrownBy(() -> ResultCodec.decode(encoded, shorter)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("which the set does not hold");
        assertThatThrownBy(() -> ResultCodec.decode(Arrays.copyOf(encoded, encoded.length / 2), articles))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResultCodec.decode(new byte[] {1, 2, 3}, articles))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFingerprintFollowsTextsAndOrder() throws Exception {
        List<Article> articles = samples();
        List<Article> reversed = new ArrayList<>(articles);
        java.util.Collections.reverse(reversed);
        List<Article> changed = new ArrayList<>(articles);
        changed.set(0, NameVariantsTest.article(1, articles.get(0).text() + " One more sentence."));

        assertThat(ResultCodec.fingerprint(articles)).hasSize(64).isEqualTo(ResultCodec.fingerprint(List.copyOf(articles)))
                .isNotEqualTo(ResultCodec.fingerprint(reversed)).isNotEqualTo(ResultCodec.fingerprint(changed));
    }
}
