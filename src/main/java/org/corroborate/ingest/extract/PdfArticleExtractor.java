package org.corroborate.ingest.extract;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The text of a PDF article in reading order, as PDFBox finds it, with what a printed page adds taken
 * away: running headers and footers (lines repeated at the top or bottom of most pages), page numbers,
 * and the hyphens that split words at the ends of lines.
 */
public final class PdfArticleExtractor {
    private static final String PARAGRAPH = "\u2029";
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(page\\s*)?\\d{1,4}(\\s*(/|of)\\s*\\d{1,4})?");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”’]\\n$");
    private static final Pattern SPLIT_WORD = Pattern.compile("(\\p{L})-\\n(\\p{Ll})");
    /** Lines compared at each end of a page when looking for running headers and footers. */
    private static final int EDGE_LINES = 2;

    private PdfArticleExtractor() {
    }

    public static ExtractedArticle extract(byte[] bytes) throws ExtractionException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<List<String>> pages = pagesOf(document);
            String text = joinPages(withoutRunningLines(pages));
            if (text.isBlank()) {
                throw new ExtractionException("this PDF has no text layer (a scan, or pictures of text) —"
                        + " run text recognition (OCR) on it first");
            }
            return new ExtractedArticle(text, metadataOf(document.getDocumentInformation()));
        } catch (InvalidPasswordException e) {
            throw new ExtractionException("this PDF is encrypted with a password — save an unprotected copy first", e);
        } catch (IOException e) {
            throw new ExtractionException("not a readable PDF (it may be damaged or cut short): " + e.getMessage(), e);
        }
    }

    private static List<List<String>> pagesOf(PDDocument document) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            pages.add(PrintedLines.of(document, page).withParagraphMarks(PARAGRAPH));
        }
        return pages;
    }

    /** Drops lines that recur at a page's edge on most pages, digits aside (so "Page 3" matches "Page 4"). */
    private static List<List<String>> withoutRunningLines(List<List<String>> pages) {
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (List<String> lines : pages) {
            edgeLines(lines).stream().map(PdfArticleExtractor::shape).distinct()
                    .forEach(shape -> edgeCounts.merge(shape, 1, Integer::sum));
        }
        int recurring = Math.max(2, (pages.size() + 1) / 2);
        List<List<String>> cleaned = new ArrayList<>();
        for (List<String> lines : pages) {
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean atEdge = i < EDGE_LINES || i >= lines.size() - EDGE_LINES;
                boolean running = pages.size() > 1 && edgeCounts.getOrDefault(shape(line), 0) >= recurring;
                boolean pageNumber = PAGE_NUMBER.matcher(line.replace(PARAGRAPH, "").strip()).matches();
                if (!(atEdge && (running || pageNumber))) {
                    kept.add(line);
                }
            }
            cleaned.add(kept);
        }
        return cleaned;
    }

    private static List<String> edgeLines(List<String> lines) {
        if (lines.size() <= 2 * EDGE_LINES) {
            return lines;
        }
        List<String> edges = new ArrayList<>(lines.subList(0, EDGE_LINES));
        edges.addAll(lines.subList(lines.size() - EDGE_LINES, lines.size()));
        return edges;
    }

    private static String shape(String line) {
        return line.replace(PARAGRAPH, "").replaceAll("\\d+", "#").strip();
    }

    /** Lines of a paragraph become one line; paragraphs, even across pages, are parted by a blank line. */
    private static String joinPages(List<List<String>> pages) {
        StringBuilder all = new StringBuilder();
        for (List<String> lines : pages) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                // A page's first line goes on with the paragraph the page before left unfinished.
                if (i == 0 && !all.isEmpty() && !SENTENCE_END.matcher(all).find()) {
                    line = line.replace(PARAGRAPH, "");
                } else if (i == 0 && !all.isEmpty() && !line.startsWith(PARAGRAPH)) {
                    line = PARAGRAPH + line;
                }
                all.append(line).append('\n');
            }
        }
        String joined = SPLIT_WORD.matcher(all).replaceAll("$1$2");
        StringBuilder text = new StringBuilder();
        for (String paragraph : joined.split(PARAGRAPH)) {
            String flowing = paragraph.strip().replaceAll("\\s*\\n\\s*", " ");
            if (!flowing.isEmpty()) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(flowing);
            }
        }
        return text.toString();
    }

    private static DocumentMetadata metadataOf(PDDocumentInformation info) {
        return new DocumentMetadata(Optional.empty(), nonBlank(info.getTitle()), nonBlank(info.getAuthor()),
                Optional.ofNullable(info.getCreationDate()).map(PdfArticleExtractor::date), Optional.empty());
    }

    private static LocalDate date(Calendar calendar) {
        // The date where it was written, as its author would give it.
        return calendar.toInstant().atZone(calendar.getTimeZone().toZoneId()).toLocalDate();
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
