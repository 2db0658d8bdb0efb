package org.corroborate.ingest;

/**
 * The title of an article nobody gave a headline: its first non-blank line. Saved pages often start
 * with page furniture, so a manifest headline is better; this is the best guess without one.
 */
final class FirstLineTitle {
    static final int MAX_LENGTH = 120;
    /** A cut at a space is nicer, but not if it throws away more than half the allowed length. */
    private static final int MIN_WORD_CUT = MAX_LENGTH / 2;
    private static final String ELLIPSIS = "…";

    private FirstLineTitle() {
    }

    /** Falls back to the file's name for a text whose only lines are heading marks. */
    static String of(String storedText, String fileName) {
        boolean markdown = ArticleFileNames.isMarkdown(fileName);
        return storedText.lines()
                .map(line -> markdown ? stripHeadingMarks(line) : line.strip())
                .filter(line -> !line.isEmpty())
                .findFirst()
                .map(FirstLineTitle::shorten)
                .orElse(fileName);
    }

    private static String stripHeadingMarks(String line) {
        String stripped = line.strip();
        int marks = 0;
        while (marks < stripped.length() && stripped.charAt(marks) == '#') {
            marks++;
        }
        return stripped.substring(marks).strip();
    }

    private static String shorten(String line) {
        if (line.length() <= MAX_LENGTH) {
            return line;
        }
        int cut = MAX_LENGTH - ELLIPSIS.length();
        int space = line.lastIndexOf(' ', cut);
        if (space >= MIN_WORD_CUT) {
            cut = space;
        } else if (Character.isLowSurrogate(line.charAt(cut))) {
            cut--;
        }
        return line.substring(0, cut).strip() + ELLIPSIS;
    }
}
