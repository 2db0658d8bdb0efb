package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.corroborate.service.ProjectLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupTargetTest {
    @TempDir
    Path dir;

    private static Supplier<Path> mustNotBeAsked() {
        return () -> {
            throw new AssertionError("the sample set was located though it was not needed");
        };
    }

    @Test
    void aFolderNamedOnTheCommandLineIsOpenedAsAnArticleSet() {
        assertThat(StartupTarget.choose(List.of(dir.toString()), Optional.empty(), mustNotBeAsked()))
                .isEqualTo(new StartupTarget.ArticleSet(dir));
    }

    @Test
    void aFileNamedOnTheCommandLineIsOpenedAsAProject() {
        assertThat(StartupTarget.choose(List.of(dir.resolve("p").toString()), Optional.empty(), mustNotBeAsked()))
                .isEqualTo(new StartupTarget.Project(new ProjectLocation.File(dir.resolve("p"))));
    }

    @Test
    void otherwiseTheLastProjectReopens() {
        ProjectLocation.File last = new ProjectLocation.File(dir.resolve("last"));
        assertThat(StartupTarget.choose(List.of(), Optional.of(last), mustNotBeAsked()))
                .isEqualTo(new StartupTarget.Project(last));
    }

    @Test
    void aFirstStartOpensTheSampleSet() {
        assertThat(StartupTarget.choose(List.of(), Optional.empty(), () -> dir.resolve("samples")))
                .isEqualTo(new StartupTarget.ArticleSet(dir.resolve("samples")));
    }
}
