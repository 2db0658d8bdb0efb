package org.corroborate.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.SourceDependence;
import org.corroborate.model.Article;
import org.corroborate.model.ContentHash;

/**
 * Measures the thresholds of source dependence on the ECB+ development corpus. A topic's articles
 * come from different outlets, so a pair of them judged dependent is counted as a false positive
 * (an upper bound: a few may truly share a wire story, and the worst are printed to read). Recall is
 * measured on rewrites made from the corpus's own articles and added to their topic: a verbatim
 * copy of a run of paragraphs, and a rewrite that keeps the order but drops a third of the
 * sentences, puts simple synonyms for words and swaps clauses. They are made with a seeded Random,
 * so every run measures the same texts. Run by hand (docs/benchmarks.md):
 *
 * <pre>java -cp "$CP" org.corroborate.bench.DependenceBenchmark [corpus folder]</pre>
 */
public final class DependenceBenchmark {
    private static final double[] ALIGNED_SENTENCE = {0.4, 0.5, 0.6, 0.7, 0.8};
    private static final double[] DEPENDENT_SHARE = {0.35, 0.5, 0.6, 0.7};
    private static final int SOURCES_PER_TOPIC = 4;
    private static final int MIN_SOURCE_PARAGRAPHS = 6;
    private static final long SEED = 8;
    private static final Map<String, String> SYNONYMS = synonyms("said stated", "says states", "told informed",
            "people persons", "police officers", "arrested detained", "died perished", "killed slain",
            "home house", "car vehicle", "big large", "large big", "began started", "started began",
            "after following", "about around", "announced declared", "company firm", "building structure",
            "fire blaze", "earthquake tremor", "quake tremor", "injured hurt", "wounded hurt", "attack assault",
            "help assist", "bought purchased", "buy purchase", "officials authorities", "city town",
            "hospital clinic", "reported noted", "children kids", "team squad", "game match", "fans supporters",
            "deal agreement", "acquire buy", "left departed", "near close to", "shot gunned down",
            "new fresh", "week seven days", "film movie", "show programme", "star celebrity", "died passed away");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private DependenceBenchmark() {
    }

    private record Constructed(String kind, int source, Article article) {
    }

    private record Tally(long falsePositives, long pairs, long copiesFound, long copies, long rewritesFound,
            long rewrites) {
        Tally plus(Tally o) {
            return new Tally(falsePositives + o.falsePositives, pairs + o.pairs, copiesFound + o.copiesFound,
                    copies + o.copies, rewritesFound + o.rewritesFound, rewrites + o.rewrites);
        }
    }

    public static void main(String[] args) throws Exception {
        Path corpusFolder = args.length > 0 ? Path.of(args[0]) : MatchingBenchmark.DEFAULT_CORPUS;
        EcbCorpus corpus = new EcbCorpus(corpusFolder);
        Map<Analysis.DependenceTuning, Tally> tallies = new HashMap<>();
        List<String> worst = new ArrayList<>();
        for (Map.Entry<String, List<EcbCorpus.Doc>> topic : corpus.byTopic().entrySet()) {
            List<EcbCorpus.Doc> docs = MatchingBenchmark.shuffled(topic.getValue());
            List<Article> articles = new ArrayList<>();
            for (EcbCorpus.Doc doc : docs) {
                articles.add(article(articles.size() + 1, doc.text()));
            }
            int originals = articles.size();
            List<Constructed> constructed = construct(articles, new Random(SEED * 1000 + topic.getKey().hashCode()));
            constructed.forEach(c -> articles.add(c.article()));
            for (double aligned : ALIGNED_SENTENCE) {
                for (double share : DEPENDENT_SHARE) {
                    Analysis.DependenceTuning tuning = new Analysis.DependenceTuning(aligned, share);
                    SourceDependence dependence = Analysis.dependence(articles, tuning);
                    tallies.merge(tuning, tally(dependence, originals, constructed), Tally::plus);
                    if (tuning.equals(Analysis.DependenceTuning.DEFAULT)) {
                        worst.addAll(falsePositives(dependence, originals, docs));
                    }
                }
            }
        }
        System.out.println("aligned  share  false-pos  pairs  FP-rate  copies-found  copy-recall  rewrites-found"
                + "  rewrite-recall");
        for (double aligned : ALIGNED_SENTENCE) {
            for (double share : DEPENDENT_SHARE) {
                Analysis.DependenceTuning tuning = new Analysis.DependenceTuning(aligned, share);
                Tally t = tallies.get(tuning);
                System.out.printf(Locale.ROOT, "%7.2f  %5.2f  %9d  %5d  %7.4f  %6d/%-5d  %11.3f  %8d/%-5d  %14.3f%s%n",
                        aligned, share, t.falsePositives, t.pairs, (double) t.falsePositives / t.pairs, t.copiesFound,
                        t.copies, (double) t.copiesFound / t.copies, t.rewritesFound, t.rewrites,
                        (double) t.rewritesFound / t.rewrites,
                        tuning.equals(Analysis.DependenceTuning.DEFAULT) ? "  <- default" : "");
            }
        }
        System.out.println("\nSame-topic pairs judged dependent with the default thresholds:");
        worst.forEach(System.out::println);
    }

    private static Tally tally(SourceDependence dependence, int originals, List<Constructed> constructed) {
        long falsePositives = 0;
        long copiesFound = 0;
        long rewritesFound = 0;
        for (SourceDependence.Rewrite rewrite : dependence.rewrites()) {
            if (rewrite.article() <= originals && rewrite.source() <= originals) {
                falsePositives++;
            }
        }
        for (Constructed c : constructed) {
            boolean found = dependence.rewrites().stream().anyMatch(r -> joins(r, c.source(), c.article().id()));
            if (found && c.kind().equals("copy")) {
                copiesFound++;
            } else if (found) {
                rewritesFound++;
            }
        }
        long copies = constructed.stream().filter(c -> c.kind().equals("copy")).count();
        return new Tally(falsePositives, (long) originals * (originals - 1) / 2, copiesFound, copies, rewritesFound,
                constructed.size() - copies);
    }

    private static boolean joins(SourceDependence.Rewrite rewrite, int x, int y) {
        return rewrite.article() == x && rewrite.source() == y || rewrite.article() == y && rewrite.source() == x;
    }

    private static List<String> falsePositives(SourceDependence dependence, int originals, List<EcbCorpus.Doc> docs) {
        List<String> lines = new ArrayList<>();
        for (SourceDependence.Rewrite r : dependence.rewrites()) {
            if (r.article() <= originals && r.source() <= originals) {
                EcbCorpus.Doc a = docs.get(r.article() - 1);
                EcbCorpus.Doc b = docs.get(r.source() - 1);
                lines.add(String.format(Locale.ROOT, "  %s <- %s  shared %.2f  same sub-topic %s  \"%s\" / \"%s\"",
                        a.id(), b.id(), r.shared(), a.subtopic().equals(b.subtopic()), firstLine(a.text()),
                        firstLine(b.text())));
            }
        }
        return lines;
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }

    /** A copy and a rewrite of each of a few articles long enough to have a run of paragraphs. */
    private static List<Constructed> construct(List<Article> articles, Random random) {
        List<Article> candidates = new ArrayList<>(articles.stream()
                .filter(a -> a.text().lines().count() >= MIN_SOURCE_PARAGRAPHS).toList());
        candidates.sort(Comparator.comparingInt(Article::id));
        java.util.Collections.shuffle(candidates, random);
        List<Constructed> made = new ArrayList<>();
        int id = articles.size();
        for (Article source : candidates.subList(0, Math.min(SOURCES_PER_TOPIC, candidates.size()))) {
            List<String> paragraphs = source.text().lines().toList();
            made.add(new Constructed("copy", source.id(), article(++id, copy(paragraphs, random))));
            made.add(new Constructed("rewrite", source.id(), article(++id, rewrite(paragraphs, random))));
        }
        return made;
    }

    /** A run of a third to two thirds of the paragraphs, word for word. */
    static String copy(List<String> paragraphs, Random random) {
        int n = paragraphs.size();
        int length = Math.max(2, n / 3 + random.nextInt(n / 3 + 1));
        int from = random.nextInt(n - length + 1);
        return String.join("\n", paragraphs.subList(from, from + length));
    }

    /** The paragraphs in their order, a third of them dropped, the rest reworded. */
    static String rewrite(List<String> paragraphs, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        boolean[] dropped = new boolean[paragraphs.size()];
        order.subList(0, paragraphs.size() / 3).forEach(i -> dropped[i] = true);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!dropped[i]) {
                kept.add(reword(paragraphs.get(i), random));
            }
        }
        return String.join("\n", kept);
    }

    private static String reword(String sentence, Random random) {
        Matcher words = WORD.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            String word = words.group();
            String synonym = SYNONYMS.get(word.toLowerCase(Locale.ROOT));
            String replacement = synonym != null && random.nextDouble() < 0.7 ? sameCase(word, synonym) : word;
            words.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(out);
        return swapClauses(out.toString(), random);
    }

    // "After the quake, rescuers searched the rubble." becomes "Rescuers searched the rubble, after the quake."
    private static String swapClauses(String sentence, Random random) {
        int comma = sentence.indexOf(", ");
        if (comma < 0 || random.nextBoolean()) {
            return sentence;
        }
        String first = sentence.substring(0, comma).strip();
        String second = sentence.substring(comma + 2).strip();
        if (first.split(" ").length < 3 || second.split(" ").length < 3) {
            return sentence;
        }
        String end = second.endsWith(".") ? "." : "";
        second = end.isEmpty() ? second : second.substring(0, second.length() - 1);
        return capitalised(second) + ", " + lowerFirst(first) + end;
    }

    private static String sameCase(String word, String synonym) {
        return Character.isUpperCase(word.charAt(0)) ? capitalised(synonym) : synonym;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // Keeps names capitalised: only a first word that is not all capitals after its first letter and is common is lowered.
    private static String lowerFirst(String s) {
        int space = s.indexOf(' ');
        String first = space < 0 ? s : s.substring(0, space);
        return SYNONYMS.containsValue(first.toLowerCase(Locale.ROOT)) || COMMON_OPENERS.contains(first)
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    private static final List<String> COMMON_OPENERS = Arrays.asList("The", "A", "An", "After", "Before", "When",
            "In", "On", "At", "But", "And", "However", "Meanwhile", "Following", "According", "It", "This", "He",
            "She", "They", "We");

    static Article article(int id, String text) {
        String file = String.format("%03d.txt", id);
        return new Article(id, file, Optional.empty(), file, true, Optional.empty(), Optional.empty(), text,
                ContentHash.of(text));
    }

    private static Map<String, String> synonyms(String... rows) {
        Map<String, String> table = new HashMap<>();
        for (String row : rows) {
            int space = row.indexOf(' ');
            table.putIfAbsent(row.substring(0, space), row.substring(space + 1));
        }
        return table;
    }
}
