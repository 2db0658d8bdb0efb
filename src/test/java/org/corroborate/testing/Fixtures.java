package org.corroborate.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.ArticleDraft;
import org.corroborate.model.ProjectInfo;

/** Small articles and project facts shared by tests that need something to store. */
public final class Fixtures {
    public static final Instant NOW = Instant.parse("2024-03-12T18:00:00Z");

    private Fixtures() {
    }

    public static ProjectInfo info() {
        return new ProjectInfo("Raids, 12 March 2024", Optional.of("/tmp/set"), NOW);
    }

    public static ArticleDraft cnn() {
        return new ArticleDraft("cnn.txt", Optional.of("CNN"), "Russian fighters claim raids", true,
                Optional.of(LocalDate.of(2024, 3, 12)), Optional.empty(),
                "The ministry also said its forces had killed 60 Ukrainian soldiers near Odnorobovka.\n"
                        + "Fighters said they took Tyotkino.");
    }

    public static ArticleDraft bbc() {
        return new ArticleDraft("bbc.txt", Optional.of("Mangalorean.com"), "Armed groups claim raids into Russia",
                false, Optional.of(LocalDate.of(2024, 3, 12)), Optional.of("https://example.org/raids"),
                "Russia said more than 234 Ukrainian troops had been killed.\nThe legion named Tetkino.");
    }

    public static List<ArticleDraft> twoArticles() {
        return List.of(cnn(), bbc());
    }
}
