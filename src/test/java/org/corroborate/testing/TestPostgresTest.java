package org.corroborate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class TestPostgresTest {
    @Test
    void theServerAnswers() throws Exception {
        try (Connection c = TestPostgres.server().getPostgresDatabase().getConnection();
             ResultSet rows = c.createStatement().executeQuery("SELECT version()")) {
            rows.next();
            assertThat(rows.getString(1)).startsWith("PostgreSQL 14");
        }
    }
}
