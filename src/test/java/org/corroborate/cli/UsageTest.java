package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandHasHelp() {
        CliFixture cli = new CliFixture(dir);
        for (String[] command : new String[][] {{}, {"init"}, {"articles"}, {"claim"}, {"claim", "add"}, {"claims"},
                {"link"}, {"group"}, {"export"}, {"import-annotations"}}) {
            String[] args = Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";

            CliFixture.Result result = cli.run(args);

            assertThat(result.exitCode()).as(String.join(" ", args)).isZero();
            String name = String.join(" ", command);
            assertThat(result.out()).startsWith(("Usage: corroborate " + name).strip());
        }
    }

    @Test
    void theTopLevelHelpListsTheExitCodes() {
        CliFixture.Result result = new CliFixture(dir).run("--help");

        assertThat(result.out()).contains("Exit codes:", "0   the command did what was asked", "2   usage error");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliFixture.Result result = new CliFixture(dir).run("clams", "p");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'clams'", "Did you mean", "claims", "corroborate --help");
    }

    @Test
    void noCommandIsAUsageError() {
        CliFixture.Result result = new CliFixture(dir).run("claim");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Name what to do with a claim: add.");
    }
}
