package org.corroborate.cli;

import org.corroborate.model.Annotations;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.LinkType;
import org.corroborate.model.Operations;
import org.corroborate.service.ClaimReference;
import org.corroborate.service.ProjectService;
import org.corroborate.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Link two claims of different articles; linking a linked pair again changes the link.",
                "Prints the link's id."})
final class LinkCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "CLAIM", description = "A claim's id, or at least its first 4 characters.")
    private String from;

    @Parameters(index = "2", paramLabel = "CLAIM", description = "The other claim.")
    private String to;

    @Option(names = "--type", required = true, paramLabel = "TYPE", converter = CodeConverters.LinkTypeConverter.class,
            description = "same, supports or contradicts.")
    private LinkType type;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note on the link.")
    private String note = "";

    LinkCommand(CliContext context) {
        super(context, ProjectService.Access.READ_WRITE);
    }

    @Override
    void run(Workspace workspace) {
        Annotations current = workspace.annotations();
        Claim a = ClaimReference.resolve(current, from);
        Claim b = ClaimReference.resolve(current, to);
        Annotations next = workspace.apply(Operations.link(current, a.id(), b.id(), type, note, workspace.author(),
                workspace.now()));
        ClaimLink link = next.linkBetween(a.id(), b.id()).orElseThrow();
        out().println(link.id());
        out().flush();
    }
}
