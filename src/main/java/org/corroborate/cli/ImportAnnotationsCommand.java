package org.corroborate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.service.AnnotationImport;
import org.corroborate.service.ProjectService;
import org.corroborate.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import-annotations", mixinStandardHelpOptions = true,
        description = {"Add the claims, links and groups of a JSON-LD export to the project, as one step.",
                "Articles are matched by content, then by file name, and each claim is re-anchored as on opening a"
                        + " project: a claim not placed as given (moved, placed approximately, orphaned) gets a notice.",
                "What the project already holds unchanged is passed over; an id it holds with other content stops"
                        + " the import, and nothing changes."})
final class ImportAnnotationsCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "FILE", description = "A JSON-LD file written by 'export --format jsonld'.")
    private Path file;

    ImportAnnotationsCommand(CliContext context) {
        super(context, ProjectService.Access.READ_WRITE);
    }

    @Override
    void checkOptions() {
        if (!Files.isRegularFile(file)) {
            throw new CommandFailedException("There is no file " + file + " to import.");
        }
    }

    @Override
    void run(Workspace workspace) throws IOException {
        AnnotationImport.Outcome outcome = AnnotationImport.into(workspace, file);
        outcome.notices().forEach(notice -> err().println("Notice: " + notice));
        err().flush();
        out().println(summary(outcome));
        out().flush();
    }

    private String summary(AnnotationImport.Outcome outcome) {
        if (outcome.addedNothing()) {
            return "Nothing to import: the project already holds all " + outcome.alreadyPresent()
                    + " annotations of " + file + ".";
        }
        String passedOver = outcome.alreadyPresent() == 0 ? ""
                : "; " + outcome.alreadyPresent() + " already in the project were passed over";
        return ("Imported " + Counts.of(outcome.claimsAdded(), "claim") + ", " + Counts.of(outcome.linksAdded(), "link")
                + " and " + Counts.of(outcome.groupsAdded(), "group") + passedOver + ". " + outcome.placementSummary())
                .strip();
    }
}
