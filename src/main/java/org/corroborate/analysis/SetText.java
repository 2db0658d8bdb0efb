package org.corroborate.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corroborate.model.Article;
import org.corroborate.model.TextSpan;

/** The articles of a set cut into sentences and tokens, with names told from capitalised openers. */
final class SetText {
    /** A sentence of one article: where it stands and its tokens. */
    record Sentence(int article, int index, TextSpan span, List<Token> tokens) {
    }

    // A line with this share of capitalised words is a headline in title case, whose capitals name nothing.
    private static final double TITLE_CASE_SHARE = 0.6;
    private static final int TITLE_CASE_MIN_WORDS = 4;

    final List<Article> articles;
    final List<List<Sentence>> sentencesByArticle = new ArrayList<>();
    final List<Sentence> sentences = new ArrayList<>();

    SetText(List<Article> articles) {
        this.articles = List.copyOf(articles);
        for (int a = 0; a < this.articles.size(); a++) {
            List<Sentence> ofArticle = sentencesOf(a, this.articles.get(a).text());
            sentencesByArticle.add(ofArticle);
            sentences.addAll(ofArticle);
        }
    }

    private static List<Sentence> sentencesOf(int article, String text) {
        List<TextSpan> spans = Sentences.of(text);
        List<List<Token>> raw = new ArrayList<>();
        Set<String> namesInside = new HashSet<>();
        for (TextSpan span : spans) {
            List<Token> tokens = Words.tokens(text, span.start(), span.end());
            raw.add(tokens);
            if (!titleCase(tokens)) {
                for (int i = 1; i < tokens.size(); i++) {
                    if (tokens.get(i).kind() == Token.Kind.NAME) {
                        namesInside.add(tokens.get(i).key());
                    }
                }
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        for (int s = 0; s < spans.size(); s++) {
            List<Token> tokens = raw.get(s);
            boolean title = titleCase(tokens);
            List<Token> fixed = new ArrayList<>(tokens.size());
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                boolean doubtful = i == 0 || title;
                if (token.kind() == Token.Kind.NAME && doubtful && !namesInside.contains(token.key())) {
                    token = new Token(token.start(), token.end(), Words.stem(token.key()), Token.Kind.WORD);
                }
                fixed.add(token);
            }
            sentences.add(new Sentence(article, s, spans.get(s), List.copyOf(fixed)));
        }
        return sentences;
    }

    private static boolean titleCase(List<Token> tokens) {
        long words = tokens.stream().filter(t -> t.kind() != Token.Kind.NUMBER).count();
        long capitalised = tokens.stream().filter(t -> t.kind() == Token.Kind.NAME).count();
        return words >= TITLE_CASE_MIN_WORDS && capitalised >= TITLE_CASE_SHARE * words;
    }
}
