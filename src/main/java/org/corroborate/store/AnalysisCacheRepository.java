package org.corroborate.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The assistant's last analysis of the project's articles, as bytes the analysis wrote. */
final class AnalysisCacheRepository {
    private final Connection connection;

    AnalysisCacheRepository(Connection connection) {
        this.connection = connection;
    }

    Optional<byte[]> find(String fingerprint, int engineVersion) throws SQLException {
        List<byte[]> found = Jdbc.query(connection,
                "SELECT result FROM analysis_cache WHERE set_fingerprint = ? AND engine_version = ?",
                row -> row.getBytes(1), fingerprint, engineVersion);
        return found.stream().findFirst();
    }

    /** Keeps only this result: one for other texts or another engine is of no more use. */
    void replace(String fingerprint, int engineVersion, byte[] result) throws SQLException {
        Jdbc.update(connection, "DELETE FROM analysis_cache");
        Jdbc.update(connection, "INSERT INTO analysis_cache (set_fingerprint, engine_version, result) VALUES (?, ?, ?)",
                fingerprint, engineVersion, result);
    }
}
