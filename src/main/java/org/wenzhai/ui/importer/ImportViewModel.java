package org.wenzhai.ui.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.wenzhai.importing.FileResult;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.importing.ImportProgress;
import org.wenzhai.importing.ImportReport;
import org.wenzhai.importing.ImportService;
import org.wenzhai.i18n.Messages;
import org.wenzhai.ui.common.BackgroundWork;

/**
 * An import of files and folders in the background: progress, cancel, the files that failed, and
 * each stored document handed on as it lands so the tree can grow during the import.
 */
public class ImportViewModel {
    private final ImportService importService;
    private final Supplier<ImportOptions> options;
    private final BackgroundWork work;
    private final LongConsumer documentStored;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FileResult> problems = FXCollections.observableArrayList();
    private volatile boolean cancelRequested;

    /**
     * @param options        read in the background when an import starts (they may live in the library)
     * @param documentStored called on the FX thread with each document stored or replaced
     */
    public ImportViewModel(ImportService importService, Supplier<ImportOptions> options, BackgroundWork work,
                           LongConsumer documentStored) {
        this.importService = importService;
        this.options = options;
        this.work = work;
        this.documentStored = documentStored;
    }

    /** Starts importing; returns false when an import is already running. */
    public boolean importPaths(List<Path> paths) {
        if (running.get() || paths.isEmpty()) {
            return false;
        }
        cancelRequested = false;
        running.set(true);
        progress.set(-1);
        problems.clear();
        report.set(null);
        message.set(Messages.t("ui.import.preparing"));
        work.run(() -> importService.importPaths(paths, options.get(), new ImportProgress() {
            @Override
            public void starting(int index, int total, Path file) {
                work.onUi(() -> {
                    progress.set(total == 0 ? -1 : (index - 1) / (double) total);
                    message.set(Messages.t("ui.import.file", index, total, file.getFileName()));
                });
            }

            @Override
            public void finished(FileResult result) {
                if (result.documentId() != null && (result.status() == FileResult.Status.IMPORTED
                        || result.status() == FileResult.Status.REPLACED)) {
                    long id = result.documentId();
                    work.onUi(() -> documentStored.accept(id));
                }
            }
        }, () -> cancelRequested), this::done, e -> {
            progress.set(0);
            message.set(Messages.t("cli.error", e.getMessage()));
            running.set(false);
        });
        return true;
    }

    private void done(ImportReport r) {
        progress.set(1);
        // (and files stored with parts that could not be read: a scanned page)
        problems.setAll(r.files().stream().filter(f -> f.status() == FileResult.Status.FAILED
                || f.status() == FileResult.Status.SKIPPED || (f.status() == FileResult.Status.IMPORTED && f.message() != null)).toList());
        String summary = Messages.t("import.summary", r.count(FileResult.Status.IMPORTED),
                r.count(FileResult.Status.ALREADY_PRESENT), r.count(FileResult.Status.REPLACED),
                r.count(FileResult.Status.SKIPPED), r.count(FileResult.Status.FAILED));
        message.set(r.cancelled() ? Messages.t("ui.import.cancelled", summary) : summary);
        report.set(r);
        // last: whoever sees the import finished sees its report and problems
        running.set(false);
    }

    public void cancel() {
        if (running.get()) {
            cancelRequested = true;
            message.set(Messages.t("ui.import.cancelling"));
        }
    }

    /** A line for the problem list: file name, outcome, reason. */
    public static String describe(FileResult r) {
        String status = switch (r.status()) {
            case FAILED -> Messages.t("import.failed");
            case SKIPPED -> Messages.t("import.skipped");
            case IMPORTED -> Messages.t("import.imported");
            case REPLACED -> Messages.t("import.replaced");
            case ALREADY_PRESENT -> Messages.t("import.alreadyPresent");
        };
        return r.path() + " — " + status + (r.message() == null ? "" : "：" + r.message());
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0–1, or -1 while the number of files is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The last finished import's report (null while running). */
    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Files of the last import that failed or were skipped. */
    public ObservableList<FileResult> problems() {
        return problems;
    }
}
