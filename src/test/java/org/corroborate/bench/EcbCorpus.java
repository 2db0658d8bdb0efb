package org.corroborate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ECB+ development corpus as its README describes it: articles with their sentences, the
 * annotated sentences, and the gold sentence pairs (two annotated sentences of different articles
 * of one sub-topic holding mentions of the same ACTION_* instance).
 */
final class EcbCorpus {
    record Sentence(String doc, int number) implements Comparable<Sentence> {
        @Override
        public int compareTo(Sentence other) {
            int byDoc = doc.compareTo(other.doc);
            return byDoc != 0 ? byDoc : Integer.compare(number, other.number);
        }
    }

    record Pair(Sentence a, Sentence b) {
        static Pair of(Sentence x, Sentence y) {
            return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
        }
    }

    record Doc(String id, String topic, String subtopic, String text, List<int[]> sentences) {
    }

    /** A gold mention of an event: where it lies in its article and which real event it refers to. */
    record EventMention(int start, int end, String instance) {
    }

    final Map<String, Doc> docs = new LinkedHashMap<>();
    final Map<String, List<EventMention>> eventMentions = new HashMap<>();
    final Set<Sentence> annotated = new HashSet<>();
    final Set<Pair> gold = new HashSet<>();

    EcbCorpus(Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(folder.resolve("articles.jsonl"))) {
            JsonNode node = json.readTree(line);
            List<int[]> sentences = new ArrayList<>();
            for (JsonNode s : node.get("sentences")) {
                sentences.add(new int[] {s.get("sentence").asInt(), s.get("start").asInt(), s.get("end").asInt()});
            }
            docs.put(node.get("id").asText(), new Doc(node.get("id").asText(), node.get("topic").asText(),
                    node.get("subtopic").asText(), node.get("text").asText(), sentences));
        }
        List<String> rows = Files.readAllLines(folder.resolve("annotated-sentences.csv"));
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            annotated.add(new Sentence(cells[0] + "_" + cells[1], Integer.parseInt(cells[2].strip())));
        }
        Map<String, Set<Sentence>> byInstance = new HashMap<>();
        for (String line : Files.readAllLines(folder.resolve("gold-mentions.jsonl"))) {
            JsonNode node = json.readTree(line);
            Sentence sentence = new Sentence(node.get("doc").asText(), node.get("sentence").asInt());
            if (node.get("tag").asText().startsWith("ACTION") && annotated.contains(sentence)) {
                eventMentions.computeIfAbsent(sentence.doc(), d -> new ArrayList<>()).add(new EventMention(
                        node.get("start").asInt(), node.get("end").asInt(), node.get("instance").asText()));
                byInstance.computeIfAbsent(node.get("instance").asText(), i -> new TreeSet<>()).add(sentence);
            }
        }
        for (Set<Sentence> sentences : byInstance.values()) {
            List<Sentence> list = new ArrayList<>(sentences);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    Doc a = docs.get(list.get(i).doc());
                    Doc b = docs.get(list.get(j).doc());
                    if (!a.id().equals(b.id()) && a.subtopic().equals(b.subtopic())) {
                        gold.add(Pair.of(list.get(i), list.get(j)));
                    }
                }
            }
        }
    }

    Map<String, List<Doc>> byTopic() {
        Map<String, List<Doc>> topics = new LinkedHashMap<>();
        docs.values().forEach(d -> topics.computeIfAbsent(d.topic(), t -> new ArrayList<>()).add(d));
        return topics;
    }

    /** The gold events mentioned inside [start, end) of the document, in its annotated sentences. */
    Set<String> eventsWithin(Doc doc, int start, int end) {
        Set<String> events = new HashSet<>();
        for (EventMention m : eventMentions.getOrDefault(doc.id(), List.of())) {
            if (m.start() >= start && m.end() <= end) {
                events.add(m.instance());
            }
        }
        return events;
    }

    /** The annotated sentences of the document that [start, end) overlaps. */
    List<Sentence> annotatedOverlapping(Doc doc, int start, int end) {
        List<Sentence> found = new ArrayList<>();
        for (int[] s : doc.sentences()) {
            Sentence sentence = new Sentence(doc.id(), s[0]);
            if (s[1] < end && start < s[2] && annotated.contains(sentence)) {
                found.add(sentence);
            }
        }
        return found;
    }
}
