package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.corroborate.export.ExportFixture;
import org.corroborate.model.Timeline.FirstReport;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private static final Article WIRE = article(1, "2024-03-12", "Officials said 60 were killed in the raid.");
    private static final Article BLOG = article(2, "2024-03-11", "A blog says 60 were killed overnight.");
    private static final Article DAILY = article(3, "2024-03-13", "The daily says at least 70 were killed.");
    private static final Article UNDATED = new Article(4, "undated.txt", Optional.of("Channel"), "Post", false,
            Optional.empty(), Optional.empty(), "The channel says 60 were killed.",
            ContentHash.of("The channel says 60 were killed."));

    private static Article article(int id, String date, String text) {
        return ExportFixture.article(id, "a" + id + ".txt", Optional.of("Outlet " + id), "Headline " + id, false,
                Optional.of(LocalDate.parse(date)), Optional.empty(), text);
    }

    @Test
    void articlesRunByPublicationDateWithUndatedOnesLast() {
        Timeline timeline = Timeline.of(List.of(UNDATED, WIRE, BLOG, DAILY), Annotations.empty());

        assertThat(timeline.articles()).containsExactly(BLOG, WIRE, DAILY, UNDATED);
        assertThat(timeline.groups()).isEmpty();
    }

    @Test
    void eachValueOfAGroupNamesTheArticleThatReportedItFirst() {
        Claim wire = Fixtures.claimOn(1, WIRE.text(), "60 were killed");
        Claim blog = Fixtures.claimOn(2, BLOG.text(), "60 were killed");
        Claim daily = Fixtures.claimOn(3, DAILY.text(), "at least 70 were killed");
        Claim undated = Fixtures.claimOn(4, UNDATED.text(), "60 were killed");
        ClaimGroup group = Fixtures.group("How many were killed", wire, daily, undated, blog);
        Annotations annotations = Annotations.of(List.of(wire, blog, daily, undated), List.of(), List.of(group));

        Timeline timeline = Timeline.of(List.of(WIRE, BLOG, DAILY, UNDATED), annotations);

        assertThat(timeline.groups()).hasSize(1);
        List<FirstReport> values = timeline.groups().get(0).values();
        assertThat(values).extracting(FirstReport::says).containsExactly("60", "at least 70");
        assertThat(values.get(0).first()).containsExactly(BLOG);
        assertThat(values.get(0).later()).containsExactly(WIRE, UNDATED);
        assertThat(values.get(0).date()).contains(LocalDate.parse("2024-03-11"));
        assertThat(values.get(1).first()).containsExactly(DAILY);
        assertThat(values.get(1).later()).isEmpty();
    }

    @Test
    void articlesOfTheSameDayAreFirstTogether() {
        Timeline timeline = Timeline.of(ExportFixture.articles(), ExportFixture.annotations());

        FirstReport tetkino = timeline.groups().get(0).values().get(0);
        assertThat(tetkino.says()).isEqualTo("“Tetkino”");
        assertThat(tetkino.first()).extracting(Article::id).containsExactly(1);
        assertThat(timeline.groups().get(1).values()).extracting(FirstReport::says)
                .containsExactly("more than 234", "60");
    }
}
