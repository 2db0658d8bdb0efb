package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.model.Fixtures.cnnClaim;

import org.junit.jupiter.api.Test;

class UndoHistoryTest {
    private final Operation markKilled = Operations.markClaim(cnnClaim("killed 60 Ukrainian soldiers"));
    private final Operation markInjured = Operations.markClaim(cnnClaim("10 civilians had been injured"));
    private final Operation markTanks = Operations.markClaim(cnnClaim("five tanks"));
    private final UndoHistory history = new UndoHistory();

    @Test
    void startsWithNothingToUndoOrRedo() {
        assertThat(history.nextUndo()).isEmpty();
        assertThat(history.nextRedo()).isEmpty();
    }

    @Test
    void undoesTheMostRecentOperationFirst() {
        history.done(markKilled);
        history.done(markInjured);

        assertThat(history.nextUndo()).contains(markInjured);
        history.undone();
        assertThat(history.nextUndo()).contains(markKilled);
        assertThat(history.nextRedo()).contains(markInjured);
    }

    @Test
    void redoesInTheOrderTheOperationsWereUndone() {
        history.done(markKilled);
        history.done(markInjured);
        history.undone();
        history.undone();

        assertThat(history.nextRedo()).contains(markKilled);
        history.redone();
        assertThat(history.nextRedo()).contains(markInjured);
        assertThat(history.nextUndo()).contains(markKilled);
        history.redone();
        assertThat(history.nextUndo()).contains(markInjured);
        assertThat(history.nextRedo()).isEmpty();
    }

    @Test
    void aNewOperationClearsWhatCouldBeRedone() {
        history.done(markKilled);
        history.done(markInjured);
        history.undone();

        history.done(markTanks);

        assertThat(history.nextRedo()).isEmpty();
        assertThat(history.nextUndo()).contains(markTanks);
        history.undone();
        assertThat(history.nextUndo()).contains(markKilled);
    }
}
