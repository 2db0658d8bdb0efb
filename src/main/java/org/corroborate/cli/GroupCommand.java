package org.corroborate.cli;

import java.util.List;
import java.util.Optional;
import org.corroborate.model.Annotations;
import org.corroborate.model.Change;
import org.corroborate.model.ClaimId;
import org.corroborate.model.Operation;
import org.corroborate.model.Operations;
import org.corroborate.model.Verdict;
import org.corroborate.service.ClaimReference;
import org.corroborate.service.ProjectService;
import org.corroborate.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "group", mixinStandardHelpOptions = true,
        description = {"Group claims that report one claim across sources, with a statement of it and a verdict.",
                "Prints the group's id."})
final class GroupCommand extends ProjectCommand {
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "CLAIM",
            description = "The claims: ids, or at least their first 4 characters.")
    private List<String> claims;

    @Option(names = "--statement", required = true, paramLabel = "S", description = "What is claimed, in your words.")
    private String statement;

    @Option(names = "--verdict", paramLabel = "V", converter = CodeConverters.VerdictConverter.class,
            description = "One of: true, mostly-true, mixed, misleading, false, unproven.")
    private Verdict verdict;

    @Option(names = "--note", paramLabel = "TEXT", description = "The verification note that explains the verdict.")
    private String note = "";

    GroupCommand(CliContext context) {
        super(context, ProjectService.Access.READ_WRITE);
    }

    @Override
    void run(Workspace workspace) {
        Annotations current = workspace.annotations();
        List<ClaimId> members = claims.stream().map(c -> ClaimReference.resolve(current, c).id()).toList();
        Operation operation = Operations.createGroup(current, statement, members, Optional.ofNullable(verdict), note,
                workspace.now());
        workspace.apply(operation);
        operation.changes().stream()
                .filter(Change.OfGroup.class::isInstance)
                .map(change -> ((Change.OfGroup) change).after().orElseThrow().id())
                .forEach(out()::println);
        out().flush();
    }
}
