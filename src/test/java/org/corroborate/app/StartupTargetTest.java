package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.corroborate.service.ProjectLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupTargetTest {
    @TempDir
    Path dir;

    @Test
    void aFolderNamedOnTheCommandLineIsOpenedAsAnArticleSet() {
        assertThat(StartupTarget.choose(List.of(dir.toString()), Optional.empty()))
                .isEqualTo(new StartupTarget.ArticleSet(dir));
    }

    @Test
    void aFileNamedOnTheCommandLineIsOpenedAsAProject() {
        assertThat(StartupTarget.choose(List.of(dir.resolve("p").toString()), Optional.empty()))
                .isEqualTo(new StartupTarget.Project(new ProjectLocation.File(dir.resolve("p"))));
    }

    @Test
    void otherwiseTheLastProjectReopens() {
        ProjectLocation.File last = new ProjectLocation.File(dir.resolve("last"));
        assertThat(StartupTarget.choose(List.of(), Optional.of(last)))
                .isEqualTo(new StartupTarget.Project(last));
    }

    @Test
    void withNothingToReopenTheWelcomeScreenShows() {
        assertThat(StartupTarget.choose(List.of(), Optional.empty())).isEqualTo(new StartupTarget.Welcome());
    }
}
