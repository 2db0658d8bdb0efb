package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.corroborate.ingest.ArticleSetReader;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.service.ProjectService;
import org.corroborate.store.ProjectFile;
import org.corroborate.store.ProjectStore;
import picocli.CommandLine;

/** Runs commands in this JVM, as the jar would, on projects in a test's own folder. */
final class CliFixture {
    static final Path SAMPLES = Path.of("samples");
    static final Instant NOW = Instant.parse("2024-03-13T09:00:00Z");
    static final String CNN_QUOTE = "killed 60 Ukrainian soldiers";
    static final String MANGALOREAN_QUOTE = "more than 234 Ukrainian troops had been killed";

    private final Path dir;
    private final CliContext context;

    CliFixture(Path dir) {
        this.dir = dir;
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        this.context = new CliContext(new ProjectService(dir.resolve("home"), new ArticleSetReader(), clock, "tester"),
                clock, settingsFile(dir));
    }

    /** Where the commands of a fixture on {@code dir} look for the window's settings. */
    static Path settingsFile(Path dir) {
        return dir.resolve("home").resolve("settings.properties");
    }

    record Result(int exitCode, String out, String err) {
        String outLine() {
            return out.strip();
        }
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = CorroborateCli.commandLine(context);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    Path path(String name) {
        return dir.resolve(name);
    }

    /** A new project made from the sample set; returns its file name as commands take it. */
    String sampleProject(String name) {
        String project = dir.resolve(name + ".mv.db").toString();
        Result init = run("init", project, "--from", SAMPLES.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        return project;
    }

    /** Adds a claim and returns its id, failing the test if the command fails. */
    String addClaim(String project, String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "claim";
        args[1] = "add";
        args[2] = project;
        System.arraycopy(options, 0, args, 3, options.length);
        Result added = run(args);
        assertThat(added.exitCode()).as(added.err()).isZero();
        return added.outLine();
    }

    /** The project with the CNN and Mangalorean casualty claims, linked as contradicting and grouped. */
    SampleWork sampleWork(String name) {
        return annotate(sampleProject(name));
    }

    /** Marks, links and groups the CNN and Mangalorean casualty claims in a project of the sample set. */
    SampleWork annotate(String project) {
        String cnn = addClaim(project, "--article", "2", "--quote", CNN_QUOTE, "--claimant", "Russian defense ministry",
                "--status", "disputed", "--tag", "casualties");
        String mangalorean = addClaim(project, "--article", "3", "--quote", MANGALOREAN_QUOTE);
        Result link = run("link", project, cnn, mangalorean, "--type", "contradicts", "--note", "60 or 234?");
        assertThat(link.exitCode()).as(link.err()).isZero();
        Result group = run("group", project, cnn, mangalorean, "--statement", "Ukrainian losses in the raids",
                "--verdict", "unproven", "--note", "Neither figure is confirmed");
        assertThat(group.exitCode()).as(group.err()).isZero();
        return new SampleWork(project, cnn, mangalorean, link.outLine(), group.outLine());
    }

    record SampleWork(String project, String cnnClaim, String mangaloreanClaim, String link, String group) {
    }

    /** What the project holds, read straight from its file. */
    static Annotations annotations(String project) {
        try (ProjectStore store = ProjectStore.open(ProjectFile.of(project))) {
            return store.loadAnnotations();
        }
    }

    static List<Article> articles(String project) {
        try (ProjectStore store = ProjectStore.open(ProjectFile.of(project))) {
            return store.articles();
        }
    }

    static Article article(String project, int id) {
        return articles(project).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** The same claims, links and groups: what a failed command must leave. */
    static void assertSameAnnotations(Annotations actual, Annotations expected) {
        assertThat(actual.claims()).isEqualTo(expected.claims());
        assertThat(actual.links()).isEqualTo(expected.links());
        assertThat(actual.groups()).isEqualTo(expected.groups());
    }
}
