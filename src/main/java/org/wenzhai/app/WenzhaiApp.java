package org.wenzhai.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.i18n.Messages;
import org.wenzhai.storage.LibraryInUseException;
import org.wenzhai.storage.LibraryLocator;
import org.wenzhai.storage.StorageException;
import org.wenzhai.ui.common.FatalDialog;
import org.wenzhai.ui.main.MainView;
import org.wenzhai.ui.main.MainViewModel;

/** The JavaFX application: opens the library and shows the main window. */
public class WenzhaiApp extends Application {
    private WenzhaiContext context;
    private MainViewModel viewModel;

    public static void launchWindow(String[] args) {
        Application.launch(WenzhaiApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Path folder = LibraryLocator.resolve(null);
        try {
            context = WenzhaiContext.open(folder);
        } catch (StorageException e) {
            showFatal(fatalMessage(e));
            return;
        }
        viewModel = new MainViewModel(context);
        MainView view = new MainView(viewModel);
        Scene scene = new Scene(view.root(), 1280, 800);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.show();
        viewModel.refresh();
    }

    /** What the window says when its library cannot be opened: the same one line the command line prints. */
    static String fatalMessage(StorageException e) {
        if (e instanceof LibraryInUseException inUse) {
            return Messages.t("cli.libraryInUse", inUse.folder());
        }
        return Messages.t("cli.error", e.getMessage());
    }

    private static void showFatal(String message) {
        FatalDialog.create(message).showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (viewModel != null) {
            viewModel.shutdown();
        }
        if (context != null) {
            context.close();
        }
    }
}
