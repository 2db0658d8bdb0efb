package org.corroborate.ingest.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of one PDF page in reading order, each with where it sits, so that paragraphs can be told
 * by the space above them: a gap clearly wider than the page's usual line spacing starts one.
 */
final class PrintedLines extends PDFTextStripper {
    /** How much wider than the usual line spacing a gap must be to part two paragraphs. */
    private static final float PARAGRAPH_GAP = 1.4f;

    private record Line(String text, float y) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private float currentY = Float.NaN;

    private PrintedLines() throws IOException {
        setSortByPosition(true);
    }

    static PrintedLines of(PDDocument document, int page) throws IOException {
        PrintedLines reader = new PrintedLines();
        reader.setStartPage(page);
        reader.setEndPage(page);
        reader.getText(document);
        reader.endLine();
        return reader;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (current.length() == 0 && !positions.isEmpty()) {
            currentY = positions.get(0).getYDirAdj();
        }
        current.append(text);
    }

    @Override
    protected void writeWordSeparator() {
        current.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private void endLine() {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            lines.add(new Line(text, currentY));
        }
        current.setLength(0);
    }

    /** The lines' text, those that start a paragraph (all but the first) prefixed with {@code mark}. */
    List<String> withParagraphMarks(String mark) {
        float usual = usualSpacing();
        List<String> marked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean starts = i > 0 && lines.get(i).y() - lines.get(i - 1).y() > usual * PARAGRAPH_GAP;
            marked.add(starts ? mark + lines.get(i).text() : lines.get(i).text());
        }
        return marked;
    }

    private float usualSpacing() {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            float gap = lines.get(i).y() - lines.get(i - 1).y();
            if (gap > 0) {
                gaps.add(gap);
            }
        }
        if (gaps.isEmpty()) {
            return Float.MAX_VALUE;
        }
        // The smallest gap is the spacing of lines within a paragraph; headlines and headers only widen others.
        gaps.sort(null);
        return gaps.get(0);
    }
}
