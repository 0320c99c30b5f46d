package org.wenzhai.search;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.wenzhai.domain.SearchableBlock;
import org.wenzhai.storage.SearchFeedRepository;

/**
 * Full-text search of the whole library, and the upkeep of its index in {@code <library>/index}.
 *
 * <p>The database is the source of truth. The index records the analyzer version and the
 * library's change counter it reflects; an index that is missing, built by another analyzer, or
 * behind the database (a crash between a write and the index update) is rebuilt on first use,
 * with progress. Writers tell the index what changed ({@link #documentChanged(long)},
 * {@link #documentsChanged(Collection)}, {@link #documentRemoved(long)}); each update is visible
 * at once and committed, with the change counter of that moment, within two seconds or on close.
 *
 * <p>{@link #search(String, int)} runs on the service's own thread and is cancellable: a newer
 * query cancels the one still running, as search-as-you-type needs. A face that wants to show the
 * progress of an automatic rebuild calls {@link #ensureReady(IndexProgress)} in a background task
 * first (when {@link #needsRebuild()}); otherwise the first search rebuilds silently.
 */
public class SearchService implements AutoCloseable {
    /** What a rebuild did. */
    public record RebuildReport(int documents, int blocks, long millis, long bytesOnDisk) {
    }

    static final long COMMIT_INTERVAL_NANOS = 2_000_000_000L;

    private final Path folder;
    private final SearchFeedRepository feed;
    private final ExecutorService executor;
    private final AtomicReference<AtomicBoolean> running = new AtomicReference<>();
    private final boolean currentAtStart;
    private SearchIndex index;
    private boolean needsRebuild;
    /**
     * A write to the index failed (a full disk, say): the index is rebuilt from the database on
     * next use, and writes until then are not attempted; retrying each one rebuilt the whole index
     * once per imported file while the disk stayed full.
     */
    private boolean failed;
    private boolean uncommitted;
    private int held;
    private long lastCommitNanos = System.nanoTime();

    /**
     * Reads only what the index's last commit recorded (cheap); the index itself is opened, and
     * rebuilt if needed, on first use.
     */
    public SearchService(Path indexFolder, SearchFeedRepository feed) {
        this.folder = indexFolder;
        this.feed = feed;
        this.currentAtStart = SearchIndex.isCurrent(indexFolder, feed.changeSeq());
        this.needsRebuild = !currentAtStart;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wenzhai-search");
            t.setDaemon(true);
            return t;
        });
    }

    /** True when the index must be rebuilt before it can answer (missing, old analyzer, behind). */
    public synchronized boolean needsRebuild() {
        return needsRebuild;
    }

    /** Opens the index, rebuilding it first when it is missing, from an older analyzer or behind. */
    public synchronized void ensureReady(IndexProgress progress) {
        if (index == null) {
            index = SearchIndex.open(folder);
            // an index found unreadable was replaced by an empty one
            needsRebuild |= !index.isCurrent(feed.changeSeq());
        }
        if (needsRebuild) {
            rebuild(progress);
        }
    }

    /** Rebuilds the whole index from the database. */
    public synchronized RebuildReport rebuild(IndexProgress progress) {
        long started = System.nanoTime();
        if (index == null) {
            index = SearchIndex.open(folder);
        }
        long seq = feed.changeSeq();
        List<Long> ids = feed.documentIds();
        index.deleteAll();
        int blocks = 0;
        int done = 0;
        progress.progress(0, ids.size());
        for (long id : ids) {
            List<SearchableBlock> doc = new ArrayList<>();
            feed.forEachBlock(id, doc::add);
            index.addDocument(doc);
            blocks += doc.size();
            progress.progress(++done, ids.size());
        }
        index.commit(seq);
        needsRebuild = false;
        failed = false;
        uncommitted = false;
        lastCommitNanos = System.nanoTime();
        return new RebuildReport(ids.size(), blocks, (System.nanoTime() - started) / 1_000_000, index.sizeOnDisk());
    }

    /**
     * The document's content, titles or tags changed (or it was just imported). Never throws: when
     * the index cannot follow, it is marked for a rebuild from the database on next use.
     */
    public void documentChanged(long documentId) {
        documentsChanged(List.of(documentId));
    }

    /** These documents' content, titles or tags changed: their blocks are indexed again. */
    public synchronized void documentsChanged(Collection<Long> documentIds) {
        if (documentIds.isEmpty() || failed) {
            return;
        }
        try {
            ensureReady(IndexProgress.NONE);
            for (long id : documentIds) {
                index.deleteDocument(id);
                List<SearchableBlock> doc = new ArrayList<>();
                feed.forEachBlock(id, doc::add);
                index.addDocument(doc);
                index.flushAheadIfLarge();
            }
            written();
        } catch (RuntimeException e) {
            // the database already holds the change; the next use rebuilds the index from it
            needsRebuild = true;
            failed = true;
        }
    }

    /** The document was deleted. */
    public synchronized void documentRemoved(long documentId) {
        if (failed) {
            return;
        }
        try {
            ensureReady(IndexProgress.NONE);
            index.deleteDocument(documentId);
            written();
        } catch (RuntimeException e) {
            // the database already holds the change; the next use rebuilds the index from it
            needsRebuild = true;
            failed = true;
        }
    }

    /**
     * Makes a write visible at once; makes it durable (a commit recording the change counter) at
     * most every {@link #COMMIT_INTERVAL_NANOS} and on close, so that importing many files does not
     * pay a commit each. A crash before the commit leaves the index behind the database, which the
     * next open notices and repairs by a rebuild.
     */
    private void written() {
        if (held == 0 && System.nanoTime() - lastCommitNanos >= COMMIT_INTERVAL_NANOS) {
            commitNow();
        } else {
            index.refresh();
            uncommitted = true;
        }
    }

    /**
     * While held (a folder import stores documents faster than they are indexed), no durable
     * commit is made: it would record a change counter ahead of what the index holds. Writes stay
     * visible to searches at once. A crash meanwhile leaves the index behind, and it is rebuilt.
     */
    public synchronized void holdCommits() {
        held++;
    }

    /** Ends a {@link #holdCommits()}; the last release commits what was written meanwhile. */
    public synchronized void releaseCommits() {
        if (held > 0 && --held == 0 && uncommitted && index != null && !needsRebuild) {
            try {
                commitNow();
            } catch (RuntimeException e) {
                needsRebuild = true;
                failed = true;
            }
        }
    }

    private void commitNow() {
        index.commit(feed.changeSeq());
        uncommitted = false;
        lastCommitNanos = System.nanoTime();
    }

    /**
     * Searches on the service's thread. A newer call cancels this one (its future then completes
     * as cancelled); cancelling the future stops the search too. A malformed query completes the
     * future exceptionally with {@link SearchQueryException}.
     */
    public CompletableFuture<SearchResult> search(String query, int limit) {
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicBoolean previous = running.getAndSet(cancel);
        if (previous != null) {
            previous.set(true);
        }
        CompletableFuture<SearchResult> future = new CompletableFuture<>();
        future.whenComplete((r, e) -> {
            if (future.isCancelled()) {
                cancel.set(true);
            }
        });
        executor.execute(() -> {
            try {
                if (cancel.get()) {
                    throw new CancellationException("superseded");
                }
                future.complete(searchNow(query, limit, cancel::get));
            } catch (CancellationException e) {
                future.cancel(false);
            } catch (Throwable e) {
                future.completeExceptionally(e);
            } finally {
                running.compareAndSet(cancel, null);
            }
        });
        return future;
    }

    /** Searches on the calling thread (the command line). */
    public SearchResult searchNow(String query, int limit) {
        return searchNow(query, limit, () -> false);
    }

    private SearchResult searchNow(String query, int limit, BooleanSupplier cancelled) {
        SearchQuery parsed = SearchQuery.parse(query);
        SearchIndex idx;
        synchronized (this) {
            ensureReady(IndexProgress.NONE);
            idx = index;
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("superseded");
        }
        try {
            return idx.search(parsed, limit, cancelled);
        } catch (UncheckedIOException e) {
            if (!SearchIndex.isDamage(e)) {
                throw e;
            }
            // a damaged file that opening did not read: the index is rebuilt from the database
            synchronized (this) {
                if (index == idx) {
                    index.close();
                    index = null;
                    SearchIndex.discard(folder);
                    needsRebuild = true;
                }
                ensureReady(IndexProgress.NONE);
                idx = index;
            }
            return idx.search(parsed, limit, cancelled);
        }
    }

    /** Blocks in the index. */
    public synchronized int indexedBlocks() {
        ensureReady(IndexProgress.NONE);
        return index.size();
    }

    @Override
    public synchronized void close() {
        executor.shutdownNow();
        AtomicBoolean r = running.get();
        if (r != null) {
            r.set(true);
        }
        if (index != null) {
            try {
                if (uncommitted && !needsRebuild && held == 0) {
                    commitNow();
                }
            } catch (RuntimeException e) {
                // not committed: the next open finds the index behind and rebuilds it
            } finally {
                index.close();
                index = null;
            }
        }
    }
}
