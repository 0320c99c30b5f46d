package org.wenzhai.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.domain.Document;
import org.wenzhai.i18n.Messages;
import org.wenzhai.ui.common.BackgroundWork;

/** State of the main window: its title, the documents of the tree and the status line. */
public class MainViewModel {
    private final WenzhaiContext context;
    private final BackgroundWork work = new BackgroundWork();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Messages.t("status.ready"));
    private final ObservableList<DocumentNode> documents = FXCollections.observableArrayList();

    public MainViewModel(WenzhaiContext context) {
        this.context = context;
        title.set(Messages.t("app.title", context.folder()));
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<DocumentNode> documents() {
        return documents;
    }

    public WenzhaiContext context() {
        return context;
    }

    public BackgroundWork work() {
        return work;
    }

    /** Reloads the document tree in the background. */
    public void refresh() {
        work.run(() -> {
            List<DocumentNode> nodes = new ArrayList<>();
            for (Document d : context.documentService().list()) {
                nodes.add(new DocumentNode(d, context.documentService().articles(d.id())));
            }
            return nodes;
        }, documents::setAll, e -> status.set(Messages.t("cli.error", e.getMessage())));
    }

    public void shutdown() {
        work.close();
    }
}
