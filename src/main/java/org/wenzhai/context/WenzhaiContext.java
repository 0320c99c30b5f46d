package org.wenzhai.context;

import java.nio.file.Path;
import java.util.List;
import org.wenzhai.documents.DocumentService;
import org.wenzhai.export.CopyWithSource;
import org.wenzhai.export.ExcerptExporter;
import org.wenzhai.importing.DuplicateDetector;
import org.wenzhai.importing.ImportListener;
import org.wenzhai.importing.ImportService;
import org.wenzhai.importing.NoiseRuleService;
import org.wenzhai.importing.PipelineParser;
import org.wenzhai.importing.clean.NoiseRules;
import org.wenzhai.importing.formats.FormatReaders;
import org.wenzhai.passages.AnchorRelocator;
import org.wenzhai.passages.HighlightService;
import org.wenzhai.passages.PassageEvents;
import org.wenzhai.passages.TagService;
import org.wenzhai.search.SearchService;
import org.wenzhai.storage.DocumentRepository;
import org.wenzhai.storage.HighlightRepository;
import org.wenzhai.safety.BackupService;
import org.wenzhai.safety.IntegrityService;
import org.wenzhai.storage.IntegrityRepository;
import org.wenzhai.storage.Library;
import org.wenzhai.storage.SearchFeedRepository;
import org.wenzhai.storage.SettingsRepository;
import org.wenzhai.storage.TagRepository;

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
    private final NoiseRules noiseRules;
    private final PipelineParser parser;
    private final NoiseRuleService noiseRuleService;
    private final PassageEvents passageEvents;
    private final HighlightService highlightService;
    private final TagService tagService;
    private final ExcerptExporter excerptExporter;
    private final CopyWithSource copyWithSource;
    private final SearchService searchService;
    private final BackupService backupService;
    private final IntegrityService integrityService;
    private String autoBackupFailure;

    private WenzhaiContext(Library library) {
        this.library = library;
        this.documents = new DocumentRepository(library);
        this.settings = new SettingsRepository(library);
        this.documentService = new DocumentService(documents);
        this.noiseRules = NoiseRules.forLibrary(library.folder());
        this.parser = new PipelineParser(FormatReaders.all(), noiseRules);
        this.importService = new ImportService(documents, List.of(parser), new AnchorRelocator(),
                new DuplicateDetector(documents));
        this.noiseRuleService = new NoiseRuleService(noiseRules, settings);
        HighlightRepository highlights = new HighlightRepository(library);
        this.passageEvents = new PassageEvents();
        this.highlightService = new HighlightService(highlights, documents, passageEvents);
        this.tagService = new TagService(new TagRepository(library), documents, passageEvents);
        this.excerptExporter = new ExcerptExporter(highlights, documents, settings, ExcerptExporter.standardWriters());
        this.copyWithSource = new CopyWithSource(highlightService, excerptExporter);
        this.searchService = new SearchService(library.indexFolder(), new SearchFeedRepository(library));
        importService.addBackgroundListener(new ImportListener() {
            @Override
            public void documentStored(long documentId) {
                searchService.documentChanged(documentId);
            }

            @Override
            public void batchStarted() {
                searchService.holdCommits();
            }

            @Override
            public void batchFinished() {
                searchService.releaseCommits();
            }
        });
        documentService.onDocumentChanged(searchService::documentChanged);
        documentService.onDocumentRemoved(searchService::documentRemoved);
        passageEvents.addListener(searchService::documentsChanged);
        this.backupService = new BackupService(library, settings, java.time.Clock.systemDefaultZone());
        this.integrityService = new IntegrityService(new IntegrityRepository(library));
    }

    /** Opens the library in {@code folder} (creating it on first use) and wires the services. */
    public static WenzhaiContext open(Path folder) {
        Library library = Library.open(folder);
        try {
            WenzhaiContext context = new WenzhaiContext(library);
            context.dailyBackup();
            return context;
        } catch (RuntimeException e) {
            library.close();
            throw e;
        }
    }

    private void dailyBackup() {
        try {
            backupService.backupIfDue();
        } catch (org.wenzhai.storage.StorageException e) {
            // a failed daily backup (e.g. a full disk) must not keep the user out of the library
            autoBackupFailure = e.getMessage();
        }
    }

    /** Why today's automatic backup failed, or null. */
    public String autoBackupFailure() {
        return autoBackupFailure;
    }

    public BackupService backupService() {
        return backupService;
    }

    public IntegrityService integrityService() {
        return integrityService;
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

    /** Reports the ids of documents whose highlights, notes or tags changed (for the search index). */
    public PassageEvents passageEvents() {
        return passageEvents;
    }

    public HighlightService highlightService() {
        return highlightService;
    }

    public TagService tagService() {
        return tagService;
    }

    public ExcerptExporter excerptExporter() {
        return excerptExporter;
    }

    public CopyWithSource copyWithSource() {
        return copyWithSource;

    }

    public SearchService searchService() {
        return searchService;
    }

    /** Noise rules the user turned off (ids), kept in the library's settings. */
    public java.util.Set<String> disabledNoiseRules() {
        return noiseRuleService.disabled();
    }

    /** The noise rules of this library (built-in plus its own noise-rules.txt) and their switches. */
    public NoiseRuleService noiseRules() {
        return noiseRuleService;
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
