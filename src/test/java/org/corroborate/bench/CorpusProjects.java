package org.corroborate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.corroborate.model.Anchor;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleDraft;
import org.corroborate.model.Change;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.LinkId;
import org.corroborate.model.LinkType;
import org.corroborate.model.Operation;
import org.corroborate.model.ProjectInfo;
import org.corroborate.model.StoredText;
import org.corroborate.model.Verdict;
import org.corroborate.store.ProjectFile;
import org.corroborate.store.ProjectStore;

/**
 * Projects made of the development corpus's 741 articles ({@code shared/corpora/ecbplus-dev}, one
 * article a line of {@code articles.jsonl}), one without annotations and one with many claims,
 * some of them linked across articles of the same topic and some grouped. A seeded random makes
 * the same spans, statuses and links every time, so runs before and after a change compare alike.
 */
final class CorpusProjects {
    static final String CORPUS_PROPERTY = "bench.corpus";
    static final String DEFAULT_CORPUS = "../shared/corpora/ecbplus-dev";
    private static final String[] CLAIMANTS = {"", "", "police", "the ministry", "a spokesman", "witnesses"};
    private static final String[] TAGS = {"figure", "quote", "place", "time"};

    /** How many annotations the annotated project holds. */
    record Size(int claims, int links, int groups) {
        static Size fromProperties() {
            return new Size(Integer.getInteger("bench.claims", 10_000), Integer.getInteger("bench.links", 2_000),
                    Integer.getInteger("bench.groups", 200));
        }

        @Override
        public String toString() {
            return claims + " claims, " + links + " links, " + groups + " groups";
        }
    }

    private record CorpusArticle(ArticleDraft draft, String topic, List<int[]> sentences) {
    }

    private CorpusProjects() {
    }

    static Path corpusFolder() {
        Path folder = Path.of(System.getProperty(CORPUS_PROPERTY, DEFAULT_CORPUS));
        if (!Files.isRegularFile(folder.resolve("articles.jsonl"))) {
            throw new IllegalStateException("No articles.jsonl in " + folder.toAbsolutePath()
                    + "; name the corpus folder with -D" + CORPUS_PROPERTY + "=…");
        }
        return folder;
    }

    /** Creates the project at {@code file} with the corpus's articles and {@code size} annotations. */
    static ProjectFile create(Path file, Size size) throws IOException {
        List<CorpusArticle> corpus = read(corpusFolder().resolve("articles.jsonl"));
        ProjectFile project = new ProjectFile(file);
        Instant now = Instant.parse("2024-03-12T09:00:00Z");
        try (ProjectStore store = ProjectStore.create(project, new ProjectInfo("ECB+ development corpus",
                Optional.empty(), now), corpus.stream().map(CorpusArticle::draft).toList(), now)) {
            if (size.claims() > 0) {
                annotate(store, corpus, size, now);
            }
        }
        return project;
    }

    private static List<CorpusArticle> read(Path jsonl) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<CorpusArticle> articles = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    articles.add(article(mapper.readTree(line)));
                }
            }
        }
        return articles;
    }

    private static CorpusArticle article(JsonNode json) {
        String text = StoredText.normalize(json.get("text").asText());
        Optional<String> url = Optional.ofNullable(json.get("url")).filter(u -> !u.isNull()).map(JsonNode::asText);
        Optional<String> outlet = url.map(u -> URI.create(u.replace(" ", "%20")).getHost()).filter(h -> h != null);
        String firstLine = text.lines().findFirst().orElse("").strip();
        String headline = firstLine.substring(0, Math.min(100, firstLine.length()));
        List<int[]> sentences = new ArrayList<>();
        for (JsonNode sentence : json.get("sentences")) {
            int start = sentence.get("start").asInt();
            int end = Math.min(sentence.get("end").asInt(), text.length());
            if (end > start) {
                sentences.add(new int[] {start, end});
            }
        }
        ArticleDraft draft = new ArticleDraft(json.get("id").asText() + ".txt", outlet,
                headline.isEmpty() ? json.get("id").asText() : headline, false, Optional.empty(), url, text);
        return new CorpusArticle(draft, json.get("topic").asText(), sentences);
    }

    /** Claims on sentences (or their first words), spread over every article; links within topics. */
    private static void annotate(ProjectStore store, List<CorpusArticle> corpus, Size size, Instant now) {
        Random random = new Random(20240312L);
        List<Article> articles = store.articles();
        Map<String, List<Claim>> claimsByTopic = new TreeMap<>();
        List<Change> changes = new ArrayList<>();
        ClaimStatus[] statuses = ClaimStatus.values();
        for (int i = 0; i < size.claims(); i++) {
            int index = i % articles.size();
            Article article = articles.get(index);
            CorpusArticle source = corpus.get(index);
            int[] sentence = source.sentences().get(random.nextInt(source.sentences().size()));
            int end = random.nextBoolean() ? sentence[1] : wordEndNear(article.text(), sentence[0] + 40, sentence[1]);
            Claim claim = Claim.mark(article.id(), Anchor.capture(article.text(), sentence[0], end), "bench", now)
                    .withStatus(statuses[random.nextInt(statuses.length)], now)
                    .withClaimant(CLAIMANTS[random.nextInt(CLAIMANTS.length)], now)
                    .withTags(random.nextInt(3) == 0 ? List.of(TAGS[random.nextInt(TAGS.length)]) : List.of(), now)
                    .withNote(random.nextInt(10) == 0 ? "Checked against the wire copy." : "", now);
            changes.add(new Change.OfClaim(Optional.empty(), Optional.of(claim)));
            claimsByTopic.computeIfAbsent(source.topic(), t -> new ArrayList<>()).add(claim);
        }
        List<List<Claim>> topics = new ArrayList<>(claimsByTopic.values());
        LinkType[] types = LinkType.values();
        List<ClaimLink> links = new ArrayList<>();
        for (int made = 0, tries = 0; made < size.links() && tries < size.links() * 20; tries++) {
            List<Claim> topic = topics.get(random.nextInt(topics.size()));
            Claim from = topic.get(random.nextInt(topic.size()));
            Claim to = topic.get(random.nextInt(topic.size()));
            boolean taken = links.stream().anyMatch(l -> l.joins(from.id(), to.id()));
            if (from.articleId() != to.articleId() && !taken) {
                ClaimLink link = new ClaimLink(LinkId.random(), from.id(), to.id(), types[random.nextInt(types.length)],
                        made % 7 == 0 ? "Same event, different figure." : "", "bench", now.plusSeconds(made));
                links.add(link);
                changes.add(new Change.OfLink(Optional.empty(), Optional.of(link)));
                made++;
            }
        }
        Verdict[] verdicts = Verdict.values();
        for (int g = 0; g < size.groups() && !links.isEmpty(); g++) {
            ClaimLink seed = links.get(random.nextInt(links.size()));
            ClaimGroup group = ClaimGroup.create("Statement " + (g + 1), List.of(seed.from(), seed.to()),
                    now.plusSeconds(g)).withVerdict(Optional.of(verdicts[random.nextInt(verdicts.length)]), now);
            changes.add(new Change.OfGroup(Optional.empty(), Optional.of(group)));
        }
        // Written without building the state here: the benchmark should not wait on the code it measures.
        store.commit(new Operation("Benchmark annotations", changes));
    }

    private static int wordEndNear(String text, int wanted, int limit) {
        int end = Math.min(wanted, limit);
        while (end < limit && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
