package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.export.ExportFixture.INVENTED;
import static org.corroborate.export.ExportFixture.KILLED_60;
import static org.corroborate.export.ExportFixture.MORE_THAN_234;
import static org.corroborate.export.ExportFixture.NO_CASUALTIES;
import static org.corroborate.export.ExportFixture.TETKINO;
import static org.corroborate.export.ExportFixture.TYOTKINO;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corroborate.export.ExportFixture;
import org.corroborate.model.AlignmentMatrix.ConflictKind;
import org.corroborate.model.AlignmentMatrix.Entry;
import org.corroborate.model.AlignmentMatrix.Options;
import org.corroborate.model.AlignmentMatrix.Order;
import org.corroborate.model.AlignmentMatrix.Row;
import org.junit.jupiter.api.Test;

class AlignmentMatrixTest {
    private static final String LOCATION = "Fighting took place near Tetkino (Tyotkino), Kursk region";
    private static final String CASUALTIES = "The Russian MoD reported how many Ukrainian soldiers were killed";
    private static final String NO_CASUALTY_ROW = "Residents reported no casualties";

    private static AlignmentMatrix matrix(Options options) {
        return AlignmentMatrix.of(ExportFixture.articles(), ExportFixture.annotations(), options);
    }

    @Test
    void eachGroupIsARowAndEachReportingArticleAColumnWithWhatItSaysAndWhoSaysIt() {
        AlignmentMatrix matrix = matrix(new Options(false, false, Order.APPEARANCE));

        assertThat(matrix.columns()).extracting(Article::id).containsExactly(1, 2, 3);
        assertThat(matrix.rows()).extracting(Row::title).containsExactly(LOCATION, CASUALTIES, NO_CASUALTY_ROW);
        Row casualties = matrix.rows().get(1);
        assertThat(casualties.verdict()).contains(Verdict.MIXED);
        assertThat(casualties.sources()).isEqualTo(2);
        assertThat(casualties.cells().get(0)).extracting(Entry::claim, Entry::says, Entry::claimant)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MORE_THAN_234, "more than 234",
                        "Russian Ministry of Defence"));
        assertThat(casualties.cells().get(1)).extracting(Entry::text)
                .containsExactly("60 — Russia's defence ministry");
        assertThat(casualties.cells().get(2)).as("the channel does not report the figure").isEmpty();
        Row location = matrix.rows().get(0);
        assertThat(location.cells().get(0)).extracting(Entry::claim, Entry::says)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TETKINO, "“Tetkino”"));
        assertThat(location.cells().get(1)).extracting(Entry::claim).containsExactly(TYOTKINO);
        assertThat(matrix.rows().get(2).cells().get(2)).extracting(Entry::claim).containsExactly(NO_CASUALTIES);
    }

    @Test
    void cellsLinkedAsContradictingSayHowTheyDifferAndOthersAreUnmarked() {
        Row casualties = matrix(Options.DEFAULT).rows().get(0);

        assertThat(casualties.title()).isEqualTo(CASUALTIES);
        assertThat(casualties.cells().get(0).get(0).conflicts())
                .containsExactlyInAnyOrder(ConflictKind.FIGURES, ConflictKind.CLAIMANT);
        assertThat(casualties.cells().get(1).get(0).conflicts())
                .containsExactlyInAnyOrder(ConflictKind.FIGURES, ConflictKind.CLAIMANT);
        assertThat(matrix(Options.DEFAULT).rows().get(1).entries()).allMatch(e -> e.conflicts().isEmpty());
    }

    @Test
    void contradictingClaimsWithTheSameFiguresAndClaimantDifferInWording() {
        Claim a = Fixtures.cnnClaim("killed 60 Ukrainian soldiers").withClaimant("ministry", Fixtures.MARKED);
        Claim b = Fixtures.bbcClaim("234 fighters had been killed").withClaimant("Ministry", Fixtures.MARKED);
        Claim c = Fixtures.bbcClaim("seven tanks").withClaimant("Ministry", Fixtures.MARKED);

        assertThat(AlignmentMatrix.differences(a, b)).containsExactly(ConflictKind.FIGURES);
        assertThat(AlignmentMatrix.differences(c, Fixtures.bbcClaim("five armoured")
                .withClaimant("ministry", Fixtures.MARKED))).containsExactly(ConflictKind.WORDING);
    }

    @Test
    void rowsSortByConflictBySourcesOrByAppearance() {
        assertThat(matrix(new Options(false, false, Order.CONFLICT)).rows()).extracting(Row::title)
                .containsExactly(CASUALTIES, LOCATION, NO_CASUALTY_ROW);
        assertThat(matrix(new Options(false, false, Order.SOURCES)).rows()).extracting(Row::title)
                .containsExactly(LOCATION, CASUALTIES, NO_CASUALTY_ROW);
        assertThat(matrix(new Options(false, false, Order.APPEARANCE)).rows()).extracting(Row::title)
                .containsExactly(LOCATION, CASUALTIES, NO_CASUALTY_ROW);
    }

    @Test
    void theSourcesOrderPutsTheMostReportedRowFirstWhateverItsPlace() {
        List<Article> articles = ExportFixture.articles();
        Annotations annotations = ExportFixture.annotations();
        ClaimGroup noCasualties = annotations.groups().get(2);
        ClaimGroup widened = noCasualties.withMembers(List.of(NO_CASUALTIES, KILLED_60, MORE_THAN_234),
                Fixtures.MARKED);
        Annotations changed = Annotations.of(annotations.claims(), annotations.links(),
                List.of(annotations.groups().get(0), annotations.groups().get(1), widened));

        assertThat(AlignmentMatrix.of(articles, changed, new Options(false, false, Order.SOURCES)).rows().get(0).title())
                .isEqualTo(NO_CASUALTY_ROW);
    }

    @Test
    void conflictsOnlyKeepsTheRowsWithAConflict() {
        assertThat(matrix(new Options(false, true, Order.APPEARANCE)).rows()).extracting(Row::title)
                .containsExactly(CASUALTIES);
    }

    @Test
    void claimsInNoGroupGetRowsOnlyWhenAskedFor() {
        assertThat(matrix(Options.DEFAULT).rows()).flatExtracting(Row::entries).extracting(Entry::claim)
                .doesNotContain(INVENTED);

        List<Row> rows = matrix(new Options(true, false, Order.APPEARANCE)).rows();
        assertThat(rows).extracting(Row::title).as("the Kyiv Post's lone claim comes before the channel's")
                .containsExactly(LOCATION, CASUALTIES, "Officials said ten drones fell", NO_CASUALTY_ROW);
        Row lone = rows.get(2);

        assertThat(lone.group()).isEmpty();
        assertThat(lone.verdict()).isEmpty();
        assertThat(lone.entries()).extracting(Entry::claim).containsExactly(INVENTED);
    }

    @Test
    void linkedClaimsInNoGroupShareOneRow() {
        Annotations annotations = ExportFixture.annotations();
        Annotations ungrouped = Annotations.of(annotations.claims(), annotations.links(), List.of());

        List<Row> rows = AlignmentMatrix.of(ExportFixture.articles(), ungrouped,
                new Options(true, false, Order.APPEARANCE)).rows();

        assertThat(rows).extracting(r -> Set.copyOf(r.entries().stream().map(Entry::claim).toList()))
                .containsExactly(Set.of(TETKINO, TYOTKINO), Set.of(MORE_THAN_234, KILLED_60), Set.of(INVENTED),
                        Set.of(NO_CASUALTIES));
        assertThat(rows.get(1).inConflict()).isTrue();
    }

    @Test
    void articlesThatReportNoRowHaveNoColumn() {
        Annotations annotations = ExportFixture.annotations();
        Annotations withoutChannel = Annotations.of(annotations.claims(), annotations.links(),
                List.of(annotations.groups().get(0), annotations.groups().get(1)));

        AlignmentMatrix matrix = AlignmentMatrix.of(ExportFixture.articles(), withoutChannel, Options.DEFAULT);

        assertThat(matrix.columns()).extracting(Article::id).containsExactly(1, 2);
        assertThat(matrix.columnOf(3)).isNegative();
        assertThat(matrix.rows()).allMatch(r -> r.cells().size() == 2);
        assertThat(matrix.rows().get(0).group()).isEqualTo(Optional.of(annotations.groups().get(1).id()));
    }
}
