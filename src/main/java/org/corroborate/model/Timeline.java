package org.corroborate.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * When each thing was reported: the articles by publication date, and for each claim group which
 * article reported each of its values first. Articles carry a date, not a time, so articles of the
 * same day are first together; an undated article comes after every dated one and is first only when
 * no dated article reports the value.
 */
public record Timeline(List<Article> articles, List<GroupValues> groups) {
    /** Earliest first, undated last, then in the project's order. */
    public static final Comparator<Article> BY_PUBLICATION = Comparator
            .comparing((Article a) -> a.published().orElse(LocalDate.MAX))
            .thenComparingInt(Article::id);

    /**
     * One value of a group and who reported it when.
     *
     * @param says  the value as the alignment matrix shows it ({@link AlignmentMatrix#says})
     * @param first the articles that reported it earliest, more than one when on the same day
     * @param later the articles that reported it after them, earliest first
     */
    public record FirstReport(String says, List<Article> first, List<Article> later) {
        public FirstReport {
            Objects.requireNonNull(says, "says");
            first = List.copyOf(first);
            later = List.copyOf(later);
        }

        public Optional<LocalDate> date() {
            return first.get(0).published();
        }
    }

    /** A group's values, the earliest reported first. */
    public record GroupValues(ClaimGroup group, List<FirstReport> values) {
        public GroupValues {
            Objects.requireNonNull(group, "group");
            values = List.copyOf(values);
        }

        /**
         * Who reported what first, in a sentence, naming the articles as {@code name} does:
         * "60 first in CNN [2] (2024-03-12), then TASS [1]; more than 234 first in …".
         */
        public String describe(Function<Article, String> name) {
            List<String> sentences = new ArrayList<>();
            for (FirstReport report : values) {
                String first = report.says() + " first in " + names(report.first(), name)
                        + report.date().map(d -> " (" + d + ")").orElse(" (undated)");
                sentences.add(report.later().isEmpty() ? first : first + ", then " + names(report.later(), name));
            }
            return String.join("; ", sentences) + ".";
        }

        private static String names(List<Article> articles, Function<Article, String> name) {
            return articles.stream().map(name).collect(Collectors.joining(", "));
        }
    }

    public Timeline {
        articles = List.copyOf(articles);
        groups = List.copyOf(groups);
    }

    /** The timeline of these articles; claims of articles not given are left out. */
    public static Timeline of(List<Article> articles, Annotations annotations) {
        Map<Integer, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        List<GroupValues> groups = new ArrayList<>();
        for (ClaimGroup group : annotations.groups()) {
            Map<String, List<Article>> reportersOf = new LinkedHashMap<>();
            Map<String, String> shownAs = new LinkedHashMap<>();
            for (ClaimId member : group.members()) {
                Optional<Claim> claim = annotations.claim(member);
                Article article = claim.map(c -> byId.get(c.articleId())).orElse(null);
                if (article == null) {
                    continue;
                }
                String says = AlignmentMatrix.says(claim.get());
                String key = says.toLowerCase(Locale.ROOT);
                shownAs.putIfAbsent(key, says);
                List<Article> reporters = reportersOf.computeIfAbsent(key, k -> new ArrayList<>());
                if (!reporters.contains(article)) {
                    reporters.add(article);
                }
            }
            List<FirstReport> values = new ArrayList<>();
            reportersOf.forEach((key, reporters) -> values.add(firstReport(shownAs.get(key), reporters)));
            values.sort(Comparator.comparing((FirstReport r) -> r.first().get(0), BY_PUBLICATION));
            if (!values.isEmpty()) {
                groups.add(new GroupValues(group, values));
            }
        }
        return new Timeline(articles.stream().sorted(BY_PUBLICATION).toList(), groups);
    }

    private static FirstReport firstReport(String says, List<Article> reporters) {
        List<Article> sorted = reporters.stream().sorted(BY_PUBLICATION).toList();
        Optional<LocalDate> earliest = sorted.get(0).published();
        List<Article> first = sorted.stream().filter(a -> a.published().equals(earliest)).toList();
        List<Article> later = sorted.stream().filter(a -> !a.published().equals(earliest)).toList();
        return new FirstReport(says, first, later);
    }
}
