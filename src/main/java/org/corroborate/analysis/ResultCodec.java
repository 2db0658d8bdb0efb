package org.corroborate.analysis;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.corroborate.model.Article;

/**
 * An analysis result as bytes, so a project can keep it and skip the analysis while its articles
 * stay the same. Spans are kept as offsets only: their text is taken again from the articles when
 * read, which keeps a set of a million matches to a few megabytes. Whoever keeps the bytes keys
 * them by {@link #fingerprint} and {@link Analysis#ENGINE_VERSION}; reading them against other
 * articles fails rather than giving spans of the wrong text.
 */
public final class ResultCodec {
    // Bumped when the layout below changes; independent of the engine's version, which says the content changed.
    private static final int LAYOUT = 0x43524101;
    private static final int MAX_STRING_BYTES = 1 << 20;

    private ResultCodec() {
    }

    /**
     * What the analysis reads of a set, in order, as 64 hex digits: each article's id, content hash
     * and date (the dates tell which of two articles rewrites the other).
     */
    public static String fingerprint(List<Article> articles) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Article article : articles) {
                digest.update((article.id() + ":" + article.contentHash().hex() + ":"
                        + article.published().map(Object::toString).orElse("") + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    // Both streams are buffered: a DataOutputStream writes an int as four single bytes, which the
    // deflater would otherwise take one call at a time (three times slower on a large set).
    public static byte[] encode(Analysis.Result result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new DeflaterOutputStream(bytes,
                new Deflater(Deflater.BEST_SPEED), 1 << 16), 1 << 16))) {
            out.writeInt(LAYOUT);
            writeList(out, result.matches(), m -> {
                writeSpan(out, m.a());
                writeSpan(out, m.b());
                out.writeDouble(m.score());
            });
            writeList(out, List.copyOf(result.eventOfArticle().entrySet()), e -> {
                out.writeInt(e.getKey());
                out.writeInt(e.getValue());
            });
            writeList(out, result.variants(), v -> {
                writeList(out, v.forms(), f -> writeString(out, f));
                writeList(out, v.spans(), s -> writeSpan(out, s));
            });
            writeList(out, result.conflicts(), c -> {
                writeSpan(out, c.a());
                writeSpan(out, c.b());
                writeString(out, c.kind().name());
                writeString(out, c.valueA());
                writeString(out, c.valueB());
                writeString(out, c.explanation());
            });
            writeDependence(out, result.dependence());
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The result the bytes hold, its spans read from these articles.
     *
     * @throws IllegalArgumentException when the bytes are not a result of this layout, or name spans
     *                                  the articles do not have
     */
    public static Analysis.Result decode(byte[] encoded, List<Article> articles) {
        SpanSource byId = new SpanSource(articles);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new InflaterInputStream(new ByteArrayInputStream(encoded)), 1 << 16))) {
            if (in.readInt() != LAYOUT) {
                throw new IllegalArgumentException("The stored analysis has another layout");
            }
            List<Match> matches = readList(in, () -> new Match(readSpan(in, byId), readSpan(in, byId), in.readDouble()));
            Map<Integer, Integer> events = new HashMap<>();
            readList(in, () -> events.put(in.readInt(), in.readInt()));
            List<Variant> variants = readList(in, () -> new Variant(readList(in, () -> readString(in)),
                    readList(in, () -> readSpan(in, byId))));
            List<Conflict> conflicts = readList(in, () -> new Conflict(readSpan(in, byId), readSpan(in, byId),
                    Conflict.Kind.valueOf(readString(in)), readString(in), readString(in), readString(in)));
            SourceDependence dependence = readDependence(in, byId);
            if (in.read() != -1) {
                throw new IllegalArgumentException("The stored analysis has bytes after its end");
            }
            return new Analysis.Result(matches, events, variants, conflicts, dependence);
        } catch (IOException e) {
            throw new IllegalArgumentException("The stored analysis is cut short or damaged: " + e.getMessage(), e);
        }
    }

    private static void writeDependence(DataOutputStream out, SourceDependence dependence) throws IOException {
        List<Integer> ids = dependence.articleIds();
        writeList(out, ids, out::writeInt);
        for (int row = 0; row < ids.size(); row++) {
            for (int column = 0; column < ids.size(); column++) {
                out.writeDouble(dependence.shared(row, column));
            }
        }
        writeList(out, dependence.rewrites(), r -> {
            out.writeInt(r.article());
            out.writeInt(r.source());
            out.writeDouble(r.shared());
            writeString(out, r.direction().name());
            writeList(out, r.passages(), p -> {
                writeSpan(out, p.a());
                writeSpan(out, p.b());
                writeList(out, p.droppedAttributions(), s -> writeString(out, s));
            });
        });
    }

    private static SourceDependence readDependence(DataInputStream in, SpanSource byId) throws IOException {
        List<Integer> ids = readList(in, in::readInt);
        double[][] shared = new double[ids.size()][ids.size()];
        for (double[] row : shared) {
            for (int column = 0; column < row.length; column++) {
                row[column] = in.readDouble();
            }
        }
        List<SourceDependence.Rewrite> rewrites = readList(in, () -> new SourceDependence.Rewrite(in.readInt(),
                in.readInt(), in.readDouble(), SourceDependence.Direction.valueOf(readString(in)),
                readList(in, () -> new SourceDependence.Passage(readSpan(in, byId), readSpan(in, byId),
                        readList(in, () -> readString(in))))));
        return new SourceDependence(ids, shared, rewrites);
    }

    private static void writeSpan(DataOutputStream out, ArticleSpan span) throws IOException {
        out.writeInt(span.articleId());
        out.writeInt(span.start());
        out.writeInt(span.end());
    }

    private record SpanKey(int articleId, int start, int end) {
    }

    /** The articles whose text the spans are read from; a span in hundreds of matches is made once. */
    private static final class SpanSource {
        private final Map<Integer, Article> byId = new HashMap<>();
        private final Map<SpanKey, ArticleSpan> made = new HashMap<>();

        SpanSource(List<Article> articles) {
            articles.forEach(a -> byId.put(a.id(), a));
        }
    }

    private static ArticleSpan readSpan(DataInputStream in, SpanSource source) throws IOException {
        SpanKey key = new SpanKey(in.readInt(), in.readInt(), in.readInt());
        ArticleSpan span = source.made.get(key);
        if (span == null) {
            Article article = source.byId.get(key.articleId());
            if (article == null || key.start() < 0 || key.end() <= key.start() || key.end() > article.length()) {
                throw new IllegalArgumentException("The stored analysis names a span [" + key.start() + ", "
                        + key.end() + ") of article " + key.articleId() + ", which the set does not hold");
            }
            span = new ArticleSpan(key.articleId(), key.start(), key.end(),
                    article.text().substring(key.start(), key.end()));
            source.made.put(key, span);
        }
        return span;
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IllegalArgumentException("The stored analysis holds a string of " + length + " bytes");
        }
        byte[] utf8 = in.readNBytes(length);
        if (utf8.length != length) {
            throw new EOFException("a string ends early");
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface Writer<T> {
        void write(T item) throws IOException;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read() throws IOException;
    }

    private static <T> void writeList(DataOutputStream out, List<T> items, Writer<T> writer) throws IOException {
        out.writeInt(items.size());
        for (T item : items) {
            writer.write(item);
        }
    }

    private static <T> List<T> readList(DataInputStream in, Reader<T> reader) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            throw new IllegalArgumentException("The stored analysis holds a list of " + size + " items");
        }
        List<T> items = new ArrayList<>(Math.min(size, 1 << 16));
        for (int i = 0; i < size; i++) {
            items.add(reader.read());
        }
        return items;
    }
}
