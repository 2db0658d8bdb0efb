package org.corroborate.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.corroborate.model.Article;
import org.corroborate.service.ArticleDetails;
import org.corroborate.ui.common.DialogService;

/** Answers dialogs from a script and records what was shown, in place of real windows. */
public final class RecordingDialogs implements DialogService {
    public record Shown(String kind, String title, String message) {
    }

    private final List<Shown> shown = new CopyOnWriteArrayList<>();
    private final Deque<Path> folders = new ArrayDeque<>();
    private final Deque<Path> files = new ArrayDeque<>();
    private boolean confirmAnswer = true;

    public RecordingDialogs answerFolder(Path folder) {
        folders.add(folder);
        return this;
    }

    public RecordingDialogs answerFile(Path file) {
        files.add(file);
        return this;
    }

    public RecordingDialogs answerConfirm(boolean answer) {
        confirmAnswer = answer;
        return this;
    }

    public List<Shown> shown() {
        return new ArrayList<>(shown);
    }

    public List<Shown> shown(String kind) {
        return shown.stream().filter(s -> s.kind().equals(kind)).toList();
    }

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public void showProblems(String title, String summary, List<String> problems) {
        shown.add(new Shown("problems", title, summary + "\n" + String.join("\n", problems)));
    }

    @Override
    public Optional<Path> chooseFolder(String title, Optional<Path> initialFolder) {
        shown.add(new Shown("chooseFolder", title, ""));
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterName, String... patterns) {
        shown.add(new Shown("chooseFile", title, ""));
        return Optional.ofNullable(files.poll());
    }

    /** Answers the next multiple-file chooser with every file queued by {@link #answerFile}. */
    @Override
    public List<Path> chooseFilesToOpen(String title, String filterName, String... patterns) {
        shown.add(new Shown("chooseFiles", title, ""));
        List<Path> chosen = new ArrayList<>(files);
        files.clear();
        return chosen;
    }

    private final Deque<ArticleDetails> details = new ArrayDeque<>();

    public RecordingDialogs answerArticleDetails(ArticleDetails answer) {
        details.add(answer);
        return this;
    }

    @Override
    public Optional<ArticleDetails> askArticleDetails(Article article) {
        shown.add(new Shown("articleDetails", article.displayHeadline(), ""));
        return Optional.ofNullable(details.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterName, String... patterns) {
        shown.add(new Shown("saveFile", title, suggestedName));
        return Optional.ofNullable(files.poll());
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add(new Shown("confirm", title, message));
        return confirmAnswer;
    }
}
