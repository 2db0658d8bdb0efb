package org.corroborate.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.ResultCodec;
import org.corroborate.ingest.ArticleSetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assistant, kept results included, on the awkward sets of issue 8. */
class SuggestionsBadInputTest {
    @TempDir
    Path dir;
    final AtomicInteger runs = new AtomicInteger();
    final AtomicLong keptBytes = new AtomicLong();

    private Suggestions twiceThroughAProject(Map<String, String> files) throws Exception {
        Path set = Files.createDirectories(dir.resolve("set"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(set.resolve(file.getKey()), file.getValue());
        }
        ProjectService service = new ProjectService(dir.resolve("projects"), new ArticleSetReader(), Clock.systemUTC(),
                "analyst");
        try (Workspace workspace = service.openArticleSet(set).workspace()) {
            Suggestions first = Suggestions.of(workspace, Suggestions.Dismissed.HIDE, articles -> {
                runs.incrementAndGet();
                Analysis.Result result = Analysis.of(articles);
                keptBytes.set(ResultCodec.encode(result).length);
                return result;
            });
            Suggestions kept = Suggestions.of(workspace, Suggestions.Dismissed.HIDE, articles -> {
                throw new AssertionError("the kept result should have been read");
            });
            assertThat(kept.matches()).isEqualTo(first.matches());
            assertThat(kept.conflicts()).isEqualTo(first.conflicts());
            assertThat(kept.variants()).isEqualTo(first.variants());
            return kept;
        }
    }

    @Test
    void anEmptyAnalysisIsKeptAndReadBack() {
        Analysis.Result empty = Analysis.of(List.of());

        Analysis.Result read = ResultCodec.decode(ResultCodec.encode(empty), List.of());

        assertThat(read.matches()).isEmpty();
        assertThat(read.conflicts()).isEmpty();
        assertThat(read.dependence().independentSources()).isZero();
        assertThat(Suggestions.of(List.of()).matches()).isEmpty();
    }

    @Test
    void anArticleOfOneSentenceGivesNothingToSuggest() throws Exception {
        Suggestions suggestions = twiceThroughAProject(Map.of("one.txt", "The ministry said 60 soldiers were killed."));

        assertThat(suggestions.matches()).isEmpty();
        assertThat(suggestions.conflicts()).isEmpty();
        assertThat(suggestions.sources().independentSources()).isEqualTo(1);
    }

    @Test
    void twoIdenticalArticlesMatchWithNoConflictAndAreOneSource() throws Exception {
        String text = "The ministry said 60 soldiers were killed near the border on Tuesday.\n"
                + "Rescue operations concluded after almost 40 people were injured, Vilkul said.\n"
                + "The plane crashed just east of Moscow.";
        Suggestions suggestions = twiceThroughAProject(Map.of("a.txt", text, "b.txt", text));

        assertThat(suggestions.matches()).anySatisfy(m -> assertThat(m.a().text()).isEqualTo(m.b().text()));
        assertThat(suggestions.conflicts()).as("one text cannot disagree with itself").isEmpty();
        assertThat(suggestions.sources().independentSources()).isEqualTo(1);
    }

    @Test
    void aOneMegabyteArticleIsKeptAsOffsetsNotAsItsText() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int sentence = 0; text.length() < 1_000_000; sentence++) {
            text.append("Report ").append(sentence).append(" says ").append(sentence % 97)
                    .append(" drones flew over region ").append(sentence % 13).append(", the ministry said. ");
            if (sentence % 8 == 7) {
                text.append('\n');
            }
        }
        String other = "The ministry said 12 drones flew over region 4. Officials claimed 12 drones flew over region 4.";

        Suggestions suggestions = twiceThroughAProject(Map.of("long.txt", text.toString(), "short.txt", other));

        assertThat(runs).hasValue(1);
        // Three ids and offsets and a score a match, compressed: the megabyte of text is not in it.
        assertThat(keptBytes.get()).isLessThan(64L * 1024 + 40L * suggestions.matches().size());
        assertThat(suggestions.conflicts().size()).isLessThanOrEqualTo(4 * suggestions.matches().size());
    }

    @Test
    void cyrillicTextGivesItsNameVariantsAndTheyAreKept() throws Exception {
        Suggestions suggestions = twiceThroughAProject(Map.of(
                "ru.txt", "Бойцы легиона заняли село Тёткино во вторник, заявил легион.\nГубернатор сообщил о 10 раненых.",
                "ru2.txt", "Легион заявил, что занял Тетькино.\nГубернатор сообщил о 12 раненых, по данным министерства.",
                "en.txt", "Fighters took control of Tyotkino, the Legion said.\nThe governor said 10 were injured."));

        assertThat(suggestions.variants()).anySatisfy(v -> assertThat(v.forms()).contains("Тёткино", "Tyotkino"));
    }
}
