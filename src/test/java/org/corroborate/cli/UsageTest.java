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
    void anUnknownCommandIsNamedWithTheClosestOneAndTheList() {
        CliFixture.Result result = new CliFixture(dir).run("clams", "p");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(String.join(System.lineSeparator(),
                "Error: Unknown command 'clams'. Did you mean 'claims'?",
                "The commands are: init, add, refresh, articles, article, claim, claims, link, group, export, import-annotations, suggest, copy.",
                "Run 'corroborate --help' for usage.", ""));
    }

    @Test
    void anUnknownCommandLikeNoneIsNamedWithTheList() {
        CliFixture.Result result = new CliFixture(dir).run("xyzzy");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("Error: Unknown command 'xyzzy'." + System.lineSeparator()
                + "The commands are: init, add, refresh, articles,");
    }

    @Test
    void anUnknownSubcommandIsNamedWithItsCommand() {
        CliFixture.Result result = new CliFixture(dir).run("claim", "ad", "p");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(String.join(System.lineSeparator(),
                "Error: Unknown command 'claim ad'. Did you mean 'claim add'?",
                "The commands of 'claim' are: add.",
                "Run 'corroborate claim --help' for usage.", ""));
    }

    @Test
    void anUnknownOptionKeepsPicocliSuggestions() {
        CliFixture.Result result = new CliFixture(dir).run("claims", "p", "--jsn");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("Error: Unknown option: '--jsn'").contains("--json");
    }

    @Test
    void noCommandIsAUsageError() {
        CliFixture.Result result = new CliFixture(dir).run("claim");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Name what to do with a claim: add.");
    }
}
