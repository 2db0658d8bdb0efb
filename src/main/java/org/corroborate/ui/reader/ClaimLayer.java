package org.corroborate.ui.reader;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimId;
import org.corroborate.model.LinkType;
import org.corroborate.model.TextSpan;
import org.corroborate.service.TextSearch;
import org.corroborate.ui.annotation.AnnotationViewModel;
import org.corroborate.ui.annotation.ClaimText;
import org.corroborate.ui.annotation.TextSelection;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The claims drawn over one column's text, and what the mouse does with them: click selects,
 * Ctrl+click picks the claim to link to, hovering shows a summary, and dragging an end of the
 * selected claim resizes it.
 */
final class ClaimLayer {
    private static final Duration FLASH_TIME = Duration.ofMillis(1600);
    /** How near an end of the selected claim, in characters, a press grabs that end. */
    private static final int GRAB_DISTANCE = 1;

    private final ReaderColumn column;
    private final AnnotationViewModel annotations;
    private final StyleClassedTextArea area;
    private final Tooltip summary = new Tooltip();
    private final Set<ClaimId> flashing = new HashSet<>();
    private final PauseTransition flashTimer = new PauseTransition(javafx.util.Duration.millis(FLASH_TIME.toMillis()));
    private List<Claim> claims = List.of();
    private List<TextSpan> suggested = List.of();
    private TextSearch.Result found = TextSearch.Result.none("");
    private Dragging dragging;
    private final ContextMenu contextMenu = new ContextMenu();
    private int contextOffset = -1;

    /** What the column was last drawn from: drawing again from the same would change nothing. */
    private record Drawn(Article article, List<Claim> claims, Set<ClaimId> inConflict, ClaimId selected,
                         Set<ClaimId> linked, ClaimId linkTarget, Set<ClaimId> flashing, List<TextSpan> suggested,
                         List<TextSearch.Hit> hits) {
    }

    private Drawn drawn;

    /** An end of the selected claim being dragged to a new place. */
    private record Dragging(ClaimId claim, boolean startEdge, int fixedEnd) {
    }

    ClaimLayer(ReaderColumn column, AnnotationViewModel annotations) {
        this.column = column;
        this.annotations = annotations;
        this.area = column.textArea();
        summary.setWrapText(true);
        summary.setMaxWidth(420);
        flashTimer.setOnFinished(e -> {
            flashing.clear();
            refresh();
        });
        area.setMouseOverTextDelay(Duration.ofMillis(450));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, this::showSummary);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> summary.hide());
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        area.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        // The menu is opened here rather than by the area, on the press of the secondary button
        // itself: the selection it acts on is still there, and it opens the same way on every
        // platform, headless test runs included, where no context-menu event is sent.
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (!contextMenu.isShowing()) {
                openContextMenu(e.isKeyboardTrigger() ? area.getCaretPosition() : offsetAt(e.getX(), e.getY()),
                        e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }

    /**
     * Redraws the claims of the column's article from the current annotations and selection. A
     * change elsewhere in the project leaves this article's claims, their conflicts and the
     * selection as they were, and then the column is left as it is: with thousands of claims,
     * recomputing and restyling every column on every change is what made the window lag.
     */
    void refresh() {
        Article article = column.article();
        if (article == null) {
            return;
        }
        Annotations state = annotations.project().annotations();
        claims = state.claimsOf(article.id());
        ClaimId selected = annotations.selectedProperty().get();
        Set<ClaimId> linked = new HashSet<>();
        if (selected != null) {
            state.linksOf(selected).forEach(l -> linked.add(l.other(selected)));
        }
        Set<ClaimId> inConflict = new HashSet<>();
        claims.stream().map(Claim::id).filter(state::inConflict).forEach(inConflict::add);
        List<TextSearch.Hit> hits = found.hitsIn(article.id());
        Drawn next = new Drawn(article, claims, inConflict, selected, linked, annotations.linkTargetProperty().get(),
                Set.copyOf(flashing), suggested, hits);
        if (next.equals(drawn)) {
            return;
        }
        drawn = next;
        Highlights.Context context = new Highlights.Context(inConflict::contains, selected, linked,
                next.linkTarget(), next.flashing());
        List<Highlights.Run> runs = Highlights.withHits(
                Highlights.compute(article.text().length(), claims, context, suggested), hits);
        if (runs.isEmpty()) {
            return;
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>(runs.size());
        runs.forEach(run -> spans.add(run.classes(), run.length()));
        StyleSpans<Collection<String>> built = spans.create();
        area.setStyleSpans(0, built);
    }

    /** Draws the spans the assistant points at in this column's article, over the claims. */
    void setSuggested(List<TextSpan> spans) {
        suggested = List.copyOf(spans);
        refresh();
    }

    /** Scrolls so that the text at this offset stands in the middle of the column. */
    void scrollTo(int offset) {
        int paragraph = area.offsetToPosition(offset, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        area.showParagraphAtCenter(paragraph);
    }

    /** Draws the find bar's hits in this column's article over its claims. */
    void showFound(TextSearch.Result result) {
        found = result;
        refresh();
    }

    /** Scrolls to the first of these claims and flashes them all. */
    void reveal(List<Claim> revealed) {
        if (revealed.isEmpty()) {
            return;
        }
        scrollTo(revealed.get(0).anchor().start());
        flashing.clear();
        revealed.forEach(c -> flashing.add(c.id()));
        refresh();
        flashTimer.playFromStart();
    }

    private int offsetAt(double x, double y) {
        return area.hit(x, y).getCharacterIndex().orElse(-1);
    }

    private Optional<Claim> claimAt(int offset) {
        return offset < 0 ? Optional.empty() : Highlights.innermostAt(claims, offset);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || e.getClickCount() != 1) {
            return;
        }
        Optional<Claim> claim = claimAt(offsetAt(e.getX(), e.getY()));
        if (claim.isEmpty()) {
            return;
        }
        if (e.isShortcutDown()) {
            annotations.pickLinkTarget(claim.get().id());
        } else {
            annotations.select(claim.get().id());
        }
    }

    private void showSummary(MouseOverTextEvent e) {
        claimAt(e.getCharacterIndex()).ifPresent(claim -> {
            summary.setText(ClaimText.summary(claim, annotations.project().annotations(), annotations.project()::article));
            summary.show(area, e.getScreenPosition().getX() + 12, e.getScreenPosition().getY() + 16);
        });
    }

    private Optional<Claim> selectedHere() {
        return annotations.selectedClaim().filter(c -> column.article() != null && c.articleId() == column.article().id());
    }

    private Optional<Dragging> grab(double x, double y) {
        int offset = area.hit(x, y).getInsertionIndex();
        return selectedHere().flatMap(claim -> {
            if (Math.abs(offset - claim.anchor().start()) <= GRAB_DISTANCE) {
                return Optional.of(new Dragging(claim.id(), true, claim.anchor().end()));
            }
            if (Math.abs(offset - claim.anchor().end()) <= GRAB_DISTANCE) {
                return Optional.of(new Dragging(claim.id(), false, claim.anchor().start()));
            }
            return Optional.empty();
        });
    }

    private void hovered(MouseEvent e) {
        area.setCursor(grab(e.getX(), e.getY()).isPresent() ? Cursor.H_RESIZE : Cursor.TEXT);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() == MouseButton.SECONDARY) {
            openContextMenu(offsetAt(e.getX(), e.getY()), e.getScreenX(), e.getScreenY());
            e.consume();
            return;
        }
        contextMenu.hide();
        if (e.getButton() == MouseButton.PRIMARY && !e.isShortcutDown() && e.getClickCount() == 1) {
            grab(e.getX(), e.getY()).ifPresent(grabbed -> {
                dragging = grabbed;
                e.consume();
            });
        }
    }

    private void dragged(MouseEvent e) {
        if (dragging == null) {
            return;
        }
        int offset = area.hit(e.getX(), e.getY()).getInsertionIndex();
        area.selectRange(Math.min(offset, dragging.fixedEnd()), Math.max(offset, dragging.fixedEnd()));
        e.consume();
    }

    private void released(MouseEvent e) {
        if (dragging == null) {
            return;
        }
        int offset = area.hit(e.getX(), e.getY()).getInsertionIndex();
        int start = Math.min(offset, dragging.fixedEnd());
        int end = Math.max(offset, dragging.fixedEnd());
        ClaimId claim = dragging.claim();
        dragging = null;
        area.deselect();
        annotations.setSpan(claim, start, end);
        e.consume();
    }

    // A context menu with no items refuses to show, so it is filled before, not as, it opens.
    private void openContextMenu(int offset, double screenX, double screenY) {
        contextOffset = offset;
        fillContextMenu(contextMenu);
        contextMenu.show(area, screenX, screenY);
    }

    private void fillContextMenu(ContextMenu menu) {
        menu.getItems().clear();
        Optional<TextSelection> selection = column.selection();
        MenuItem mark = new MenuItem("Mark as Claim (Ctrl+M)");
        mark.setDisable(selection.isEmpty());
        mark.setOnAction(e -> selection.ifPresent(s -> {
            annotations.mark(s);
            area.deselect();
        }));
        menu.getItems().add(mark);

        Optional<Claim> here = claimAt(contextOffset);
        Optional<Claim> selected = annotations.selectedClaim();
        if (here.isPresent()) {
            Claim claim = here.get();
            MenuItem select = new MenuItem("Select Claim “" + ClaimText.abbreviate(claim.quote(), 30) + "”");
            select.setOnAction(e -> annotations.select(claim.id()));
            menu.getItems().addAll(new SeparatorMenuItem(), select);
            if (selected.isPresent() && selected.get().articleId() != claim.articleId()) {
                Menu link = new Menu("Link Selected Claim with This");
                for (LinkType type : LinkType.values()) {
                    MenuItem item = new MenuItem(type.label());
                    item.setOnAction(e -> annotations.linkWith(type, claim.id()));
                    link.getItems().add(item);
                }
                menu.getItems().add(link);
            }
            MenuItem delete = new MenuItem("Delete Claim");
            delete.setOnAction(e -> {
                annotations.select(claim.id());
                annotations.deleteSelected();
            });
            menu.getItems().add(delete);
        }
    }
}
