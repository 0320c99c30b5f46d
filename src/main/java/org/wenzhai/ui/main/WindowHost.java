package org.wenzhai.ui.main;

import java.nio.file.Path;

/** What the main window asks of the application around it: another library, a rebuilt window. */
public interface WindowHost {
    /** Opens (or creates) the library in {@code folder} and shows it in this window. */
    void openLibrary(Path folder);

    /** Rebuilds the window (after the language changed). */
    void rebuild();

    /** For tests and the plain window: does nothing. */
    WindowHost NONE = new WindowHost() {
        @Override
        public void openLibrary(Path folder) {
        }

        @Override
        public void rebuild() {
        }
    };
}
