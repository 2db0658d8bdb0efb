package org.corroborate.cli;

import java.time.LocalDate;
import java.util.Optional;
import org.corroborate.service.ArticleDetails;
import picocli.CommandLine.Option;

/** The options that say what an article is, for {@code add} (over what the files say) and {@code article edit}. */
final class ArticleDetailsOptions {
    @Option(names = "--outlet", description = "Who published it.")
    private String outlet;

    @Option(names = "--headline", description = "Its headline.")
    private String headline;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "Its publication date.")
    private LocalDate published;

    @Option(names = "--url", description = "Where it was published.")
    private String url;

    ArticleDetails details() {
        return new ArticleDetails(Optional.ofNullable(outlet), Optional.ofNullable(headline),
                Optional.ofNullable(published), Optional.ofNullable(url));
    }
}
