package org.wenzhai.ui.exporter;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.wenzhai.domain.Document;
import org.wenzhai.domain.HighlightColor;
import org.wenzhai.domain.HighlightFilter;
import org.wenzhai.domain.Tag;
import org.wenzhai.domain.TagPath;
import org.wenzhai.documents.DocumentService;
import org.wenzhai.export.ExcerptExporter;
import org.wenzhai.export.ExportFormat;
import org.wenzhai.export.NothingToExportException;
import org.wenzhai.export.TextEncoding;
import org.wenzhai.i18n.Messages;
import org.wenzhai.passages.TagService;
import org.wenzhai.ui.common.BackgroundWork;

/**
 * The export dialog: which tags, documents and colour, the format and encoding, a preview of what
 * would be written, and saving it to a file — all export work in the background.
 */
public class ExportViewModel {
    private final ExcerptExporter exporter;
    private final TagService tags;
    private final DocumentService documents;
    private final BackgroundWork work;
    private final ObservableList<TagPath> availableTags = FXCollections.observableArrayList();
    private final ObservableList<Document> availableDocuments = FXCollections.observableArrayList();
    private final ObservableList<TagPath> chosenTags = FXCollections.observableArrayList();
    private final ObservableList<Long> chosenDocuments = FXCollections.observableArrayList();
    private final ObjectProperty<HighlightColor> color = new SimpleObjectProperty<>();
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.TXT);
    private final ObjectProperty<TextEncoding> encoding = new SimpleObjectProperty<>(TextEncoding.UTF_8);
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ExcerptExporter.Result> saved = new SimpleObjectProperty<>();

    public ExportViewModel(ExcerptExporter exporter, TagService tags, DocumentService documents, BackgroundWork work) {
        this.exporter = exporter;
        this.tags = tags;
        this.documents = documents;
        this.work = work;
        format.addListener((o, a, b) -> {
            if (b != null) {
                encoding.set(b.isText() ? b.defaultEncoding() : null);
            }
        });
    }

    /** Loads the tags and documents to choose from. */
    public void load() {
        work.run(() -> tags.all().stream().map(Tag::path).sorted().toList(), availableTags::setAll, this::fail);
        work.run(documents::list, availableDocuments::setAll, this::fail);
    }

    public ExcerptExporter.Request request() {
        HighlightFilter filter = new HighlightFilter(List.copyOf(chosenTags), List.copyOf(chosenDocuments), color.get(), false);
        ExportFormat f = format.get();
        return new ExcerptExporter.Request(filter, f, f.isText() ? encoding.get() : null, null);
    }

    /** Shows what would be written (a Word file is previewed as its text). */
    public void preview() {
        ExcerptExporter.Request r = request();
        ExcerptExporter.Request shown = r.format() == ExportFormat.DOCX
                ? new ExcerptExporter.Request(r.filter(), ExportFormat.TXT, TextEncoding.UTF_8, null) : r;
        status.set(Messages.t("ui.export.previewing"));
        work.run(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ExcerptExporter.Result result = exporter.export(shown, out);
                TextEncoding enc = shown.encoding() == null ? shown.format().defaultEncoding() : shown.encoding();
                String text = new String(out.toByteArray(), enc.charset());
                if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
                return new Object[] {text, result};
            } catch (NothingToExportException e) {
                return new Object[] {"", null};
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, pair -> {
            preview.set((String) pair[0]);
            ExcerptExporter.Result result = (ExcerptExporter.Result) pair[1];
            status.set(result == null ? Messages.t("ui.export.nothing")
                    : Messages.t("ui.export.previewed", result.excerpts(), result.documents()));
        }, this::fail);
    }

    /** Writes the export to {@code file} (replaced only once complete). */
    public void save(Path file) {
        ExcerptExporter.Request r = request();
        status.set(Messages.t("ui.export.saving"));
        work.run(() -> {
            try {
                return exporter.exportTo(r, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, result -> {
            saved.set(result);
            status.set(Messages.t("ui.export.saved", result.excerpts(), file));
        }, e -> {
            if (e instanceof NothingToExportException) {
                status.set(Messages.t("ui.export.nothing"));
            } else {
                fail(e);
            }
        });
    }

    public String suggestedFileName() {
        return Messages.t("ui.export.fileName") + "." + format.get().extension();
    }

    private void fail(Throwable e) {
        Throwable c = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        status.set(Messages.t("cli.error", c.getMessage()));
    }

    public ObservableList<TagPath> availableTags() {
        return availableTags;
    }

    public ObservableList<Document> availableDocuments() {
        return availableDocuments;
    }

    public ObservableList<TagPath> chosenTags() {
        return chosenTags;
    }

    public ObservableList<Long> chosenDocuments() {
        return chosenDocuments;
    }

    public ObjectProperty<HighlightColor> colorProperty() {
        return color;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<TextEncoding> encodingProperty() {
        return encoding;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObjectProperty<ExcerptExporter.Result> savedProperty() {
        return saved;
    }
}
