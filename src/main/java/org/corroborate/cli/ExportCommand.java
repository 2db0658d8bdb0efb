package org.corroborate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.service.ExportFormat;
import org.corroborate.service.ProjectExport;
import org.corroborate.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the project's verification notes, to standard output or to a file, in UTF-8.")
final class ExportCommand extends ProjectCommand {
    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = CodeConverters.FormatConverter.class,
            description = "md (Markdown report), html (HTML report), csv (table of claims) or jsonld (W3C Web"
                    + " Annotations, which import-annotations reads back).")
    private ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to this file, replacing it whole once the export is complete.")
    private Path file;

    ExportCommand(CliContext context) {
        super(context);
    }

    @Override
    void run(Workspace workspace) throws IOException {
        if (file == null) {
            ProjectExport.write(workspace, format, out(), context.clock().instant());
            return;
        }
        if (Files.isDirectory(file)) {
            throw new CommandFailedException("Cannot write " + file + ": it is a folder; name a file in it.");
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandFailedException("Cannot write " + file + ": there is no folder " + folder + ".");
        }
        ProjectExport.toFile(workspace, format, file, context.clock().instant());
        out().println("Wrote the " + format.label() + " to " + file + ".");
        out().flush();
    }
}
