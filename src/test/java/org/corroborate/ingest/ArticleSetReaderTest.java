package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.corroborate.ingest.ImportProblem.Severity;
import org.corroborate.model.ArticleDraft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSetReaderTest {
    @TempDir
    Path root;
    private SetFolder set;

    @BeforeEach
    void newSet() throws IOException {
        set = new SetFolder(Files.createDirectory(root.resolve("raids")));
    }

    @Test
    void withoutManifestEveryTextAndMarkdownFileIsAnArticleTitledByItsFirstLine() throws Exception {
        set.text("b.txt", "\n  \n  Second report  \nBody.\n")
                .text("a.md", "## First report\n\nBody.\n")
                .text("README.md", "# About this set\n")
                .text("readme.MD", "also documentation\n")
                .text("photo.png", "not really a picture")
                .text(".DS_Store", "finder litter");

        ArticleSetImport result = read();

        assertThat(result.title()).isEqualTo("raids");
        assertThat(result.description()).isEmpty();
        assertThat(result.articles())
                .extracting(ArticleDraft::fileName, ArticleDraft::headline, ArticleDraft::outlet,
                        ArticleDraft::headlineDescriptive, ArticleDraft::published, ArticleDraft::url)
                .containsExactly(
                        tuple("a.md", "First report", Optional.empty(), false, Optional.empty(), Optional.empty()),
                        tuple("b.txt", "Second report", Optional.empty(), false, Optional.empty(), Optional.empty()));
        assertThat(result.problems()).containsExactly(new ImportProblem("photo.png", Severity.INFO,
                "photo.png: skipped — only .txt, .md, .html, .htm, .mhtml, .pdf, or any of them gzipped (.gz)"
                        + " files are read as articles"));
    }

    @Test
    void withoutManifestNumberedFilesComeInTheOrderTheirNumbersGo() throws Exception {
        set.text("report10.txt", "Tenth\n").text("report2.txt", "Second\n").text("Report1.txt", "First\n");

        assertThat(read().articles()).extracting(ArticleDraft::fileName)
                .containsExactly("Report1.txt", "report2.txt", "report10.txt");
    }

    @Test
    void subfoldersAreNotRead() throws Exception {
        set.text("a.txt", "Report\n");
        Files.createDirectory(set.path.resolve("more"));
        new SetFolder(set.path.resolve("more")).text("b.txt", "Hidden report\n");

        ArticleSetImport result = read();

        assertOnlyLoaded(result, "a.txt", new ImportProblem("more", Severity.INFO,
                "more: skipped — it is a folder, and only the files at the top of the set's folder are read"));
    }

    @Test
    void savedPagesAndPdfsAreArticlesTooWithWhatTheySayOfThemselvesUnderTheManifest() throws Exception {
        set.text("page.html", "<html><head><meta property=\"og:site_name\" content=\"Planet\">"
                        + "<meta property=\"og:title\" content=\"Raids\"></head><body><article><p>Officials said 60"
                        + " soldiers were killed near Tyotkino, in the Kursk region, on Tuesday morning.</p></article>"
                        + "</body></html>")
                .text("manifest.json", """
                        {"title": "T", "articles": [{"file": "page.html", "headline": "Raids near Tyotkino"}]}
                        """);

        ArticleSetImport result = read();

        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).singleElement().satisfies(article -> {
            assertThat(article.outlet()).contains("Planet");
            assertThat(article.headline()).isEqualTo("Raids near Tyotkino");
            assertThat(article.text()).startsWith("Officials said 60 soldiers");
        });
    }

    @Test
    void anEmptyFolderGivesNoArticlesAndSaysSo() throws Exception {
        set.text("README.md", "# Nothing here yet\n").text("notes.docx", "PK");

        ArticleSetImport result = read();

        assertThat(result.articles()).isEmpty();
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.problemsOf(Severity.ERROR)).containsExactly(
                new ImportProblem("raids", Severity.ERROR, "raids: the folder holds no .txt or .md articles, nor saved web pages or PDFs"));
    }

    @Test
    void aMissingFolderOrAFileIsNotASet() throws Exception {
        Path missing = root.resolve("nowhere");
        Path file = Files.writeString(root.resolve("article.txt"), "text");

        assertThatThrownBy(() -> new ArticleSetReader().read(missing))
                .isInstanceOf(ArticleSetException.class).hasMessage("No such folder: " + missing);
        assertThatThrownBy(() -> new ArticleSetReader().read(file))
                .isInstanceOf(ArticleSetException.class)
                .hasMessage("Not a folder: " + file + " — choose the folder that holds the article files");
    }

    @Test
    void aBinaryFileIsSkippedAndTheOthersLoad() throws Exception {
        set.text("good.txt", "Good report\n")
                .bytes("image.txt", TextDecoderTest.bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00));

        ArticleSetImport result = read();

        assertOnlyLoaded(result, "good.txt", new ImportProblem("image.txt", Severity.ERROR,
                "image.txt: looks like a binary file, not text (it contains NUL bytes)"));
    }

    @Test
    void aBrokenLinkIsReportedAsUnreadable() throws Exception {
        set.text("good.txt", "Good report\n");
        Files.createSymbolicLink(set.path.resolve("gone.txt"), root.resolve("deleted.txt"));

        ArticleSetImport result = read();

        assertOnlyLoaded(result, "good.txt", new ImportProblem("gone.txt", Severity.ERROR,
                "gone.txt: cannot be read: no such file (a broken link?)"));
    }

    @Test
    void aFileTheSystemWillNotOpenIsReportedWithTheReason() throws Exception {
        set.text("good.txt", "Good report\n").text("locked.txt", "Locked report\n");

        ArticleSetImport result = readDenying("locked.txt");

        assertOnlyLoaded(result, "good.txt", new ImportProblem("locked.txt", Severity.ERROR,
                "locked.txt: cannot be read: permission denied"));
    }

    @Test
    void aZeroByteFileIsEmpty() throws Exception {
        set.text("good.txt", "Good report\n").text("empty.txt", "").text("blank.md", "\n   \n");

        ArticleSetImport result = read();

        assertOnlyLoaded(result, "good.txt",
                new ImportProblem("blank.md", Severity.ERROR, "blank.md: empty (it holds no text, only whitespace)"),
                new ImportProblem("empty.txt", Severity.ERROR, "empty.txt: empty (0 bytes)"));
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingItAll() throws Exception {
        set.text("good.txt", "Good report\n");
        try (RandomAccessFile huge = new RandomAccessFile(set.path.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(FileBytes.DEFAULT_LIMIT + 1);
        }

        ArticleSetImport result = read();

        assertOnlyLoaded(result, "good.txt", new ImportProblem("huge.txt", Severity.ERROR,
                "huge.txt: larger than 20 MB, far more than any article's text — check that it is the right file"));
    }

    @Test
    void textThatIsNotUtf8LoadsAsWindows1252WithAWarning() throws Exception {
        set.bytes("old.txt", "Caf\u00e9 society \u2013 \u201cquoted\u201d\r\n".getBytes(TextDecoder.WINDOWS_1252));

        ArticleSetImport result = read();

        assertThat(result.articles()).extracting(ArticleDraft::text)
                .containsExactly("Caf\u00e9 society \u2013 \u201cquoted\u201d\n");
        assertThat(result.problems()).containsExactly(new ImportProblem("old.txt", Severity.WARNING,
                "old.txt: not valid UTF-8 (first bad byte at offset 3); read as Windows-1252 — check the text"));
    }

    @Test
    void textThatIsNeitherUtf8NorWindows1252IsRefused() throws Exception {
        set.text("good.txt", "Good report\n")
                .bytes("odd.txt", TextDecoderTest.concat("Caf".getBytes(StandardCharsets.US_ASCII),
                        TextDecoderTest.bytes(0xE9, 0x81)));

        ArticleSetImport result = read();

        assertOnlyLoaded(result, "good.txt", new ImportProblem("odd.txt", Severity.ERROR,
                "odd.txt: not valid UTF-8 (first bad byte at offset 3), and not Windows-1252"
                        + " either (byte 0x81 at offset 4 is undefined there) — find out its encoding and save it as UTF-8"));
    }

    @Test
    void utf16FilesWithAMarkLoadNormalised() throws Exception {
        String text = "Ивановская область\r\nIl-76 crash\r\n";
        set.bytes("le.txt", TextDecoderTest.concat(TextDecoderTest.bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE)))
                .bytes("be.txt", TextDecoderTest.concat(TextDecoderTest.bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE)));

        ArticleSetImport result = read();

        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).extracting(ArticleDraft::fileName, ArticleDraft::headline, ArticleDraft::text)
                .containsExactly(
                        tuple("be.txt", "Ивановская область", "Ивановская область\nIl-76 crash\n"),
                        tuple("le.txt", "Ивановская область", "Ивановская область\nIl-76 crash\n"));
    }

    @Test
    void storedTextHasNoMarkOnlyLineFeedsAndIsComposed() throws Exception {
        set.bytes("bom.txt", TextDecoderTest.concat(TextDecoderTest.bytes(0xEF, 0xBB, 0xBF), "Headline\nBody".getBytes(StandardCharsets.UTF_8)))
                .text("crlf.txt", "Headline\r\nBody\rMore\r\n")
                .text("nfd.txt", "Cafe\u0301 in Tyo\u0308tkino\n");

        ArticleSetImport result = read();

        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).extracting(ArticleDraft::text).containsExactly(
                "Headline\nBody",
                "Headline\nBody\nMore\n",
                "Caf\u00e9 in Ty\u00f6tkino\n");
        assertThat(result.articles().get(2).headline()).isEqualTo("Caf\u00e9 in Ty\u00f6tkino").hasSize(16);
    }

    @Test
    void theManifestGivesTitleOrderOutletsHeadlinesAndDates() throws Exception {
        set.text("a.txt", "a first line\n").text("b.md", "# b first line\n").text("c.txt", "c first line\n")
                .text("manifest.json", """
                        {
                          "title": "Raids, 12 March",
                          "description": "Three reports",
                          "articles": [
                            { "file": "c.txt", "outlet": "CNN", "headline": "Fighters claim raids",
                              "published": "2024-03-12", "url": "https://example.org/c" },
                            { "file": "a.txt", "outlet": "Worthy News", "headline": "Raids and a crash",
                              "headlineDescriptive": true },
                            { "file": "b.md" }
                          ]
                        }
                        """);

        ArticleSetImport result = read();

        assertThat(result.problems()).isEmpty();
        assertThat(result.title()).isEqualTo("Raids, 12 March");
        assertThat(result.description()).contains("Three reports");
        assertThat(result.articles())
                .extracting(ArticleDraft::fileName, ArticleDraft::outlet, ArticleDraft::headline,
                        ArticleDraft::headlineDescriptive, ArticleDraft::published, ArticleDraft::url)
                .containsExactly(
                        tuple("c.txt", Optional.of("CNN"), "Fighters claim raids", false,
                                Optional.of(java.time.LocalDate.of(2024, 3, 12)), Optional.of("https://example.org/c")),
                        tuple("a.txt", Optional.of("Worthy News"), "Raids and a crash", true, Optional.empty(), Optional.empty()),
                        tuple("b.md", Optional.empty(), "b first line", false, Optional.empty(), Optional.empty()));
    }

    @Test
    void aManifestThatDoesNotParseIsReportedAndTheFolderIsReadWithoutIt() throws Exception {
        set.text("a.txt", "First line of a\n").text("b.txt", "First line of b\n")
                .text("manifest.json", """
                        {
                          "title": "Raids"
                          "articles": []
                        }
                        """);

        ArticleSetImport result = read();

        assertThat(result.title()).isEqualTo("raids");
        assertThat(result.articles()).extracting(ArticleDraft::fileName, ArticleDraft::headline)
                .containsExactly(tuple("a.txt", "First line of a"), tuple("b.txt", "First line of b"));
        assertThat(result.problems()).hasSize(1);
        ImportProblem problem = result.problems().get(0);
        assertThat(problem.fileName()).isEqualTo("manifest.json");
        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        assertThat(problem.message())
                .isEqualTo("manifest.json: not valid (line 3, column 3): Unexpected character ('\"' (code 34)):"
                        + " was expecting comma to separate Object entries;"
                        + " the folder was read as if it had no manifest — fix manifest.json and import again");
    }

    @Test
    void aManifestWithABadDateFallsBackTooAndSaysWhere() throws Exception {
        set.text("a.txt", "First line of a\n").text("manifest.json", """
                {"title": "T", "articles": [{"file": "a.txt", "outlet": "CNN", "published": "12 March 2024"}]}
                """);

        ArticleSetImport result = read();

        assertThat(result.articles()).extracting(ArticleDraft::headline, ArticleDraft::outlet)
                .containsExactly(tuple("First line of a", Optional.empty()));
        assertThat(result.problems()).extracting(ImportProblem::message).containsExactly(
                "manifest.json: not valid (line 1, column 77, at articles[0].published): \"12 March 2024\" is not"
                        + " a date as yyyy-MM-dd; the folder was read as if it had no manifest — fix manifest.json and import again");
    }

    @Test
    void anUnreadableManifestFallsBackToo() throws Exception {
        set.text("a.txt", "First line of a\n").text("manifest.json", "{}");

        ArticleSetImport result = readDenying("manifest.json");

        assertOnlyLoaded(result, "a.txt", new ImportProblem("manifest.json", Severity.ERROR,
                "manifest.json: cannot be read: permission denied; the folder was read as if it had no manifest"
                        + " — fix manifest.json and import again"));
    }

    @Test
    void aListedFileThatIsMissingIsAnErrorAndTheOthersLoad() throws Exception {
        set.text("a.txt", "A\n").text("manifest.json", """
                {"title": "T", "articles": [{"file": "ghost.txt"}, {"file": "a.txt", "outlet": "CNN"}]}
                """);

        ArticleSetImport result = read();

        assertThat(result.articles()).extracting(ArticleDraft::fileName, ArticleDraft::outlet)
                .containsExactly(tuple("a.txt", Optional.of("CNN")));
        assertThat(result.problems()).containsExactly(new ImportProblem("ghost.txt", Severity.ERROR,
                "ghost.txt: listed in manifest.json but not found in the folder — check the name in the manifest, or add the file"));
    }

    @Test
    void filesTheManifestDoesNotListAreLeftOutWithAWarning() throws Exception {
        set.text("a.txt", "A\n").text("extra.md", "Extra\n").text("README.md", "Docs\n").text("manifest.json", """
                {"title": "T", "articles": [{"file": "a.txt"}]}
                """);

        ArticleSetImport result = read();

        assertOnlyLoaded(result, "a.txt", new ImportProblem("extra.md", Severity.WARNING,
                "extra.md: not imported because manifest.json does not list it — add it to the manifest to import it"));
    }

    @Test
    void manifestEntriesThatCannotBeArticlesAreErrors() throws Exception {
        set.text("a.txt", "A\n").text("README.md", "Docs\n");
        Files.createDirectory(set.path.resolve("folder.txt"));
        set.text("manifest.json", """
                {"title": "T", "articles": [
                  {"file": "../a.txt"}, {"file": "README.md"}, {"file": "a.txt"}, {"file": "a.txt"}, {"file": "folder.txt"}
                ]}
                """);

        ArticleSetImport result = read();

        assertThat(result.articles()).extracting(ArticleDraft::fileName).containsExactly("a.txt");
        assertThat(result.problems()).extracting(ImportProblem::severity).containsOnly(Severity.ERROR, Severity.INFO);
        assertThat(result.problems()).extracting(ImportProblem::message).containsExactly(
                "../a.txt: listed in manifest.json, but an entry must name a file in the set's folder, not a path",
                "README.md: listed in manifest.json, but only .txt, .md, .html, .htm, .mhtml, .pdf, or any of them gzipped"
                        + " (.gz) files other than README.md can be articles",
                "a.txt: listed in manifest.json more than once; only its first entry was used",
                "folder.txt: cannot be read: Is a directory",
                "folder.txt: skipped — it is a folder, and only the files at the top of the set's folder are read");
    }

    private static void assertOnlyLoaded(ArticleSetImport result, String fileName, ImportProblem... problems) {
        assertThat(result.articles()).extracting(ArticleDraft::fileName).containsExactly(fileName);
        assertThat(result.problems()).containsExactly(problems);
    }

    /** Reads the set as if the system refused to open the file {@code denied}. */
    private ArticleSetImport readDenying(String denied) throws ArticleSetException {
        FileBytes files = new FileBytes(file -> {
            if (file.getFileName().toString().equals(denied)) {
                throw new AccessDeniedException(file.toString());
            }
            return Files.newInputStream(file);
        }, FileBytes.DEFAULT_LIMIT);
        return new ArticleSetReader(files).read(set.path);
    }

    private ArticleSetImport read() throws ArticleSetException {
        return new ArticleSetReader().read(set.path);
    }
}
