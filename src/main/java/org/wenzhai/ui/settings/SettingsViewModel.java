package org.wenzhai.ui.settings;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.wenzhai.i18n.Messages;
import org.wenzhai.ui.common.BackgroundWork;
import org.wenzhai.ui.common.UiSettings;

/**
 * The settings dialog: language (follow the system, Chinese, English), theme and reader font size.
 * {@link #apply()} persists them off the FX thread and switches the language for the process.
 */
public class SettingsViewModel {
    /** The language choices; SYSTEM follows the system locale. */
    public enum Language {
        SYSTEM(null), CHINESE(Locale.SIMPLIFIED_CHINESE), ENGLISH(Locale.ENGLISH);

        private final Locale locale;

        Language(Locale locale) {
            this.locale = locale;
        }

        public Locale locale() {
            return locale;
        }

        public String label() {
            return Messages.t("ui.settings.language." + name().toLowerCase(Locale.ROOT));
        }

        static Language of(Optional<Locale> locale) {
            if (locale.isEmpty()) {
                return SYSTEM;
            }
            return locale.get().getLanguage().equals("en") ? ENGLISH : CHINESE;
        }
    }

    private final UiSettings settings;
    private final BackgroundWork work;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<UiSettings.Theme> theme = new SimpleObjectProperty<>();
    private final IntegerProperty fontSize = new SimpleIntegerProperty();
    private java.util.concurrent.CompletableFuture<Void> saved = java.util.concurrent.CompletableFuture.completedFuture(null);

    public SettingsViewModel(UiSettings settings, BackgroundWork work) {
        this.settings = settings;
        this.work = work;
        language.set(Language.of(settings.language()));
        theme.set(settings.theme());
        fontSize.set(settings.fontSize());
    }

    /** The locale to use at start: the saved choice, else the system's (Chinese unless English). */
    public static Locale effectiveLocale(UiSettings settings) {
        return settings.language().map(l -> l.getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE)
                .orElseGet(Messages::defaultLocale);
    }

    /**
     * Saves the choices and switches the process's language.
     *
     * @return true when the language changed (the window must be rebuilt)
     */
    public boolean apply() {
        Locale before = Messages.get().locale();
        Language lang = language.get();
        UiSettings.Theme th = theme.get();
        int size = UiSettings.clampFont(fontSize.get());
        fontSize.set(size);
        saved = work.execute(() -> {
            settings.setLanguage(lang.locale());
            settings.setTheme(th);
            settings.setFontSize(size);
        }, () -> { }, e -> { });
        Locale after = lang.locale() != null ? lang.locale() : Messages.defaultLocale();
        if (!after.getLanguage().equals(before.getLanguage())) {
            Messages.use(after);
            return true;
        }
        return false;
    }

    /**
     * Completes (on the FX thread) once the last {@link #apply()} is saved: a window rebuilt for a
     * new language reads the settings again, so it waits for this.
     */
    public java.util.concurrent.CompletableFuture<Void> saved() {
        return saved;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<UiSettings.Theme> themeProperty() {
        return theme;
    }

    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }
}
