package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.corroborate.store.ProjectStoreException.Problem;
import org.junit.jupiter.api.Test;

class ServerProjectTest {
    @Test
    void aFullUrlIsReadAndWrittenBackWithoutThePassword() {
        ServerProject project = ServerProject.parse(
                "jdbc:postgresql://db.desk.example:6543/desk?user=ana&project=raids&sslmode=verify-full", "me")
                .withPassword("secret");

        assertThat(project).extracting(ServerProject::host, ServerProject::port, ServerProject::database,
                        ServerProject::user, ServerProject::project, ServerProject::sslMode)
                .containsExactly("db.desk.example", 6543, "desk", "ana", "raids", "verify-full");
        assertThat(project.password()).contains("secret");
        assertThat(project.toString())
                .isEqualTo("jdbc:postgresql://db.desk.example:6543/desk?user=ana&project=raids&sslmode=verify-full")
                .doesNotContain("secret");
        assertThat(project.displayName()).isEqualTo("raids");
    }

    @Test
    void thePortTheUserAndTlsHaveDefaults() {
        ServerProject project = ServerProject.parse("postgresql://db/desk?project=raids", "me");

        assertThat(project).extracting(ServerProject::port, ServerProject::user, ServerProject::sslMode,
                        ServerProject::password)
                .containsExactly(5432, "me", "prefer", Optional.empty());
        assertThat(ServerProject.isServerUrl("jdbc:postgresql://db/desk?project=raids")).isTrue();
        assertThat(ServerProject.isServerUrl("raids.mv.db")).isFalse();
    }

    @Test
    void whatCannotNameAProjectIsRefusedSayingWhy() {
        String[][] cases = {
                {"jdbc:postgresql://db/desk?user=ana", "names no project"},
                {"jdbc:postgresql://db/desk?project=Raids", "cannot be used"},
                {"jdbc:postgresql://db/desk?project=pg_catalog", "cannot be used"},
                {"jdbc:postgresql://db/desk?project=public", "cannot be used"},
                {"jdbc:postgresql://db/desk?project=raids&sslmode=maybe", "sslmode “maybe”"},
                {"jdbc:postgresql://db/desk?project=raids&loggerFile=/etc/passwd", "the setting “loggerFile”"},
                {"jdbc:postgresql://db/?project=raids", "names no database"},
                {"jdbc:postgresql:desk?project=raids", "names no server"},
                {"jdbc:postgresql://db/desk?project=raids&password=hunter2", "PGPASSWORD"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> ServerProject.parse(c[0], "me"))
                    .as(c[0])
                    .isInstanceOfSatisfying(ProjectStoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.UNUSABLE_PATH))
                    .hasMessageContaining(c[1])
                    .hasMessageNotContaining("hunter2");
        }
    }
}
