package org.corroborate.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ColumnPagingTest {
    final ColumnPaging paging = new ColumnPaging(250);

    @Test
    void asManyColumnsShowAsFitAtTheMinimumWidth() {
        paging.fit(5, 1400);
        assertThat(paging.perPage()).isEqualTo(5);
        assertThat(paging.paged()).isFalse();
        paging.fit(5, 770);
        assertThat(paging.perPage()).isEqualTo(3);
        assertThat(paging.paged()).isTrue();
        assertThat(paging.describe()).isEqualTo("Columns 1–3 of 5");
    }

    @Test
    void aWindowNarrowerThanOneColumnStillShowsOne() {
        paging.fit(3, 120);
        assertThat(paging.perPage()).isEqualTo(1);
        assertThat(paging.describe()).isEqualTo("Column 1 of 3");
        paging.fit(0, 1000);
        assertThat(paging.perPage()).isEqualTo(1);
        assertThat(paging.first()).isZero();
    }

    @Test
    void steppingStopsAtEitherEnd() {
        paging.fit(5, 770);
        assertThat(paging.previous()).isFalse();
        assertThat(paging.next()).isTrue();
        assertThat(paging.next()).isTrue();
        assertThat(paging.next()).as("columns 3–5 already show the last").isFalse();
        assertThat(paging.first()).isEqualTo(2);
        assertThat(paging.shows(4)).isTrue();
        assertThat(paging.shows(1)).isFalse();
    }

    @Test
    void revealingAColumnMovesAsLittleAsItCan() {
        paging.fit(5, 520);
        paging.reveal(3);
        assertThat(paging.first()).as("column 4 comes in at the right edge").isEqualTo(2);
        paging.reveal(2);
        assertThat(paging.first()).as("already shown: nothing moves").isEqualTo(2);
        paging.reveal(0);
        assertThat(paging.first()).isZero();
    }

    @Test
    void wideningTheWindowPullsTheFirstColumnBackSoNoSpaceIsWasted() {
        paging.fit(5, 520);
        paging.reveal(4);
        assertThat(paging.first()).isEqualTo(3);
        paging.fit(5, 1300);
        assertThat(paging.first()).isZero();
        assertThat(paging.perPage()).isEqualTo(5);
    }

    @Test
    void aMinimumWidthMustBePositive() {
        assertThatThrownBy(() -> new ColumnPaging(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
