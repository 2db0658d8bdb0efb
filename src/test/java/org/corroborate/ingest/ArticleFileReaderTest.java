package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.corroborate.ingest.ArticleFileReader.Outcome;
import org.corroborate.model.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileReaderTest {
    private static final String PARAGRAPHS = "<p>The Russian defence ministry said on Tuesday it had killed 60"
            + " Ukrainian soldiers near the café in Tyotkino, in the Kursk region, and destroyed five tanks.</p>"
            + "<p>Kyiv said it had no part in the raids, which it said were carried out by Russian citizens.</p>";

    @TempDir
    Path folder;

    @Test
    void aSavedPageBecomesAnArticleWithItsMetadata() throws IOException {
        Path page = write("raids.html", ("<html><head><meta property=\"og:site_name\" content=\"Planet\">"
                + "<meta property=\"og:title\" content=\"Raids\"><meta property=\"article:published_time\""
                + " content=\"2024-03-12\"><link rel=canonical href=\"https://planet.example/raids\"></head><body>"
                + "<article>" + PARAGRAPHS + "</article></body></html>").getBytes(StandardCharsets.UTF_8));

        ArticleDraft draft = read(page);

        assertThat(draft.outlet()).contains("Planet");
        assertThat(draft.headline()).isEqualTo("Raids");
        assertThat(draft.published()).contains(LocalDate.of(2024, 3, 12));
        assertThat(draft.url()).contains("https://planet.example/raids");
        assertThat(draft.text()).startsWith("The Russian defence ministry").contains("café");
    }

    @Test
    void aPageIsDecodedInTheCharsetItDeclares() throws IOException {
        String html = "<html><head><meta charset=\"windows-1251\"></head><body><article><p>Министерство обороны"
                + " России заявило, что уничтожило шестьдесят украинских военнослужащих у посёлка Тёткино.</p>"
                + "<p>Киев отрицает свою причастность к рейдам на территорию Курской области.</p></article></body></html>";
        Path page = write("raid.htm", html.getBytes(Charset.forName("windows-1251")));

        Outcome outcome = new ArticleFileReader().read(page);

        assertThat(outcome).isInstanceOf(Outcome.Read.class);
        assertThat(((Outcome.Read) outcome).draft().text()).contains("Тёткино");
        assertThat(((Outcome.Read) outcome).warnings()).isEmpty();
    }

    @Test
    void aByteOrderMarkGoesBeforeTheCharsetThePageDeclares() throws IOException {
        byte[] page = ("<html><head><meta charset=\"windows-1252\"></head><body><article>" + PARAGRAPHS
                + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[page.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(page, 0, marked, 3, page.length);

        assertThat(read(write("marked.html", marked)).text()).contains("near the café in Tyotkino");
    }

    @Test
    void aGzippedPageIsInflatedAndRead() throws IOException {
        Path page = write("raids.html.gz", gzip(("<html><body><article>" + PARAGRAPHS + "</article></body></html>")
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(read(page).text()).contains("Tyotkino");
    }

    @Test
    void aWebArchiveIsReadFromItsPageInQuotedPrintableOrBase64() throws IOException {
        String page = "<html><head><meta property=\"og:site_name\" content=\"Planet\"></head><body><article>"
                + PARAGRAPHS + "</article></body></html>";
        String quoted = page.replace("café", "caf=C3=A9").replace("Tyotkino, in", "Tyot=\r\nkino, in");
        String base64 = java.util.Base64.getMimeEncoder().encodeToString(page.getBytes(StandardCharsets.UTF_8));
        for (String[] encoded : new String[][] {{"quoted-printable", quoted}, {"base64", base64}}) {
            String archive = "From: <Saved by Blink>\r\nSubject: Raids\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--x1\"\r\n\r\n"
                    + "------MultipartBoundary--x1\r\nContent-Type: text/html\r\nContent-ID: <frame-1>\r\n"
                    + "Content-Transfer-Encoding: " + encoded[0] + "\r\nContent-Location: https://planet.example/raids\r\n\r\n"
                    + encoded[1] + "\r\n------MultipartBoundary--x1\r\nContent-Type: image/png\r\n"
                    + "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n------MultipartBoundary--x1--\r\n";

            ArticleDraft draft = read(write("raids." + encoded[0] + ".mhtml", archive.getBytes(StandardCharsets.US_ASCII)));

            assertThat(draft.outlet()).contains("Planet");
            assertThat(draft.text()).contains("near the café in Tyotkino, in the Kursk region");
        }
    }

    @Test
    void aGzipThatInflatesPastTheLimitIsRefusedWithoutInflatingItAll() throws IOException {
        Path bomb = write("bomb.html.gz", gzip(new byte[2_000_000]));
        ArticleFileReader reader = new ArticleFileReader(new FileBytes(Files::newInputStream, 1_000_000));

        assertThat(reader.read(bomb)).isEqualTo(new Outcome.Refused("bomb.html.gz",
                "inflates to more than 1000000 bytes, far more than any article's text — check that it is the right file"));
    }

    @Test
    void eachKindOfBadFileIsRefusedNamingTheReason() throws IOException {
        ArticleFileReader reader = new ArticleFileReader();

        assertThat(reader.read(write("photo.jpg", new byte[] {1, 2, 3}))).isInstanceOf(Outcome.Refused.class)
                .extracting(Outcome::fileName).isEqualTo("photo.jpg");
        assertThat(message(reader.read(write("binary.html", new byte[] {'<', 'p', '>', 0, 0, 1}))))
                .isEqualTo("binary.html: looks like a binary file, not text (it contains NUL bytes)");
        assertThat(message(reader.read(write("empty.html", "<html><body></body></html>".getBytes(StandardCharsets.UTF_8)))))
                .startsWith("empty.html: holds no article text");
        assertThat(message(reader.read(write("broken.gz.html.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2}))))
                .startsWith("broken.gz.html.gz: cannot be read: not a valid gzip file");
        assertThat(message(reader.read(write("scan.pdf", "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII)))))
                .startsWith("scan.pdf: not a readable PDF");
    }

    @Test
    void plainTextIsStoredAsItIsWithTheFirstLineAsHeadline() throws IOException {
        ArticleDraft draft = read(write("a.txt", "Raids across the border\n\nFighters said...\r\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(draft).isEqualTo(new ArticleDraft("a.txt", Optional.empty(), "Raids across the border", false,
                Optional.empty(), Optional.empty(), "Raids across the border\n\nFighters said...\n"));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private static ArticleDraft read(Path file) {
        Outcome outcome = new ArticleFileReader().read(file);
        assertThat(outcome).isInstanceOf(Outcome.Read.class);
        return ((Outcome.Read) outcome).draft();
    }

    private static String message(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused) outcome).message();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }
}
