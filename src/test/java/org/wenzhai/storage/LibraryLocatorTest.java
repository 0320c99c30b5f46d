package org.wenzhai.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibraryLocatorTest {
    @Test
    void explicitFolderWinsOverTheEnvironment() {
        assertThat(LibraryLocator.resolve(Path.of("/tmp/lib"), Map.of("WENZHAI_LIBRARY", "/x"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/tmp/lib"));
    }

    @Test
    void environmentVariableWinsOverThePlatformFolder() {
        assertThat(LibraryLocator.resolve(null, Map.of("WENZHAI_LIBRARY", "/data/wz"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/data/wz"));
    }

    @Test
    void platformDataFolders() {
        assertThat(LibraryLocator.resolve(null, Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/wenzhai"));
        assertThat(LibraryLocator.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/xdg/wenzhai"));
        assertThat(LibraryLocator.resolve(null, Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Wenzhai"));
        assertThat(LibraryLocator.resolve(null, Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11", "C:/Users/u"))
                .isEqualTo(Path.of("C:/Users/u/AppData/Roaming/Wenzhai"));
    }
}
