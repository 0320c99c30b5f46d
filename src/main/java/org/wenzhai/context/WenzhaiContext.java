package org.wenzhai.context;

import java.nio.file.Path;
import java.util.List;
import org.wenzhai.documents.DocumentService;
import org.wenzhai.domain.HighlightRelocator;
import org.wenzhai.importing.ImportService;
import org.wenzhai.importing.PlainTextParser;
import org.wenzhai.search.SearchService;
import org.wenzhai.storage.DocumentRepository;
import org.wenzhai.storage.Library;
import org.wenzhai.storage.SearchFeedRepository;
import org.wenzhai.storage.SettingsRepository;

/**
 * The composition root: one open library and the services over it, wired by hand. The command
 * line and the window are two faces over the same context.
 */
public final class WenzhaiContext implements AutoCloseable {
    private final Library library;
    private final DocumentRepository documents;
    private final SettingsRepository settings;
    private final ImportService importService;
    private final DocumentService documentService;
    private final SearchService searchService;

    private WenzhaiContext(Library library) {
        this.library = library;
        this.documents = new DocumentRepository(library);
        this.settings = new SettingsRepository(library);
        this.documentService = new DocumentService(documents);
        this.importService = new ImportService(documents, List.of(new PlainTextParser()), HighlightRelocator.ORPHAN_ALL);
        this.searchService = new SearchService(library.indexFolder(), new SearchFeedRepository(library));
        importService.addListener(searchService::documentChanged);
        documentService.onDocumentChanged(searchService::documentChanged);
        documentService.onDocumentRemoved(searchService::documentRemoved);
    }

    /** Opens the library in {@code folder} (creating it on first use) and wires the services. */
    public static WenzhaiContext open(Path folder) {
        Library library = Library.open(folder);
        try {
            return new WenzhaiContext(library);
        } catch (RuntimeException e) {
            library.close();
            throw e;
        }
    }

    public Library library() {
        return library;
    }

    public Path folder() {
        return library.folder();
    }

    public DocumentRepository documents() {
        return documents;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public DocumentService documentService() {
        return documentService;
    }

    public ImportService importService() {
        return importService;
    }

    public SearchService searchService() {
        return searchService;
    }

    /** Noise rules the user turned off (ids), kept in the library's settings. */
    public java.util.Set<String> disabledNoiseRules() {
        return settings.get("import.disabledRules")
                .map(v -> java.util.Arrays.stream(v.split(",")).map(String::strip).filter(x -> !x.isEmpty())
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()))
                .orElse(java.util.Set.of());
    }

    @Override
    public void close() {
        try {
            searchService.close();
        } finally {
            library.close();
        }
    }
}
