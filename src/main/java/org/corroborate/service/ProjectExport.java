package org.corroborate.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.List;
import org.corroborate.analysis.Analysis;
import org.corroborate.export.ExportInput;
import org.corroborate.export.SourceRelations;
import org.corroborate.model.Article;
import org.corroborate.export.ExportRefusedException;
import org.corroborate.model.Publisher;

/** Exports an open project: the whole of it, as it stands, in one of the export formats. */
public final class ProjectExport {
    private ProjectExport() {
    }

    /** The format whose code is {@code code} ("md", "html", "csv", "matrix-csv", "jsonld", "claimreview"). */
    public static Optional<ExportFormat> formatFor(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(ExportFormat.values()).filter(f -> f.code().equals(wanted)).findFirst();
    }

    public static String codes() {
        return Arrays.stream(ExportFormat.values()).map(ExportFormat::code).collect(Collectors.joining(", "));
    }

    public static ExportInput input(Workspace workspace, Publisher publisher, Instant exportedAt) {
        return new ExportInput(workspace.info().title(), workspace.articles(), workspace.annotations(), exportedAt,
                publisher).withSources(sources(workspace.articles()));
    }

    // Judging dependence compares every pair of articles that share wording: seconds on a large set,
    // spent only for the formats that print the judgement.
    private static ExportInput input(Workspace workspace, ExportFormat format, Publisher publisher,
                                     Instant exportedAt) {
        return format.printsSources() ? input(workspace, publisher, exportedAt)
                : new ExportInput(workspace.info().title(), workspace.articles(), workspace.annotations(), exportedAt,
                        publisher);
    }

    /** Which of the articles copy or rewrite which, as the reports' Sources section prints it. */
    public static SourceRelations sources(List<Article> articles) {
        return SourceIndependence.of(articles, Analysis.dependence(articles)).forExport();
    }

    /**
     * Writes the export; one the project cannot give fails with a {@link ProjectException} of kind
     * {@link ProjectException.Kind#REFUSED} before anything is written.
     */
    public static void write(Workspace workspace, ExportFormat format, Publisher publisher, Writer out,
                             Instant exportedAt) throws IOException {
        try {
            format.exporter().write(input(workspace, format, publisher, exportedAt), out);
        } catch (ExportRefusedException e) {
            throw new ProjectException(ProjectException.Kind.REFUSED, e.getMessage(), e);
        }
        out.flush();
    }

    /**
     * Writes the export to a file in UTF-8. It is written beside the file under another name and
     * moved into place when complete, so a reader of the file never sees half an export and a
     * failure leaves an earlier export as it was.
     */
    public static void toFile(Workspace workspace, ExportFormat format, Publisher publisher, Path file,
                              Instant exportedAt) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        // Not createTempFile: it makes the file readable by its owner only, and the move keeps that,
        // so colleagues sharing the folder could not read the notes.
        Path partial = target.resolveSibling("." + target.getFileName() + "-" + UUID.randomUUID() + ".partial");
        Files.createFile(partial);
        try {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8))) {
                write(workspace, format, publisher, out, exportedAt);
            }
            moveIntoPlace(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
