package org.wenzhai.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wenzhai.i18n.Messages;
import org.wenzhai.ui.common.BackgroundWork;
import org.wenzhai.ui.common.UiSettings;

class SettingsViewModelTest {
    @AfterEach
    void restore() {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void choicesArePersistedAndALanguageChangeSwitchesTheTexts() {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        UiSettings settings = UiSettings.inMemory();
        SettingsViewModel vm = new SettingsViewModel(settings, BackgroundWork.direct());
        assertThat(vm.languageProperty().get()).isEqualTo(SettingsViewModel.Language.SYSTEM);
        assertThat(vm.themeProperty().get()).isEqualTo(UiSettings.Theme.LIGHT);

        vm.languageProperty().set(SettingsViewModel.Language.ENGLISH);
        vm.themeProperty().set(UiSettings.Theme.DARK);
        vm.fontSizeProperty().set(99);
        assertThat(vm.apply()).isTrue();

        assertThat(settings.language()).contains(Locale.ENGLISH);
        assertThat(settings.theme()).isEqualTo(UiSettings.Theme.DARK);
        assertThat(settings.fontSize()).isEqualTo(UiSettings.MAX_FONT);
        assertThat(Messages.t("menu.file")).isEqualTo("File");
        assertThat(Messages.t("ui.delete.undo")).isEqualTo("Undo");
        assertThat(SettingsViewModel.effectiveLocale(settings)).isEqualTo(Locale.ENGLISH);

        SettingsViewModel again = new SettingsViewModel(settings, BackgroundWork.direct());
        assertThat(again.languageProperty().get()).isEqualTo(SettingsViewModel.Language.ENGLISH);
        assertThat(again.apply()).as("nothing changed").isFalse();
        again.languageProperty().set(SettingsViewModel.Language.CHINESE);
        assertThat(again.apply()).isTrue();
        assertThat(Messages.t("ui.delete.undo")).isEqualTo("撤销");
    }

    @Test
    void recentLibrariesKeepTheNewestFirstWithoutDuplicates() {
        UiSettings settings = UiSettings.inMemory();
        for (int i = 0; i < 12; i++) {
            settings.addRecentLibrary(Path.of("/libs/" + i));
        }
        settings.addRecentLibrary(Path.of("/libs/5"));
        assertThat(settings.recentLibraries()).hasSize(8).startsWith(Path.of("/libs/5"), Path.of("/libs/11"));
        assertThat(settings.recentLibraries()).doesNotHaveDuplicates();
    }
}
