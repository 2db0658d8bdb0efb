package org.corroborate.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.corroborate.model.Article;

/**
 * Finds words across every article of a project at once: case and accents do not count ("Tetkino"
 * finds "TETKINO" and "Tëtkino"), and words are split as Unicode splits them, so "Il-76" is the word
 * "il" followed by "76" and finds "IL-76" and "Il 76" alike, and "1,200" stays one number.
 *
 * <p>The index is Lucene's, held in memory and built from the articles when the project opens: an
 * article's text never changes once stored, so the index changes only when the articles do, and it
 * is then built again. Keeping it out of the project file means it works the same whatever store
 * holds the project, and an index never goes stale in a file. It records where each word is, so a
 * search gives the places of its hits without reading the articles again.
 */
public final class TextSearch implements AutoCloseable {
    private static final String TEXT = "text";
    private static final String ARTICLE = "article";
    private static final FieldType WITH_OFFSETS = withOffsets();

    /** Where one hit is in an article's text, in UTF-16 units as claims' anchors count. */
    public record Hit(int articleId, int start, int end) {
    }

    /** The hits of one article, in text order. */
    public record ArticleHits(int articleId, List<Hit> hits) {
        public ArticleHits {
            hits = List.copyOf(hits);
        }
    }

    /** What a search found: the articles with hits, in the project's order. */
    public record Result(String query, List<ArticleHits> articles) {
        public static Result none(String query) {
            return new Result(query, List.of());
        }

        public Result {
            Objects.requireNonNull(query, "query");
            articles = List.copyOf(articles);
        }

        public int hitCount() {
            return articles.stream().mapToInt(a -> a.hits().size()).sum();
        }

        /** Every hit, article by article. */
        public List<Hit> hits() {
            return articles.stream().flatMap(a -> a.hits().stream()).toList();
        }

        public List<Hit> hitsIn(int articleId) {
            return articles.stream().filter(a -> a.articleId() == articleId).findFirst()
                    .map(ArticleHits::hits).orElse(List.of());
        }
    }

    private final Analyzer analyzer = new FoldingAnalyzer();
    private final Directory directory;
    private final DirectoryReader reader;

    private TextSearch(Directory directory) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
    }

    /** Indexes the articles' texts; seconds for ten thousand articles, so callers build it in the background. */
    public static TextSearch of(List<Article> articles) {
        try {
            Directory directory = new ByteBuffersDirectory();
            IndexWriterConfig config = new IndexWriterConfig(new FoldingAnalyzer());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Article article : articles) {
                    Document document = new Document();
                    document.add(new Field(TEXT, article.text(), WITH_OFFSETS));
                    document.add(new NumericDocValuesField(ARTICLE, article.id()));
                    writer.addDocument(document);
                }
                writer.commit();
            }
            return new TextSearch(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not index the articles in memory", e);
        }
    }

    /** Every place the words occur, one after the other, in the articles; nothing for a query with no words. */
    public Result find(String query) {
        List<String> words = words(query == null ? "" : query);
        if (words.isEmpty()) {
            return Result.none(query == null ? "" : query);
        }
        try {
            return new Result(query, search(words));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not search the index in memory", e);
        }
    }

    /**
     * Walks the postings of the query's words, which hold each occurrence's position and offsets:
     * an article has a hit wherever the words stand at consecutive positions. Reading the postings
     * directly, rather than through a query and Lucene's matches, keeps a common word over ten
     * thousand articles well inside the time a keystroke allows (docs/benchmarks.md).
     */
    private List<ArticleHits> search(List<String> words) throws IOException {
        List<ArticleHits> found = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum[] postings = new PostingsEnum[words.size()];
            for (int i = 0; i < postings.length; i++) {
                postings[i] = leaf.reader().postings(new Term(TEXT, words.get(i)), PostingsEnum.OFFSETS);
                if (postings[i] == null) {
                    postings = null;
                    break;
                }
            }
            if (postings == null) {
                continue;
            }
            NumericDocValues articleIds = leaf.reader().getNumericDocValues(ARTICLE);
            for (int doc = nextCommonDoc(postings, 0); doc != DocIdSetIterator.NO_MORE_DOCS;
                    doc = nextCommonDoc(postings, doc + 1)) {
                articleIds.advanceExact(doc);
                int articleId = (int) articleIds.longValue();
                List<Hit> hits = hitsInDoc(postings, articleId);
                if (!hits.isEmpty()) {
                    found.add(new ArticleHits(articleId, hits));
                }
            }
        }
        found.sort(Comparator.comparingInt(ArticleHits::articleId));
        return found;
    }

    /** The first document at or after {@code target} that holds every word, all postings moved onto it. */
    private static int nextCommonDoc(PostingsEnum[] postings, int target) throws IOException {
        int doc = target;
        while (true) {
            boolean agreed = true;
            for (PostingsEnum words : postings) {
                int at = words.docID() >= doc ? words.docID() : words.advance(doc);
                if (at == DocIdSetIterator.NO_MORE_DOCS) {
                    return at;
                }
                if (at != doc) {
                    doc = at;
                    agreed = false;
                    break;
                }
            }
            if (agreed) {
                return doc;
            }
        }
    }

    /** The places in the current document where the words follow one another. */
    private static List<Hit> hitsInDoc(PostingsEnum[] postings, int articleId) throws IOException {
        int[][] positions = new int[postings.length][];
        int[][] starts = new int[postings.length][];
        int[][] ends = new int[postings.length][];
        for (int w = 0; w < postings.length; w++) {
            int freq = postings[w].freq();
            positions[w] = new int[freq];
            starts[w] = new int[freq];
            ends[w] = new int[freq];
            for (int i = 0; i < freq; i++) {
                positions[w][i] = postings[w].nextPosition();
                starts[w][i] = postings[w].startOffset();
                ends[w][i] = postings[w].endOffset();
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < positions[0].length; i++) {
            int end = followedAt(positions, ends, positions[0][i]);
            if (end >= 0) {
                hits.add(new Hit(articleId, starts[0][i], end));
            }
        }
        return hits;
    }

    /** Where the phrase starting at {@code first} ends, or -1 when the other words do not follow it. */
    private static int followedAt(int[][] positions, int[][] ends, int first) {
        int end = -1;
        for (int w = 0; w < positions.length; w++) {
            int at = Arrays.binarySearch(positions[w], first + w);
            if (at < 0) {
                return -1;
            }
            end = ends[w][at];
        }
        return end;
    }

    /** The words of a query as the index holds them: lower case, accents folded. */
    List<String> words(String query) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not split the query into words", e);
        }
        return words;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the index in memory", e);
        }
    }

    private static FieldType withOffsets() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(false);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** Unicode word boundaries, lower case, accents folded to plain letters. */
    private static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new StandardTokenizer();
            TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(words));
            return new TokenStreamComponents(words, folded);
        }
    }
}
