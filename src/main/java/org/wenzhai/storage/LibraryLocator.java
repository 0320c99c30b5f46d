package org.wenzhai.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the library lives: {@code --library DIR}, else {@code $WENZHAI_LIBRARY}, else the
 * platform's data folder.
 */
public final class LibraryLocator {
    private LibraryLocator() {
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(Path explicit, Map<String, String> env, String osName, String home) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String fromEnv = env.get("WENZHAI_LIBRARY");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return defaultFolder(env, osName, home);
    }

    public static Path defaultFolder(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("Wenzhai");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Wenzhai");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "wenzhai");
        }
        return Path.of(home, ".local", "share", "wenzhai");
    }
}
