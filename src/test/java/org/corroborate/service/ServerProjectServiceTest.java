package org.corroborate.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.Anchor;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.Operations;
import org.corroborate.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Projects on a server through the service: the roles of docs/team-server.md, and two analysts at once. */
class ServerProjectServiceTest {
    private static final Path SAMPLES = Path.of("samples");

    @TempDir
    Path home;

    private ProjectService service(String author) {
        return new ProjectService(home, new ArticleSetReader(),
                Clock.fixed(Instant.parse("2024-03-12T12:00:00Z"), ZoneOffset.UTC), author);
    }

    private static String url(String database, String user, String project) {
        return "jdbc:postgresql://localhost:" + TestPostgres.port() + "/" + database + "?user=" + user + "&project="
                + project + "&sslmode=disable";
    }

    private static Claim mark(Workspace workspace, String quote) {
        Article article = workspace.articles().get(1);
        int start = article.text().indexOf(quote);
        Claim claim = Claim.mark(article.id(), Anchor.capture(article.text(), start, start + quote.length()),
                workspace.author(), workspace.now());
        workspace.apply(Operations.markClaim(claim));
        return claim;
    }

    /** The set-up docs/team-server.md gives a newsroom's IT, statement for statement. */
    private static void setUpDesk(String suffix) throws Exception {
        try (Connection admin = TestPostgres.server().getPostgresDatabase().getConnection();
             Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE corroborate_analyst_" + suffix + " NOLOGIN");
            sql.execute("CREATE ROLE corroborate_reader_" + suffix + " NOLOGIN");
            sql.execute("CREATE ROLE desk_admin_" + suffix + " LOGIN");
            sql.execute("CREATE DATABASE desk_" + suffix + " OWNER desk_admin_" + suffix);
            sql.execute("CREATE ROLE ana_" + suffix + " LOGIN IN ROLE corroborate_analyst_" + suffix);
            sql.execute("CREATE ROLE ed_" + suffix + " LOGIN IN ROLE corroborate_reader_" + suffix);
        }
        try (Connection desk = TestPostgres.server().getDatabase("desk_admin_" + suffix, "desk_" + suffix).getConnection();
             Statement sql = desk.createStatement()) {
            sql.execute("ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO corroborate_analyst_" + suffix
                    + ", corroborate_reader_" + suffix);
            sql.execute("ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO corroborate_analyst_"
                    + suffix);
            sql.execute("ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO corroborate_reader_" + suffix);
        }
    }

    @Test
    void anAnalystWritesAndAReaderOnlyReads() throws Exception {
        String suffix = TestPostgres.freshProjectName();
        setUpDesk(suffix);
        String database = "desk_" + suffix;
        service("admin").createProject(ProjectLocation.parse(url(database, "desk_admin_" + suffix, "raids")), SAMPLES)
                .workspace().close();

        Claim marked;
        try (Workspace analyst = service("ana").openProject(ProjectLocation.parse(url(database, "ana_" + suffix, "raids")))) {
            assertThat(analyst.isReadOnly()).isFalse();
            marked = mark(analyst, "killed 60 Ukrainian soldiers");
        }
        try (Workspace reader = service("ed").openProject(ProjectLocation.parse(url(database, "ed_" + suffix, "raids")))) {
            assertThat(reader.isReadOnly()).as("a reader's connection opens read-only").isTrue();
            assertThat(reader.annotations().claims()).containsExactly(marked);
            assertThatThrownBy(() -> mark(reader, "Belgorod"))
                    .isInstanceOfSatisfying(ProjectException.class,
                            e -> assertThat(e.kind()).isEqualTo(ProjectException.Kind.READ_ONLY))
                    .hasMessageContaining("read-only for ed_" + suffix);
            assertThat(reader.annotations().claims()).containsExactly(marked);
        }
    }

    @Test
    void theSecondOfTwoAnalystsSavingTheSameClaimIsToldWhatTheFirstSavedAndMayThenOverwriteIt() {
        ProjectLocation location = ProjectLocation.parse(url("postgres", "postgres", TestPostgres.freshProjectName()));
        service("admin").createProject(location, SAMPLES).workspace().close();
        try (Workspace ana = service("ana").openProject(location);
             Workspace ben = service("ben").openProject(location)) {
            Claim claim = mark(ana, "killed 60 Ukrainian soldiers");
            Claim seenByBen = ben.annotations().claim(claim.id()).orElseThrow();

            ana.apply(state -> Operations.editClaim(state, claim.withStatus(ClaimStatus.DISPUTED, ana.now()), "Status"));
            assertThatThrownBy(() -> ben.apply(Operations.editClaim(ben.annotations(),
                    seenByBen.withStatus(ClaimStatus.VERIFIED, ben.now()), "Status")))
                    .isInstanceOfSatisfying(EditConflictException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ProjectException.Kind.CONFLICT);
                        assertThat(e.current()).map(c -> ((Claim) c).status()).contains(ClaimStatus.DISPUTED);
                    })
                    .hasMessageContaining("disputed")
                    .hasMessageContaining("not saved");
            assertThat(ben.annotations().claim(claim.id()).orElseThrow().status())
                    .as("Ben now sees Ana's save").isEqualTo(ClaimStatus.DISPUTED);

            ben.apply(state -> Operations.editClaim(state,
                    state.claim(claim.id()).orElseThrow().withStatus(ClaimStatus.VERIFIED, ben.now()), "Status"));
        }
        try (Workspace check = service("check").openProject(location, ProjectService.Access.READ_ONLY)) {
            assertThat(check.annotations().claims()).extracting(Claim::status).containsExactly(ClaimStatus.VERIFIED);
        }
    }

    @Test
    void aRoleThatMayNotMakeProjectsIsToldWhyAndNothingIsLeft() throws Exception {
        String visitor = "visitor_" + TestPostgres.freshProjectName();
        try (Connection admin = TestPostgres.server().getPostgresDatabase().getConnection();
             Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE " + visitor + " LOGIN");
        }
        ProjectLocation location = ProjectLocation.parse(url("postgres", visitor, "raids_" + visitor));

        assertThatThrownBy(() -> service(visitor).createProject(location, SAMPLES))
                .isInstanceOf(ProjectException.class)
                .hasMessageStartingWith("Could not create the project " + location)
                .hasMessageContaining("permission denied");
        assertThat(location.exists()).isFalse();
    }
}
