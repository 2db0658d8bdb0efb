package org.corroborate.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.corroborate.ingest.extract.DocumentMetadata;
import org.corroborate.ingest.extract.ExtractedArticle;
import org.corroborate.ingest.extract.ExtractionException;
import org.corroborate.ingest.extract.HtmlArticleExtractor;
import org.corroborate.ingest.extract.HtmlCharset;
import org.corroborate.ingest.extract.Mhtml;
import org.corroborate.ingest.extract.PdfArticleExtractor;
import org.corroborate.model.ArticleDraft;
import org.corroborate.model.StoredText;
import org.corroborate.text.ByteOrderMark;
import org.corroborate.text.StrictDecoding;

/**
 * Reads one article file of any kind Corroborate takes (plain text, Markdown, a saved web page, a
 * PDF) into an article with what the file says about it. A file it cannot take is refused with the
 * reason, never half-read. The kinds and the limits are in docs/article-set-format.md.
 */
public final class ArticleFileReader {
    private final FileBytes files;

    public ArticleFileReader() {
        this(FileBytes.standard());
    }

    ArticleFileReader(FileBytes files) {
        this.files = files;
    }

    /** What became of one file. */
    public sealed interface Outcome {
        String fileName();

        /** The article, and what about it needs a look (a guessed encoding, say), each to follow the file's name. */
        record Read(ArticleDraft draft, List<String> warnings) implements Outcome {
            public Read {
                Objects.requireNonNull(draft, "draft");
                warnings = List.copyOf(warnings);
            }

            @Override
            public String fileName() {
                return draft.fileName();
            }
        }

        /** Not taken; {@code reason} follows the file's name in a message. */
        record Refused(String fileName, String reason) implements Outcome {
            public String message() {
                return fileName + ": " + reason;
            }
        }
    }

    public static boolean isReadable(String fileName) {
        return ArticleKind.of(fileName).isPresent();
    }

    public Outcome read(Path file) {
        String name = file.getFileName().toString();
        Optional<ArticleKind> kind = ArticleKind.of(name);
        if (kind.isEmpty()) {
            return new Outcome.Refused(name, "not a kind of file Corroborate reads as an article ("
                    + ArticleKind.DESCRIPTION + ")");
        }
        try {
            byte[] bytes = files.read(file);
            if (ArticleKind.isGzipped(name)) {
                bytes = gunzip(bytes);
            }
            return read(name, kind.get(), bytes);
        } catch (FileBytes.TooLargeException e) {
            return new Outcome.Refused(name, e.getMessage());
        } catch (IOException e) {
            return new Outcome.Refused(name, "cannot be read: " + FileBytes.describe(e));
        }
    }

    /** Reads an article from bytes that did not come from a file (pasted, say); {@code name} names it. */
    public Outcome read(String name, ArticleKind kind, byte[] bytes) {
        List<String> warnings = new ArrayList<>();
        try {
            ExtractedArticle article = switch (kind) {
                case TEXT -> new ExtractedArticle(decode(bytes, Optional.empty(), warnings), DocumentMetadata.NONE);
                case HTML -> page(new Mhtml.Page(bytes, Optional.empty()), warnings);
                case MHTML -> page(Mhtml.pageOf(bytes), warnings);
                case PDF -> PdfArticleExtractor.extract(bytes);
            };
            String text = StoredText.normalize(article.text());
            DocumentMetadata about = article.metadata();
            return new Outcome.Read(new ArticleDraft(name, about.outlet(),
                    about.headline().orElseGet(() -> FirstLineTitle.of(text, name)), false, about.published(),
                    about.canonicalUrl(), text), warnings);
        } catch (ExtractionException e) {
            return new Outcome.Refused(name, e.getMessage());
        }
    }

    // The charset the archive gives the page goes before the one the page declares, as in a browser.
    private static ExtractedArticle page(Mhtml.Page page, List<String> warnings) throws ExtractionException {
        byte[] html = page.html();
        return HtmlArticleExtractor.extract(decode(html, page.charset().or(() -> HtmlCharset.declared(html)), warnings));
    }

    // A byte-order mark goes before any declaration, as in browsers: a page saved as UTF-8 often keeps
    // the meta charset it was first written with.
    private static String decode(byte[] bytes, Optional<Charset> declared, List<String> warnings)
            throws ExtractionException {
        if (declared.isPresent() && bytes.length > 0 && ByteOrderMark.find(bytes).isEmpty()) {
            Optional<String> strict = StrictDecoding.decode(bytes, 0, declared.get()).text();
            if (strict.isPresent() && !strict.get().isBlank()) {
                return strict.get();
            }
        }
        DecodeResult decoded = TextDecoder.decode(bytes);
        if (decoded instanceof DecodeResult.Refused refused) {
            throw new ExtractionException(refused.reason());
        }
        DecodeResult.Decoded text = (DecodeResult.Decoded) decoded;
        text.caveat().ifPresent(warnings::add);
        return text.text();
    }

    private byte[] gunzip(byte[] compressed) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return files.readLimited(in, "inflates to more than");
        } catch (ZipException | java.io.EOFException e) {
            throw new IOException("not a valid gzip file (" + e.getMessage() + ")", e);
        }
    }
}
