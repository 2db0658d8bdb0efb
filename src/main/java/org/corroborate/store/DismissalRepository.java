package org.corroborate.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The ids of the assistant's suggestions the analyst dismissed in this project. */
final class DismissalRepository {
    private final Connection connection;

    DismissalRepository(Connection connection) {
        this.connection = connection;
    }

    Set<String> all() throws SQLException {
        return new LinkedHashSet<>(Jdbc.query(connection,
                "SELECT suggestion_id FROM suggestion_dismissal ORDER BY dismissed, suggestion_id", row -> row.getString(1)));
    }

    /** Dismissing twice keeps the first dismissal. */
    void add(String suggestionId, String author, Instant now) throws SQLException {
        if (Jdbc.query(connection, "SELECT 1 FROM suggestion_dismissal WHERE suggestion_id = ?", row -> true,
                suggestionId).isEmpty()) {
            Jdbc.update(connection, "INSERT INTO suggestion_dismissal (suggestion_id, author, dismissed) VALUES (?, ?, ?)",
                    suggestionId, author, now);
        }
    }

    /** Every dismissal as it was made, for a copy of the project. */
    List<Dismissal> rows() throws SQLException {
        return Jdbc.query(connection, "SELECT suggestion_id, author, dismissed FROM suggestion_dismissal",
                row -> new Dismissal(row.getString(1), row.getString(2), Jdbc.instant(row, 3)));
    }

    record Dismissal(String suggestionId, String author, Instant dismissed) {
    }

    /** True if the suggestion had been dismissed. */
    boolean remove(String suggestionId) throws SQLException {
        return Jdbc.update(connection, "DELETE FROM suggestion_dismissal WHERE suggestion_id = ?", suggestionId) > 0;
    }
}
