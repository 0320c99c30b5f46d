package org.wenzhai.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.wenzhai.ui.reader.CjkFonts;

/**
 * Loads and initialises the classes the window needs (JavaFX controls, RichTextFX, the font list)
 * while the library is still opening on another thread, so that building the window afterwards
 * does not pay for them. Runs off the FX thread: JavaFX allows making nodes that are not in a
 * showing scene on any thread.
 */
public final class WarmUp {
    private WarmUp() {
    }

    public static void run() {
        CjkFonts.family();
        new StyleClassedTextArea().replaceText("文摘");
        new TreeView<>();
        new TabPane();
        new SplitPane();
        new MenuBar();
        new TextField();
        new ProgressBar();
        new Label();
    }
}
