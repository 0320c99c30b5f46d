package org.wenzhai.importing;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.wenzhai.domain.Document;
import org.wenzhai.domain.HighlightRelocator;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.i18n.Messages;
import org.wenzhai.storage.DocumentRepository;

/**
 * Imports files and folders into the library: each file is read, parsed and stored in its own
 * transaction, so a file is imported whole or not at all and one bad file never stops the rest.
 */
public class ImportService {
    private final DocumentRepository documents;
    private final List<DocumentParser> parsers;
    private final HighlightRelocator relocator;
    private final DuplicateDetector duplicates;
    private final List<ImportListener> listeners = new ArrayList<>();
    private final List<ImportListener> backgroundListeners = new ArrayList<>();

    public ImportService(DocumentRepository documents, List<DocumentParser> parsers, HighlightRelocator relocator,
                         DuplicateDetector duplicates) {
        this.documents = documents;
        this.parsers = List.copyOf(parsers);
        this.relocator = relocator;
        this.duplicates = duplicates;
    }

    /** Told of every stored document on the storing thread, before the next file is stored. */
    public void addListener(ImportListener listener) {
        listeners.add(listener);
    }

    /**
     * Told of every stored document in the order they were stored, during a folder import on a
     * thread of its own (so that indexing one file overlaps storing the next), otherwise at once.
     * {@link #importPaths} returns only after they have heard of every file; they hear
     * {@link ImportListener#batchStarted()} and {@link ImportListener#batchFinished()} around it.
     */
    public void addBackgroundListener(ImportListener listener) {
        backgroundListeners.add(listener);
    }

    /**
     * Imports files and folders (walked recursively; linked folders are followed, a link loop is
     * reported once and not walked; hidden files and folders are left out).
     */
    public ImportReport importPaths(List<Path> paths, ImportOptions options, ImportProgress progress,
                                    BooleanSupplier cancelled) {
        List<Path> files = new ArrayList<>();
        List<FileResult> results = new ArrayList<>();
        for (Path p : paths) {
            collect(p, files, results);
        }
        // what the walk already decided (unreadable folders, link loops, other formats) is reported like any file
        for (FileResult r : results) {
            progress.finished(r);
        }
        int total = files.size();
        // the next file is read and parsed on a second thread while this one is stored, and the
        // files already stored are indexed on a third
        ExecutorService ahead = Executors.newSingleThreadExecutor(r -> daemon(r, "wenzhai-import-parse"));
        ExecutorService behind = Executors.newSingleThreadExecutor(r -> daemon(r, "wenzhai-import-index"));
        java.util.ArrayDeque<Future<?>> told = new java.util.ArrayDeque<>();
        for (ImportListener l : backgroundListeners) {
            l.batchStarted();
        }
        try {
            Future<Prepared> next = null;
            for (int i = 0; i < total; i++) {
                Path f = files.get(i);
                if (cancelled.getAsBoolean()) {
                    if (next != null) {
                        next.cancel(true);
                    }
                    return new ImportReport(results, true);
                }
                progress.starting(i + 1, total, f);
                Prepared p = next != null ? await(next, f) : prepare(f, options);
                next = null;
                if (i + 1 < total && small(files.get(i + 1))) {
                    Path n = files.get(i + 1);
                    next = ahead.submit(() -> prepare(n, options));
                }
                FileResult r = store(p);
                if (r.documentId() != null && (r.status() == FileResult.Status.IMPORTED
                        || r.status() == FileResult.Status.REPLACED)) {
                    long id = r.documentId();
                    // the index may fall a few files behind, never further: its work is what bounds the pace
                    while (told.size() >= MAX_BEHIND) {
                        awaitQuietly(told.poll());
                    }
                    told.add(behind.submit(() -> tell(backgroundListeners, id)));
                }
                results.add(r);
                progress.finished(r);
            }
            return new ImportReport(results, false);
        } finally {
            ahead.shutdownNow();
            // every stored file reaches the index, even after a cancel
            while (!told.isEmpty()) {
                awaitQuietly(told.poll());
            }
            behind.shutdown();
            for (ImportListener l : backgroundListeners) {
                l.batchFinished();
            }
        }
    }

    /** How many stored files the background listeners may have still to hear of. */
    private static final int MAX_BEHIND = 4;

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void awaitQuietly(Future<?> f) {
        boolean interrupted = false;
        while (true) {
            try {
                f.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Files up to this size are parsed ahead; a larger one is parsed alone so that two never share the heap. */
    private static final long PARSE_AHEAD_MAX_BYTES = 16L << 20;

    private static boolean small(Path f) {
        try {
            return Files.isRegularFile(f) && Files.size(f) <= PARSE_AHEAD_MAX_BYTES;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Prepared await(Future<Prepared> next, Path f) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Prepared(new FileResult(f, FileResult.Status.FAILED, null, Messages.t("importing.result.interrupted")));
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            return new Prepared(new FileResult(f, FileResult.Status.FAILED, null, Messages.t("importing.result.cannotRead") + "："
                    + c.getClass().getSimpleName() + (c.getMessage() == null ? "" : " " + firstLine(c.getMessage()))));
        }
    }

    /** A file read and parsed, or already decided (failed, skipped, already present); fields are dropped once stored. */
    private static final class Prepared {
        final FileResult result;
        final Path path;
        SourceFile file;
        ImportedDocument parsed;
        List<Long> fingerprints;

        Prepared(FileResult result) {
            this.result = result;
            this.path = result.path();
        }

        Prepared(Path path, SourceFile file, ImportedDocument parsed) {
            this.result = null;
            this.path = path;
            this.file = file;
            this.parsed = parsed;
            this.fingerprints = DuplicateDetector.fingerprints(parsed);
        }
    }

    private void collect(Path p, List<Path> files, List<FileResult> results) {
        if (Files.isDirectory(p)) {
            try {
                List<Path> found = new ArrayList<>();
                // links are followed so that a linked folder is imported; a loop is reported, not walked
                Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                        String name = d.getFileName() == null ? "" : d.getFileName().toString();
                        if (d.equals(p)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (name.startsWith(".")) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (pageResources(d)) {
                            results.add(new FileResult(d, FileResult.Status.SKIPPED, null,
                                    Messages.t("importing.result.pageResources")));
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile()) {
                            found.add(file);
                        } else if (!file.getFileName().toString().startsWith(".")) {
                            results.add(new FileResult(file, FileResult.Status.SKIPPED, null, Messages.t("importing.result.notRegular")));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException exc) {
                        if (exc instanceof FileSystemLoopException) {
                            results.add(new FileResult(file, FileResult.Status.SKIPPED, null,
                                    Messages.t("importing.result.linkLoop")));
                        } else {
                            results.add(new FileResult(file, FileResult.Status.FAILED, null, describe(exc)));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
                found.sort(null);
                for (Path f : found) {
                    if (parserFor(f).isPresent()) {
                        files.add(f);
                    } else if (!f.getFileName().toString().startsWith(".")) {
                        results.add(new FileResult(f, FileResult.Status.SKIPPED, null, Messages.t("importing.result.notAFormat")));
                    }
                }
            } catch (IOException | RuntimeException e) {
                results.add(new FileResult(p, FileResult.Status.FAILED, null, describe(e)));
            }
        } else {
            files.add(p);
        }
    }

    /** How browsers and Word name a saved page's folder of images, styles, scripts and frames. */
    private static final List<String> RESOURCE_SUFFIXES = List.of("_files", ".files", "-files");

    /**
     * A folder a browser or Word saved beside a page ({@code 讲话.htm} and {@code 讲话_files/},
     * Chinese Word's {@code 讲话.files/}): its pages are the frames of adverts, comment boxes and
     * logins, its other files images and scripts, none of them the material.
     */
    static boolean pageResources(Path dir) {
        Path name = dir.getFileName();
        Path parent = dir.getParent();
        if (name == null || parent == null) {
            return false;
        }
        String n = name.toString();
        for (String suffix : RESOURCE_SUFFIXES) {
            if (n.length() > suffix.length() && n.toLowerCase(Locale.ROOT).endsWith(suffix)) {
                String stem = n.substring(0, n.length() - suffix.length());
                for (String ext : List.of(".htm", ".html", ".shtml", ".xhtml", ".mht", ".mhtml")) {
                    if (Files.isRegularFile(parent.resolve(stem + ext))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Imports one file; never throws for a bad file, it reports it. */
    public FileResult importFile(Path path, ImportOptions options) {
        FileResult r = store(prepare(path, options));
        if (r.documentId() != null && (r.status() == FileResult.Status.IMPORTED || r.status() == FileResult.Status.REPLACED)) {
            tell(backgroundListeners, r.documentId());
        }
        return r;
    }

    /** Reads and parses a file without writing anything, so it may run ahead on another thread. */
    private Prepared prepare(Path path, ImportOptions options) {
        Optional<DocumentParser> parser = parserFor(path);
        if (parser.isEmpty()) {
            if (!Files.exists(path)) {
                return new Prepared(new FileResult(path, FileResult.Status.FAILED, null, Messages.t("importing.result.notFound")));
            }
            return new Prepared(new FileResult(path, FileResult.Status.SKIPPED, null, Messages.t("importing.result.notAFormat")));
        }
        byte[] bytes;
        try {
            if (!Files.exists(path)) {
                return new Prepared(new FileResult(path, FileResult.Status.FAILED, null, Messages.t("importing.result.notFound")));
            }
            if (!Files.isRegularFile(path)) {
                // a pipe or device would block or never end
                return new Prepared(new FileResult(path, FileResult.Status.FAILED, null, Messages.t("importing.result.notRegular")));
            }
            long size = Files.size(path);
            if (size > maxFileBytes()) {
                return new Prepared(new FileResult(path, FileResult.Status.FAILED, null, Messages.t("importing.result.tooLarge",
                        String.valueOf(size >> 20), String.valueOf(maxFileBytes() >> 20))));
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return new Prepared(new FileResult(path, FileResult.Status.FAILED, null, describe(e)));
        }
        SourceFile file = SourceFile.of(path, extension(path), bytes);
        FileResult present = alreadyPresent(path, file);
        if (present != null) {
            return new Prepared(present);
        }
        try {
            return new Prepared(path, file, parser.get().parse(file, options));
        } catch (ImportException e) {
            return new Prepared(new FileResult(path, FileResult.Status.FAILED, null, e.getMessage()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Prepared(new FileResult(path, FileResult.Status.FAILED, null, Messages.t("importing.result.cannotRead") + "："
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + firstLine(e.getMessage()))));
        }
    }

    /** What the user is told of a document stored with parts its reader could not read (a scanned page), or null. */
    static String unreadableNote(ImportedDocument parsed) {
        long n = parsed.removed().stream().filter(r -> r.ruleId().equals(org.wenzhai.importing.formats.PdfReader.UNREADABLE)).count();
        return n == 0 ? null : Messages.t("importing.result.unreadable", n);
    }

    /** The result when the same bytes are already stored, else null. */
    private FileResult alreadyPresent(Path path, SourceFile file) {
        Optional<Document> same;
        try {
            same = documents.findBySha256(file.sha256());
        } catch (RuntimeException e) {
            return new FileResult(path, FileResult.Status.FAILED, null, Messages.t("importing.result.cannotStore", storageReason(e)));
        }
        return same.map(d -> new FileResult(path, FileResult.Status.ALREADY_PRESENT, d.id(), Messages.t("importing.result.alreadyPresent")))
                .orElse(null);
    }

    /** Stores a prepared file in its own transaction, then tells the listeners (search index, duplicates). */
    private FileResult store(Prepared p) {
        if (p.result != null) {
            return p.result;
        }
        Path path = p.path;
        SourceFile file = p.file;
        ImportedDocument parsed = p.parsed;
        // drop the holder's references: a 200 MB file's bytes and text must go before the listeners run
        p.file = null;
        p.parsed = null;
        // checked again: a copy of this file may have been stored since it was parsed ahead
        FileResult present = alreadyPresent(path, file);
        if (present != null) {
            return present;
        }
        try {
            List<Document> earlier = documents.findBySourcePath(file.sourcePath());
            List<Long> fingerprints = p.fingerprints;
            String unreadable = unreadableNote(parsed);
            FileResult result;
            long id;
            if (!earlier.isEmpty()) {
                id = earlier.get(0).id();
                int orphans = documents.replaceContent(id, file, parsed, relocator, duplicates.marks(fingerprints, id));
                result = new FileResult(path, FileResult.Status.REPLACED, id,
                        (orphans == 0 ? Messages.t("importing.result.replaced")
                                : Messages.t("importing.result.replacedOrphans", String.valueOf(orphans)))
                                + (unreadable == null ? "" : "；" + unreadable));
            } else {
                id = documents.insert(file, parsed, duplicates.marks(fingerprints, -1));
                result = new FileResult(path, FileResult.Status.IMPORTED, id, unreadable);
            }
            // stored: let a 200 MB file's bytes and parsed text go before the listeners (index) read it back
            parsed = null;
            file = null;
            duplicates.stored(id, documents.articleIds(id), fingerprints);
            tell(listeners, id);
            return result;
        } catch (RuntimeException | OutOfMemoryError e) {
            return new FileResult(path, FileResult.Status.FAILED, null, Messages.t("importing.result.cannotStore", storageReason(e)));
        }
    }

    /** Tells listeners of a stored document; it is stored whatever they do. */
    private static void tell(List<ImportListener> who, long documentId) {
        for (ImportListener l : who) {
            try {
                l.documentStored(documentId);
            } catch (RuntimeException e) {
                // the document is stored; a listener that cannot follow repairs itself from the database
            }
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
            return new FileResult(null, FileResult.Status.FAILED, documentId, Messages.t("importing.result.noSuchDocument"));
        }
        Document d = found.get();
        Path path = Path.of(d.sourcePath() == null ? d.fileName() : d.sourcePath());
        Optional<DocumentParser> parser = parsers.stream().filter(p -> p.supports(d.format())).findFirst();
        if (parser.isEmpty()) {
            return new FileResult(path, FileResult.Status.FAILED, documentId, Messages.t("importing.result.notAFormat"));
        }
        byte[] bytes = documents.originalBytes(documentId);
        SourceFile file = new SourceFile(d.fileName(), d.sourcePath(), d.format(), bytes, d.sha256());
        ImportOptions effective = options;
        if (options.encoding() == null && d.encoding() != null && java.nio.charset.Charset.isSupported(d.encoding())) {
            effective = new ImportOptions(java.nio.charset.Charset.forName(d.encoding()), options.disabledRules());
        }
        try {
            ImportedDocument parsed = parser.get().parse(file, effective);
            List<Long> fingerprints = DuplicateDetector.fingerprints(parsed);
            int orphans = documents.replaceContent(documentId, file, parsed, relocator,
                    duplicates.marks(fingerprints, documentId));
            duplicates.stored(documentId, documents.articleIds(documentId), fingerprints);
            tell(listeners, documentId);
            tell(backgroundListeners, documentId);
            return new FileResult(path, FileResult.Status.REPLACED, documentId,
                    orphans == 0 ? null : Messages.t("importing.result.orphans", String.valueOf(orphans)));
        } catch (ImportException e) {
            return new FileResult(path, FileResult.Status.FAILED, documentId, e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new FileResult(path, FileResult.Status.FAILED, documentId, Messages.t("importing.result.cannotReimport") + "："
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

    /**
     * The largest file an import takes: the bytes, their decoded text and the stored copy must fit
     * in the heap together, so a file larger than a third of it is refused up front rather than
     * risking an OutOfMemoryError in the middle of the pipeline.
     */
    static long maxFileBytes() {
        return Math.min(Integer.MAX_VALUE - 16L, Runtime.getRuntime().maxMemory() / 3);
    }

    private static String describe(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return Messages.t("importing.result.notFound");
        }
        if (e instanceof AccessDeniedException) {
            return Messages.t("importing.result.permissionDenied");
        }
        if (e instanceof OutOfMemoryError) {
            return Messages.t("importing.result.tooLargeToRead");
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return firstLine(fse.getReason());
        }
        return firstLine(String.valueOf(e.getMessage()));
    }

    /** The innermost cause's first line: the database's own words (disk full, value too long), not a wrapper's SQL. */
    private static String storageReason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof OutOfMemoryError) {
            return Messages.t("importing.result.tooLargeToStore");
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        m = firstLine(m);
        int sql = m.indexOf("; SQL statement");
        m = sql > 0 ? m.substring(0, sql) : m;
        // H2 quotes the offending value (possibly megabytes of escaped text); the column is enough
        int value = m.indexOf(": \"U&'");
        if (value < 0) {
            value = m.indexOf(": \"'");
        }
        m = (value > 0 ? m.substring(0, value) : m).strip();
        // the operating system's words for a write that did not reach the disk (No space left on device, File too large)
        return root instanceof java.io.IOException ? Messages.t("importing.result.diskWrite", m) : m;
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
