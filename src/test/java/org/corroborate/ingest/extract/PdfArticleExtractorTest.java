package org.corroborate.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** On PDFs made here with PDFBox, laid out as a printed article is: header, lines, footer, per page. */
class PdfArticleExtractorTest {
    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** One page: its paragraphs, each a list of printed lines. */
    private static final List<List<List<String>>> PAGES = List.of(
            List.of(List.of("Pro-Ukrainian Russian fighters said on Tuesday that they had",
                            "crossed into the Belgorod region, in attacks that Moscow said it",
                            "had repelled with aircraft and artil-",
                            "lery near the village of Tyotkino."),
                    List.of("The Russian defence ministry said it had killed 60 Ukrainian",
                            "soldiers and destroyed five tanks.")),
            List.of(List.of("Ukraine's military intelligence said the groups were made up of",
                            "Russian citizens acting on their own account."),
                    List.of("The governor said two civilians were wounded by shelling.")),
            List.of(List.of("Kyiv has denied any part in the raids, which began on the eve",
                            "of the Russian presidential election.")));

    @Test
    void readsTheArticleWithoutRunningHeadersFootersOrPageNumbersAndJoinsSplitWords() throws Exception {
        ExtractedArticle article = PdfArticleExtractor.extract(printed(PAGES, false));

        assertThat(article.text()).isEqualTo("""
                Pro-Ukrainian Russian fighters said on Tuesday that they had crossed into the Belgorod region, \
                in attacks that Moscow said it had repelled with aircraft and artillery near the village of Tyotkino.

                The Russian defence ministry said it had killed 60 Ukrainian soldiers and destroyed five tanks.

                Ukraine's military intelligence said the groups were made up of Russian citizens acting on their \
                own account.

                The governor said two civilians were wounded by shelling.

                Kyiv has denied any part in the raids, which began on the eve of the Russian presidential election.""");
    }

    @Test
    void takesTitleAuthorAndDateFromTheDocumentInformation() throws Exception {
        DocumentMetadata about = PdfArticleExtractor.extract(printed(PAGES, false)).metadata();

        assertThat(about).isEqualTo(new DocumentMetadata(Optional.empty(), Optional.of("Raids across the border"),
                Optional.of("Ann Lee"), Optional.of(LocalDate.of(2024, 3, 12)), Optional.empty()));
    }

    @Test
    void aPdfWithoutTextIsRefusedSayingItHasNoTextLayer() throws Exception {
        byte[] scan;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(50, 50, 300, 400);
                content.fill();
            }
            document.save(out);
            scan = out.toByteArray();
        }

        assertThatThrownBy(() -> PdfArticleExtractor.extract(scan))
                .isInstanceOf(ExtractionException.class).hasMessageStartingWith("this PDF has no text layer");
    }

    @Test
    void anEncryptedPdfIsRefusedSayingSo() throws Exception {
        byte[] locked = printed(PAGES, true);

        assertThatThrownBy(() -> PdfArticleExtractor.extract(locked))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("encrypted with a password");
    }

    @Test
    void aDamagedPdfIsRefusedSayingSo() throws Exception {
        byte[] whole = printed(PAGES, false);
        byte[] cut = Arrays.copyOf(whole, 40);

        assertThatThrownBy(() -> PdfArticleExtractor.extract(cut))
                .isInstanceOf(ExtractionException.class).hasMessageStartingWith("not a readable PDF");
    }

    private static byte[] printed(List<List<List<String>>> pages, boolean encrypted) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    write(content, 60, 800, "The Daily Planet   12 March 2024");
                    float y = 740;
                    for (List<String> paragraph : pages.get(p)) {
                        for (String line : paragraph) {
                            write(content, 60, y, line);
                            y -= 16;
                        }
                        y -= 16;
                    }
                    write(content, 280, 40, String.valueOf(p + 1));
                }
            }
            document.getDocumentInformation().setTitle("Raids across the border");
            document.getDocumentInformation().setAuthor("Ann Lee");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("Europe/Kyiv"));
            created.clear();
            created.set(2024, Calendar.MARCH, 12, 0, 30);
            document.getDocumentInformation().setCreationDate(created);
            if (encrypted) {
                document.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void write(PDPageContentStream content, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(FONT, 11);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
