package org.wenzhai.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.wenzhai.i18n.Messages;

/**
 * Where the window asks the person for files and folders. The native choosers in the app; tests
 * answer in their place (a native dialog cannot be driven headless).
 */
public interface PathChooser {
    /** Materials to import; empty when cancelled. */
    List<Path> materials(Window owner);

    /** A folder (to import, or a library to open or create); empty when cancelled. */
    Optional<Path> folder(Window owner, String title);

    /** The operating system's file and folder dialogs. */
    PathChooser NATIVE = new PathChooser() {
        @Override
        public List<Path> materials(Window owner) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.t("menu.file.import"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(Messages.t("ui.import.materials"),
                            "*.txt", "*.docx", "*.doc", "*.wps", "*.rtf", "*.pdf", "*.html", "*.htm", "*.mht", "*.mhtml", "*.md"),
                    new FileChooser.ExtensionFilter(Messages.t("ui.import.allFiles"), "*.*"));
            List<File> files = chooser.showOpenMultipleDialog(owner);
            return files == null ? List.of() : files.stream().map(File::toPath).toList();
        }

        @Override
        public Optional<Path> folder(Window owner, String title) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        }
    };
}
