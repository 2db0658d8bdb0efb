package org.corroborate.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.corroborate.model.Article;
import org.corroborate.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ColumnsViewModelTest {
    final List<String> saved = new ArrayList<>();
    final ColumnsViewModel columns = new ColumnsViewModel(saved::add);
    final List<Article> six = IntStream.rangeClosed(1, 6)
            .mapToObj(id -> Article.fromDraft(id, Fixtures.cnn())).toList();

    @Test
    void aNewProjectShowsItsFirstThreeArticles() {
        columns.reset(six, Optional.empty());
        assertThat(columns.shown()).extracting(Article::id).containsExactly(1, 2, 3);
        assertThat(saved).isEmpty();
    }

    @Test
    void aSavedChoiceIsRestoredAndUnknownIdsAreDropped() {
        columns.reset(six, Optional.of("5,2,99,4"));
        assertThat(columns.shown()).extracting(Article::id).containsExactly(5, 2, 4);
    }

    @Test
    void aSavedChoiceThatDoesNotParseFallsBackToTheDefault() {
        columns.reset(six, Optional.of("five,two"));
        assertThat(columns.shown()).extracting(Article::id).containsExactly(1, 2, 3);
    }

    @Test
    void showingAnArticleAlreadyInAnotherColumnSwapsTheTwo() {
        columns.reset(six, Optional.empty());
        columns.show(0, six.get(2));
        assertThat(columns.shown()).extracting(Article::id).containsExactly(3, 2, 1);
        columns.show(1, six.get(5));
        assertThat(columns.shown()).extracting(Article::id).containsExactly(3, 6, 1);
        assertThat(saved).containsExactly("3,2,1", "3,6,1");
    }

    @Test
    void theColumnCountStaysBetweenTwoAndFiveAndAddsArticlesNotYetShown() {
        columns.reset(six, Optional.of("4,1,2"));
        columns.setCount(5);
        assertThat(columns.shown()).extracting(Article::id).containsExactly(4, 1, 2, 3, 5);
        columns.setCount(9);
        assertThat(columns.count()).isEqualTo(5);
        columns.setCount(1);
        assertThat(columns.shown()).extracting(Article::id).containsExactly(4, 1);
    }

    @Test
    void aProjectWithOneArticleShowsOneColumn() {
        columns.reset(six.subList(0, 1), Optional.empty());
        assertThat(columns.count()).isEqualTo(1);
        columns.setCount(3);
        assertThat(columns.count()).isEqualTo(1);
    }
}
