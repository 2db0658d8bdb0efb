package org.corroborate.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.settings.UserSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutViewModelTest {
    @TempDir
    Path home;

    @Test
    void bothSidePanesShowOnAFirstStart() {
        LayoutViewModel layout = new LayoutViewModel(UserSettings.load(home.resolve("settings.properties")));
        assertThat(layout.articlesShownProperty().get()).isTrue();
        assertThat(layout.inspectorShownProperty().get()).isTrue();
    }

    @Test
    void aHiddenPaneStaysHiddenAtTheNextStart() throws Exception {
        Path file = home.resolve("settings.properties");
        UserSettings settings = UserSettings.load(file);
        LayoutViewModel layout = new LayoutViewModel(settings);
        layout.toggleInspector();
        layout.toggleArticles();
        layout.toggleArticles();
        settings.save();

        LayoutViewModel again = new LayoutViewModel(UserSettings.load(file));
        assertThat(again.inspectorShownProperty().get()).isFalse();
        assertThat(again.articlesShownProperty().get()).isTrue();
        again.showInspector();
        assertThat(again.inspectorShownProperty().get()).isTrue();
    }

    @Test
    void aSettingThatIsNeitherTrueNorFalseReadsAsShown() throws Exception {
        Path file = home.resolve("settings.properties");
        Files.writeString(file, "layout.inspector=maybe\nlayout.articles=FALSE\n");
        LayoutViewModel layout = new LayoutViewModel(UserSettings.load(file));
        assertThat(layout.inspectorShownProperty().get()).isTrue();
        assertThat(layout.articlesShownProperty().get()).isFalse();
    }
}
