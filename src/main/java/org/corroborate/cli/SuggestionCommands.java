package org.corroborate.cli;

import org.corroborate.model.Annotations;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimId;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.LinkId;
import org.corroborate.service.ProjectService;
import org.corroborate.service.SuggestionActions;
import org.corroborate.service.Suggestions;
import org.corroborate.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The subcommands of suggest that act on one suggestion, named by the id suggest prints. */
final class SuggestionCommands {
    private SuggestionCommands() {
    }

    /** Opens the project to write, since acting on a suggestion changes it. */
    abstract static class OnOneSuggestion extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "ID", description = "The suggestion's id, as suggest prints it.")
        String id;

        OnOneSuggestion(CliContext context) {
            super(context, ProjectService.Access.READ_WRITE);
        }

        // Dismissed suggestions are included, so that one can be accepted, or dismissed again, by its id.
        Suggestions suggestions(Workspace workspace) {
            return Suggestions.of(workspace, Suggestions.Dismissed.SHOW);
        }

        void reportDone(String what) {
            out().println(what + " " + id);
            out().flush();
        }
    }

    @Command(name = "accept", mixinStandardHelpOptions = true,
            description = {"Turn a suggestion into annotations, as one step the window can undo: a match, with every"
                    + " match sharing its spans, becomes a claim per span, same links and a group; a conflict becomes"
                    + " two claims tagged with its kind and a link whose note names the two values.",
                    "Prints each claim (new or existing), link and group it made."})
    static final class Accept extends OnOneSuggestion {
        Accept(CliContext context) {
            super(context);
        }

        @Override
        void run(Workspace workspace) {
            SuggestionActions.Accepted accepted = SuggestionActions.accept(workspace, suggestions(workspace), id);
            Annotations state = accepted.state();
            for (ClaimId claimId : accepted.claims()) {
                Claim claim = state.claim(claimId).orElseThrow();
                String file = workspace.article(claim.articleId()).orElseThrow().fileName();
                out().printf("claim %s %s %s %d-%d%n", claimId, accepted.created().contains(claimId) ? "new" : "existing",
                        file, claim.anchor().start(), claim.anchor().end());
            }
            for (LinkId linkId : accepted.links()) {
                ClaimLink link = state.link(linkId).orElseThrow();
                out().printf("link %s %s %s %s%n", linkId, link.type().code(), link.from(), link.to());
            }
            accepted.group().flatMap(state::group).ifPresent(group ->
                    out().printf("group %s “%s”%n", group.id(), group.statement()));
            out().flush();
        }
    }

    @Command(name = "dismiss", mixinStandardHelpOptions = true,
            description = "Hide a suggestion from now on in this project; suggest --show-dismissed still lists it.")
    static final class Dismiss extends OnOneSuggestion {
        Dismiss(CliContext context) {
            super(context);
        }

        @Override
        void run(Workspace workspace) {
            SuggestionActions.dismiss(workspace, suggestions(workspace), id);
            reportDone("dismissed");
        }
    }

    @Command(name = "undismiss", mixinStandardHelpOptions = true,
            description = "Bring back a dismissed suggestion.")
    static final class Undismiss extends OnOneSuggestion {
        Undismiss(CliContext context) {
            super(context);
        }

        @Override
        void run(Workspace workspace) {
            SuggestionActions.undismiss(workspace, id);
            reportDone("undismissed");
        }
    }
}
