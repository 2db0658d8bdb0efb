package org.corroborate.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.Annotations;
import org.corroborate.model.ClaimId;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.LinkType;
import org.corroborate.service.ProjectLocation;
import org.corroborate.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hard kill loses nothing that was reported done: a child JVM edits a project and acknowledges
 * each edit; it is killed with SIGKILL mid-stream, and every acknowledged edit must be there after.
 */
class DurabilityTest {
    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedEditSurvivesAKillMinusNine() throws Exception {
        ProjectService service = new ProjectService(dir, new ArticleSetReader(), Clock.systemUTC(), "test");
        ProjectLocation.File file = new ProjectLocation.File(dir.resolve("durable"));
        service.createProject(file, Path.of("samples")).workspace().close();

        Process writer = ChildJvm.start(DurabilityWriter.class, file.toString());
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            while (acknowledged.size() < 300) {
                String line = out.readLine();
                assertThat(line).as("the writer stopped early").isNotNull();
                acknowledged.add(line);
            }
            new ProcessBuilder("kill", "-9", Long.toString(writer.pid())).start().waitFor();
            assertThat(writer.waitFor(20, TimeUnit.SECONDS)).isTrue();
            // Acknowledgements already printed before the kill count too.
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                acknowledged.add(line);
            }
        } finally {
            writer.destroyForcibly();
        }
        assertThat(writer.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);

        try (Workspace reopened = service.openProject(file)) {
            Annotations state = reopened.annotations();
            for (String ack : acknowledged) {
                String[] parts = ack.split(" ");
                switch (parts[1]) {
                    case "claim" -> assertThat(state.claim(ClaimId.parse(parts[2]))).as(ack).isPresent();
                    case "disputed" -> assertThat(state.claim(ClaimId.parse(parts[2])).orElseThrow().status())
                            .as(ack).isEqualTo(ClaimStatus.DISPUTED);
                    case "link" -> assertThat(state.linkBetween(ClaimId.parse(parts[2]), ClaimId.parse(parts[3])))
                            .as(ack).hasValueSatisfying(l -> assertThat(l.type()).isEqualTo(LinkType.CONTRADICTS));
                    default -> throw new AssertionError("Unexpected line from the writer: " + ack);
                }
            }
            assertThat(state.claimCount()).isGreaterThanOrEqualTo(
                    (int) acknowledged.stream().filter(a -> a.startsWith("ACK claim")).count());
        }
    }
}
