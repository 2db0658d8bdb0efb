package org.corroborate.ui.annotation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.corroborate.model.Anchor;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;
import org.corroborate.model.ClaimId;
import org.corroborate.model.ClaimKinds;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.LinkId;
import org.corroborate.model.LinkType;
import org.corroborate.model.Operations;
import org.corroborate.model.TextSpan;
import org.corroborate.model.Verdict;
import org.corroborate.service.Workspace;
import org.corroborate.ui.project.ProjectViewModel;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * What the analyst does to claims, whichever part of the window they do it from: mark, select,
 * link, resize, edit, group. It keeps the selection, and asks the reader to bring claims into view.
 * Every change goes through {@link ProjectViewModel#apply}, so it is saved before it shows.
 */
public final class AnnotationViewModel {
    private final ProjectViewModel project;
    private final ObjectProperty<ClaimId> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ClaimId> previous = new SimpleObjectProperty<>();
    private final ObjectProperty<ClaimId> linkTarget = new SimpleObjectProperty<>();
    private final List<Consumer<List<ClaimId>>> revealListeners = new ArrayList<>();

    public AnnotationViewModel(ProjectViewModel project) {
        this.project = project;
        project.annotationsProperty().addListener((obs, old, now) -> dropVanished(now));
        project.workspaceProperty().addListener((obs, old, now) -> {
            selected.set(null);
            previous.set(null);
            linkTarget.set(null);
        });
    }

    public ProjectViewModel project() {
        return project;
    }

    public ReadOnlyObjectProperty<ClaimId> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ClaimId> linkTargetProperty() {
        return linkTarget;
    }

    public Optional<Claim> selectedClaim() {
        return Optional.ofNullable(selected.get()).flatMap(project.annotations()::claim);
    }

    public void select(ClaimId id) {
        if (id != null && !id.equals(selected.get())) {
            previous.set(selected.get());
            selected.set(id);
            if (id.equals(linkTarget.get())) {
                linkTarget.set(null);
            }
        }
    }

    public void clearSelection() {
        selected.set(null);
        linkTarget.set(null);
    }

    /** Picks the claim to link the selected one with (Ctrl+click), without changing the selection. */
    public void pickLinkTarget(ClaimId id) {
        if (id != null && !id.equals(selected.get())) {
            linkTarget.set(id);
            project.say("Link target picked. Ctrl+Shift+S links as the same claim, Ctrl+Shift+P as supporting,"
                    + " Ctrl+Shift+C as contradicting.");
        }
    }

    /** Lets the reader bring claims into view and flash them; the reader registers here. */
    public void onReveal(Consumer<List<ClaimId>> listener) {
        revealListeners.add(listener);
    }

    /** Selects a claim and brings it into view with the claims it is linked to. */
    public void selectAndReveal(ClaimId id) {
        select(id);
        List<ClaimId> shown = new ArrayList<>();
        shown.add(id);
        project.annotations().linksOf(id).forEach(l -> shown.add(l.other(id)));
        reveal(shown);
    }

    public void reveal(List<ClaimId> claims) {
        // Orphans have no place in the text to show; they are reviewed from the claims table.
        List<ClaimId> placed = claims.stream()
                .filter(id -> project.annotations().claim(id).map(c -> !c.orphaned()).orElse(false))
                .toList();
        revealListeners.forEach(l -> l.accept(placed));
    }

    /** Marks the selected text as a claim, and selects it once it is saved. */
    public void mark(TextSelection selection) {
        if (selection == null || selection.isEmpty()) {
            project.say("Select the words of a claim first, then mark them (Ctrl+M).");
            return;
        }
        Workspace workspace = project.workspaceProperty().get();
        Article article = project.article(selection.articleId()).orElseThrow();
        Claim claim = Claim.mark(article.id(), Anchor.capture(article.text(), selection.start(), selection.end()),
                workspace.author(), workspace.now());
        project.apply(state -> Operations.markClaim(claim), () -> {
            select(claim.id());
            project.say("Marked a claim in " + article.outletOrUnknown() + ". Set who asserts it in the inspector.");
        });
    }

    /**
     * Links the selected claim with another: the claim picked with Ctrl+click, else text selected in
     * another column (which becomes a claim), else the claim selected before this one.
     */
    public void link(LinkType type, Optional<TextSelection> selectionElsewhere) {
        Optional<Claim> source = selectedClaim();
        if (source.isEmpty()) {
            project.say("Select a claim first, then pick the claim to link it with.");
            return;
        }
        Workspace workspace = project.workspaceProperty().get();
        ClaimId from = source.get().id();
        Optional<ClaimId> target = Optional.ofNullable(linkTarget.get());
        Optional<TextSelection> span = selectionElsewhere.filter(s -> !s.isEmpty())
                .filter(s -> s.articleId() != source.get().articleId());
        if (target.isEmpty() && span.isPresent()) {
            TextSelection s = span.get();
            Article article = project.article(s.articleId()).orElseThrow();
            Claim claim = Claim.mark(article.id(), Anchor.capture(article.text(), s.start(), s.end()),
                    workspace.author(), workspace.now());
            project.apply(state -> Operations.markAndLink(state, claim, from, type, "", workspace.author(),
                    workspace.now()), () -> linked(type, List.of(from, claim.id())));
            return;
        }
        Optional<ClaimId> other = target.or(() -> Optional.ofNullable(previous.get()));
        if (other.isEmpty() || project.annotations().claim(other.get()).isEmpty()) {
            project.say("Pick the other claim: Ctrl+click it, or select its words in another column.");
            return;
        }
        ClaimId to = other.get();
        project.apply(state -> Operations.link(state, from, to, type, "", workspace.author(), workspace.now()),
                () -> linked(type, List.of(from, to)));
    }

    /** Links the selected claim with the given one (from a claim's context menu). */
    public void linkWith(LinkType type, ClaimId other) {
        linkTarget.set(other);
        link(type, Optional.empty());
    }

    private void linked(LinkType type, List<ClaimId> claims) {
        linkTarget.set(null);
        project.say("Linked as " + type.label().toLowerCase() + ".");
        reveal(claims);
    }

    public void deleteSelected() {
        selectedClaim().ifPresent(claim -> {
            Workspace workspace = project.workspaceProperty().get();
            project.apply(state -> Operations.deleteClaim(state, claim.id(), workspace.now()));
        });
    }

    /** Moves one end of the selected claim by a word (Alt+arrows). */
    public void resizeSelected(SpanSteps.Edge edge, boolean widen) {
        selectedClaim().filter(this::resizable).ifPresent(claim -> {
            String text = project.article(claim.articleId()).orElseThrow().text();
            SpanSteps.step(text, claim.anchor().span(), edge, widen)
                    .ifPresent(span -> setSpan(claim.id(), span.start(), span.end()));
        });
    }

    /**
     * Gives a claim a new span, as dragging one of its ends does. The claim is taken from the state
     * the edit is applied to, so an edit still being saved is not undone by this one.
     */
    public void setSpan(ClaimId id, int start, int end) {
        project.annotations().claim(id).filter(this::resizable).ifPresent(claim -> {
            String text = project.article(claim.articleId()).orElseThrow().text();
            if (end <= start || end > text.length() || claim.anchor().span().equals(new TextSpan(start, end))) {
                return;
            }
            Anchor anchor = Anchor.capture(text, start, end);
            Instant now = now();
            project.apply(state -> Operations.editClaim(state,
                    state.claim(id).orElseThrow().withAnchor(anchor, now), "Resize claim"));
        });
    }

    // An orphan's span points at text that is no longer its quote; resizing it would quietly attach
    // it to whatever stands there now.
    private boolean resizable(Claim claim) {
        if (claim.orphaned()) {
            project.say("This claim is orphaned: its words are not in the article any more, so it cannot be resized."
                    + " Mark the right words as a new claim instead.");
            return false;
        }
        return true;
    }

    public void setClaimant(String claimant) {
        editSelected(c -> !c.claimant().equals(claimant.strip()),
                c -> c.withClaimant(claimant, now()), "Set claimant");
    }

    public void setStatus(ClaimStatus status) {
        editSelected(c -> c.status() != status, c -> c.withStatus(status, now()), "Set status to " + status.label());
    }

    public void setTags(List<String> tags) {
        editSelected(c -> !c.tags().equals(Claim.normalizeTags(tags)), c -> c.withTags(tags, now()), "Set kind");
    }

    public void setNote(String note) {
        editSelected(c -> !c.note().equals(note), c -> c.withNote(note, now()), "Edit note");
    }

    private void editSelected(Predicate<Claim> differs,
                              UnaryOperator<Claim> edit, String what) {
        selectedClaim().filter(differs).ifPresent(claim ->
                project.apply(state -> Operations.editClaim(state, edit.apply(state.claim(claim.id()).orElseThrow()), what)));
    }

    public void unlink(LinkId id) {
        project.apply(state -> Operations.unlink(state, id));
    }

    public void setLinkNote(LinkId id, String note) {
        project.annotations().link(id).filter(l -> !l.note().equals(note))
                .ifPresent(l -> project.apply(state -> Operations.editLinkNote(state, id, note)));
    }

    /** Groups the selected claim with every claim linked to it, directly or through others. */
    public void groupConnected() {
        selectedClaim().ifPresent(claim -> {
            Annotations state = project.annotations();
            if (!state.groupsOf(claim.id()).isEmpty()) {
                project.say("This claim is already in a group.");
                return;
            }
            List<ClaimId> members = state.connectedClaims(claim.id());
            project.apply(now -> Operations.createGroup(now, claim.quote(), members, Optional.empty(), "", now()),
                    () -> project.say("Grouped " + members.size() + " claims. Write what they claim and your verdict."));
        });
    }

    public void setGroupStatement(ClaimGroup group, String statement) {
        if (!group.statement().equals(statement.strip())) {
            project.apply(state -> Operations.editGroup(state, current(state, group).withStatement(statement, now()),
                    "Edit statement"));
        }
    }

    public void setVerdict(ClaimGroup group, Optional<Verdict> verdict) {
        if (!group.verdict().equals(verdict)) {
            project.apply(state -> Operations.editGroup(state, current(state, group).withVerdict(verdict, now()),
                    "Set verdict" + verdict.map(v -> " to " + v.label()).orElse("")));
        }
    }

    public void setVerificationNote(ClaimGroup group, String note) {
        if (!group.verificationNote().equals(note)) {
            project.apply(state -> Operations.editGroup(state, current(state, group).withVerificationNote(note, now()),
                    "Edit verification note"));
        }
    }

    public void ungroup(ClaimGroup group) {
        project.apply(state -> Operations.deleteGroup(state, group.id()));
    }

    /** Claimants already used in the project, to offer as the analyst types. */
    public Set<String> claimantsInUse() {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        project.annotations().claims().stream().map(Claim::claimant).filter(s -> !s.isBlank()).forEach(names::add);
        return names;
    }

    /** The starting kinds, then those the analyst has added. */
    public List<String> kindsOffered() {
        Set<String> kinds = new LinkedHashSet<>(ClaimKinds.STARTING_VOCABULARY);
        project.annotations().claims().forEach(c -> kinds.addAll(c.tags()));
        return List.copyOf(kinds);
    }

    private ClaimGroup current(Annotations state, ClaimGroup group) {
        return state.group(group.id()).orElseThrow(() -> new IllegalArgumentException("That group no longer exists"));
    }

    private Instant now() {
        return project.workspaceProperty().get().now();
    }

    private void dropVanished(Annotations now) {
        if (selected.get() != null && now.claim(selected.get()).isEmpty()) {
            selected.set(null);
        }
        if (previous.get() != null && now.claim(previous.get()).isEmpty()) {
            previous.set(null);
        }
        if (linkTarget.get() != null && now.claim(linkTarget.get()).isEmpty()) {
            linkTarget.set(null);
        }
    }
}
