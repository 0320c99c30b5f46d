package org.wenzhai.importing;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.wenzhai.domain.Document;
import org.wenzhai.domain.HighlightRelocator;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.storage.DocumentRepository;

/**
 * Imports files and folders into the library: each file is read, parsed and stored in its own
 * transaction, so a file is imported whole or not at all and one bad file never stops the rest.
 */
public class ImportService {
    private final DocumentRepository documents;
    private final List<DocumentParser> parsers;
    private final HighlightRelocator relocator;
    private final List<ImportListener> listeners = new ArrayList<>();

    public ImportService(DocumentRepository documents, List<DocumentParser> parsers, HighlightRelocator relocator) {
        this.documents = documents;
        this.parsers = List.copyOf(parsers);
        this.relocator = relocator;
    }

    public void addListener(ImportListener listener) {
        listeners.add(listener);
    }

    /** Imports files and folders (walked recursively, symbolic links not followed). */
    public ImportReport importPaths(List<Path> paths, ImportOptions options, ImportProgress progress,
                                    BooleanSupplier cancelled) {
        List<Path> files = new ArrayList<>();
        List<FileResult> results = new ArrayList<>();
        for (Path p : paths) {
            collect(p, files, results);
        }
        int total = files.size();
        int i = 0;
        for (Path f : files) {
            if (cancelled.getAsBoolean()) {
                return new ImportReport(results, true);
            }
            progress.starting(++i, total, f);
            FileResult r = importFile(f, options);
            results.add(r);
            progress.finished(r);
        }
        return new ImportReport(results, false);
    }

    private void collect(Path p, List<Path> files, List<FileResult> results) {
        if (Files.isDirectory(p)) {
            try {
                List<Path> found = new ArrayList<>();
                Files.walkFileTree(p, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile()) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException exc) {
                        results.add(new FileResult(file, FileResult.Status.FAILED, null, describe(exc)));
                        return FileVisitResult.CONTINUE;
                    }
                });
                found.sort(null);
                for (Path f : found) {
                    if (parserFor(f).isPresent()) {
                        files.add(f);
                    } else if (!f.getFileName().toString().startsWith(".")) {
                        results.add(new FileResult(f, FileResult.Status.SKIPPED, null, "not a format Wenzhai reads"));
                    }
                }
            } catch (IOException e) {
                results.add(new FileResult(p, FileResult.Status.FAILED, null, describe(e)));
            }
        } else {
            files.add(p);
        }
    }

    /** Imports one file; never throws for a bad file, it reports it. */
    public FileResult importFile(Path path, ImportOptions options) {
        Optional<DocumentParser> parser = parserFor(path);
        if (parser.isEmpty()) {
            if (!Files.exists(path)) {
                return new FileResult(path, FileResult.Status.FAILED, null, "file not found");
            }
            return new FileResult(path, FileResult.Status.SKIPPED, null, "not a format Wenzhai reads");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException | OutOfMemoryError e) {
            return new FileResult(path, FileResult.Status.FAILED, null, describe(e));
        }
        SourceFile file = SourceFile.of(path, extension(path), bytes);
        Optional<Document> same = documents.findBySha256(file.sha256());
        if (same.isPresent()) {
            return new FileResult(path, FileResult.Status.ALREADY_PRESENT, same.get().id(), "already in the library");
        }
        ImportedDocument parsed;
        try {
            parsed = parser.get().parse(file, options);
        } catch (ImportException e) {
            return new FileResult(path, FileResult.Status.FAILED, null, e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new FileResult(path, FileResult.Status.FAILED, null, "cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + firstLine(e.getMessage())));
        }
        try {
            List<Document> earlier = documents.findBySourcePath(file.sourcePath());
            FileResult result;
            if (!earlier.isEmpty()) {
                long id = earlier.get(0).id();
                int orphans = documents.replaceContent(id, file, parsed, relocator);
                result = new FileResult(path, FileResult.Status.REPLACED, id,
                        orphans == 0 ? "replaced the earlier version" : "replaced the earlier version; " + orphans
                                + " highlight(s) could not be placed and are kept as orphans");
            } else {
                long id = documents.insert(file, parsed);
                result = new FileResult(path, FileResult.Status.IMPORTED, id, null);
            }
            for (ImportListener l : listeners) {
                l.documentStored(result.documentId());
            }
            return result;
        } catch (RuntimeException e) {
            return new FileResult(path, FileResult.Status.FAILED, null, "cannot be stored: " + firstLine(String.valueOf(e.getMessage())));
        }
    }

    /**
     * Parses a stored document's original bytes again with the current rules (after a rule was
     * turned off or on) and replaces its content in one transaction; highlights are moved by the
     * relocator or kept as orphans.
     */
    public FileResult reimport(long documentId, ImportOptions options) {
        Optional<Document> found = documents.find(documentId);
        if (found.isEmpty()) {
            return new FileResult(null, FileResult.Status.FAILED, documentId, "no such document");
        }
        Document d = found.get();
        Path path = Path.of(d.sourcePath() == null ? d.fileName() : d.sourcePath());
        Optional<DocumentParser> parser = parsers.stream().filter(p -> p.supports(d.format())).findFirst();
        if (parser.isEmpty()) {
            return new FileResult(path, FileResult.Status.FAILED, documentId, "not a format Wenzhai reads");
        }
        byte[] bytes = documents.originalBytes(documentId);
        SourceFile file = new SourceFile(d.fileName(), d.sourcePath(), d.format(), bytes, d.sha256());
        ImportOptions effective = options;
        if (options.encoding() == null && d.encoding() != null && java.nio.charset.Charset.isSupported(d.encoding())) {
            effective = new ImportOptions(java.nio.charset.Charset.forName(d.encoding()), options.disabledRules());
        }
        try {
            ImportedDocument parsed = parser.get().parse(file, effective);
            int orphans = documents.replaceContent(documentId, file, parsed, relocator);
            for (ImportListener l : listeners) {
                l.documentStored(documentId);
            }
            return new FileResult(path, FileResult.Status.REPLACED, documentId,
                    orphans == 0 ? null : orphans + " highlight(s) could not be placed and are kept as orphans");
        } catch (ImportException e) {
            return new FileResult(path, FileResult.Status.FAILED, documentId, e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new FileResult(path, FileResult.Status.FAILED, documentId, "cannot be re-imported: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + firstLine(e.getMessage())));
        }
    }

    public Optional<DocumentParser> parserFor(Path path) {
        String ext = extension(path);
        return parsers.stream().filter(p -> p.supports(ext)).findFirst();
    }

    public static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String describe(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "file not found";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof OutOfMemoryError) {
            return "too large to read";
        }
        return firstLine(String.valueOf(e.getMessage()));
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
