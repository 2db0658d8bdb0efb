package org.corroborate.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.StoredText;

/** Reads one article file into its stored text, reporting why when it cannot. */
final class ArticleTextLoader {
    private final FileBytes files;

    ArticleTextLoader(FileBytes files) {
        this.files = files;
    }

    /** The file's stored text, or empty when it was refused; every problem met goes to {@code problems}. */
    Optional<String> load(Path file, List<ImportProblem> problems) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = files.read(file);
        } catch (FileBytes.TooLargeException e) {
            problems.add(ImportProblem.error(name, e.getMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(ImportProblem.error(name, "cannot be read: " + FileBytes.describe(e)));
            return Optional.empty();
        }
        DecodeResult decoded = TextDecoder.decode(bytes);
        if (decoded instanceof DecodeResult.Refused refused) {
            problems.add(ImportProblem.error(name, refused.reason()));
            return Optional.empty();
        }
        DecodeResult.Decoded text = (DecodeResult.Decoded) decoded;
        text.caveat().ifPresent(caveat -> problems.add(ImportProblem.warning(name, caveat)));
        return Optional.of(StoredText.normalize(text.text()));
    }
}
