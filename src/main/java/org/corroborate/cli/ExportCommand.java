package org.corroborate.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.corroborate.model.Publisher;
import org.corroborate.service.ExportFormat;
import org.corroborate.service.ProjectExport;
import org.corroborate.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the project's verification notes, to standard output or to a file, in UTF-8.")
final class ExportCommand extends ProjectCommand {
    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = CodeConverters.FormatConverter.class,
            description = "md (Markdown report), html (HTML report), csv (table of claims), jsonld (W3C Web"
                    + " Annotations, which import-annotations reads back) or claimreview (a schema.org ClaimReview"
                    + " of each group with a verdict, for fact-check tools).")
    private ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to this file, replacing it whole once the export is complete.")
    private Path file;

    @Option(names = "--desk", paramLabel = "NAME",
            description = "claimreview: the fact-checking desk that publishes the reviews, named as their author."
                    + " Without it, the desk last named in the window's Export dialog.")
    private String desk;

    @Option(names = "--url", paramLabel = "URL", converter = CodeConverters.WebAddressConverter.class,
            description = "claimreview: the address of the page that publishes the reviews.")
    private URI page;

    private Publisher publisher = Publisher.NONE;

    ExportCommand(CliContext context) {
        super(context);
    }

    @Override
    void checkOptions() {
        if (!format.namesPublisher()) {
            if (desk != null || page != null) {
                throw usageError("--desk and --url go with --format claimreview only.");
            }
            return;
        }
        Optional<String> named = Optional.ofNullable(desk).map(String::strip).filter(name -> !name.isEmpty())
                .or(() -> context.settings().claimReviewDesk());
        if (named.isEmpty()) {
            throw usageError("--format claimreview names the desk that publishes the reviews as their author:"
                    + " give --desk NAME (or name the desk once in the window's Export dialog, which remembers it).");
        }
        publisher = new Publisher(named, Optional.ofNullable(page));
    }

    @Override
    void run(Workspace workspace) throws IOException {
        if (file == null) {
            ProjectExport.write(workspace, format, publisher, out(), context.clock().instant());
            return;
        }
        if (Files.isDirectory(file)) {
            throw new CommandFailedException("Cannot write " + file + ": it is a folder; name a file in it.");
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandFailedException("Cannot write " + file + ": there is no folder " + folder + ".");
        }
        ProjectExport.toFile(workspace, format, publisher, file, context.clock().instant());
        out().println("Wrote the " + format.label() + " to " + file + ".");
        out().flush();
    }
}
