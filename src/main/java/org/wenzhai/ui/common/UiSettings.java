package org.wenzhai.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The user's window settings (language, theme, font size, recent libraries). They belong to the
 * person, not to a library, so they live in {@code java.util.prefs}; tests use {@link #inMemory()}.
 */
public final class UiSettings {
    public static final int MIN_FONT = 10;
    public static final int MAX_FONT = 40;
    public static final int DEFAULT_FONT = 18;
    private static final int RECENT_MAX = 8;

    private final Store store;

    public UiSettings(Store store) {
        this.store = store;
    }

    /** Settings in the user's preferences node {@code org/wenzhai/ui}. */
    public static UiSettings userPreferences() {
        Preferences node = Preferences.userRoot().node("org/wenzhai/ui");
        return new UiSettings(new Store() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(node.get(key, null));
            }

            @Override
            public void put(String key, String value) {
                if (value == null) {
                    node.remove(key);
                } else {
                    node.put(key, value);
                }
                try {
                    node.flush();
                } catch (BackingStoreException | SecurityException e) {
                    // preferences are a comfort: a read-only home keeps them for this session only
                }
            }
        });
    }

    public static UiSettings inMemory() {
        Map<String, String> map = new LinkedHashMap<>();
        return new UiSettings(new Store() {
            @Override
            public synchronized Optional<String> get(String key) {
                return Optional.ofNullable(map.get(key));
            }

            @Override
            public synchronized void put(String key, String value) {
                if (value == null) {
                    map.remove(key);
                } else {
                    map.put(key, value);
                }
            }
        });
    }

    /** The chosen language, or empty to follow the system. */
    public Optional<Locale> language() {
        return store.get("language").filter(s -> !s.isBlank()).map(Locale::forLanguageTag);
    }

    public void setLanguage(Locale locale) {
        store.put("language", locale == null ? null : locale.toLanguageTag());
    }

    public Theme theme() {
        return store.get("theme").map(s -> "dark".equals(s) ? Theme.DARK : Theme.LIGHT).orElse(Theme.LIGHT);
    }

    public void setTheme(Theme theme) {
        store.put("theme", theme == Theme.DARK ? "dark" : "light");
    }

    public int fontSize() {
        try {
            return clampFont(Integer.parseInt(store.get("fontSize").orElse(String.valueOf(DEFAULT_FONT))));
        } catch (NumberFormatException e) {
            return DEFAULT_FONT;
        }
    }

    public void setFontSize(int size) {
        store.put("fontSize", String.valueOf(clampFont(size)));
    }

    public static int clampFont(int size) {
        return Math.max(MIN_FONT, Math.min(MAX_FONT, size));
    }

    /** Recently opened library folders, most recent first. */
    public List<Path> recentLibraries() {
        List<Path> out = new ArrayList<>();
        for (String s : store.get("recentLibraries").orElse("").split("\n")) {
            if (!s.isBlank()) {
                out.add(Path.of(s));
            }
        }
        return out;
    }

    public void addRecentLibrary(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(recentLibraries());
        list.remove(abs);
        list.add(0, abs);
        while (list.size() > RECENT_MAX) {
            list.remove(list.size() - 1);
        }
        store.put("recentLibraries", String.join("\n", list.stream().map(Path::toString).toList()));
    }

    /** Where the settings are kept. */
    public interface Store {
        Optional<String> get(String key);

        void put(String key, String value);
    }

    public enum Theme { LIGHT, DARK }
}
