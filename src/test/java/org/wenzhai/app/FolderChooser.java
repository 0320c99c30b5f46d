package org.wenzhai.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.wenzhai.ui.main.PathChooser;

/** The native dialogs answered by a test: no materials chosen, the folder the test names (or none). */
final class FolderChooser implements PathChooser {
    private final Supplier<Path> folder;

    FolderChooser(Supplier<Path> folder) {
        this.folder = folder;
    }

    @Override
    public List<Path> materials(Window owner) {
        return List.of();
    }

    @Override
    public Optional<Path> folder(Window owner, String title) {
        return Optional.ofNullable(folder.get());
    }
}
