package org.wenzhai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.wenzhai.domain.SearchableBlock;
import org.wenzhai.domain.TagPath;

/**
 * The Lucene index of a library: one Lucene document per block. A query part is a phrase of the
 * bigrams of its adjacent characters (a lone character is a unigram), which is exactly "the folded
 * text contains it"; a part with white space inside is also checked against the folded stored
 * text. Recall and precision are those of a plain substring scan. Thread-safe; writes are made
 * visible by {@link #commit(long)}.
 */
public final class SearchIndex implements AutoCloseable {
    /** Every unit of the folded text, without positions: one-character parts. */
    static final String UNIGRAM_FIELD = "uni";
    /** Every pair of adjacent units of the folded text, with positions: phrases. */
    static final String BIGRAM_FIELD = "bi";
    static final String STORED_TEXT = "body";
    static final String DOCUMENT_ID = "documentId";
    static final String ARTICLE_ID = "articleId";
    static final String BLOCK_ID = "blockId";
    static final String ORDER = "order";
    static final String TYPE = "type";
    static final String HEADING_PATH = "headingPath";
    static final String DOCUMENT_TITLE = "documentTitle";
    static final String ARTICLE_TITLE = "articleTitle";
    static final String TAG = "tag";
    static final String KEY_ANALYZER = "analyzer";
    static final String KEY_CHANGE_SEQ = "changeSeq";
    private static final Set<String> HIT_FIELDS = Set.of(STORED_TEXT, DOCUMENT_ID, ARTICLE_ID, BLOCK_ID, TYPE,
            HEADING_PATH, DOCUMENT_TITLE, ARTICLE_TITLE);
    private static final Set<String> TEXT_ONLY = Set.of(STORED_TEXT);
    /** Below this many blocks a search is not split over threads: the hand-over costs more. */
    public static final int PARALLEL_MIN_DOCS = 50_000;
    /**
     * Indexing buffer. Larger means fewer, larger flushed segments and fewer merges while a whole
     * library is (re)indexed; the memory is only taken while documents are being indexed.
     */
    private static final double RAM_BUFFER_MB = 128;
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** Searches counting many matches run over the segments on these threads (daemons, shared by all indexes). */
    private static final ExecutorService SEARCH_THREADS = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "wenzhai-search-slice");
        t.setDaemon(true);
        return t;
    });
    private static final FieldType UNIGRAM_TYPE = new FieldType();
    private static final FieldType BIGRAM_TYPE = new FieldType();

    static {
        // a lone character is a term query: its frequency is kept for relevance, its positions are never read
        UNIGRAM_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        UNIGRAM_TYPE.setTokenized(true);
        UNIGRAM_TYPE.freeze();
        BIGRAM_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        BIGRAM_TYPE.setTokenized(true);
        BIGRAM_TYPE.freeze();
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, String> openedCommitData;
    /** Writes were made that the current reader does not show yet; the next read reopens it. */
    private volatile boolean stale;

    private SearchIndex(Directory directory, IndexWriter writer, Map<String, String> openedCommitData,
                        int parallelMinDocs) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher s = new SlicedSearcher(reader, SEARCH_THREADS, parallelMinDocs);
                // no query cache: a repeated query must cost what a new one costs (and the
                // benchmark repeats queries); tag and document filters are cheap term queries
                s.setQueryCache(null);
                return s;
            }
        });
        this.openedCommitData = openedCommitData;
    }

    /** Opens the index in {@code folder}, creating an empty one when there is none or it cannot be read. */
    public static SearchIndex open(Path folder) {
        return open(folder, PARALLEL_MIN_DOCS);
    }

    /**
     * As {@link #open(Path)}; a search over at least {@code parallelMinDocs} blocks that must count
     * its matches one by one runs over the segments on several threads.
     */
    public static SearchIndex open(Path folder, int parallelMinDocs) {
        try {
            return openAsFound(folder, parallelMinDocs);
        } catch (org.apache.lucene.store.LockObtainFailedException | java.nio.file.AccessDeniedException e) {
            // held by another process, or not ours to change: never thrown away
            throw new UncheckedIOException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException unreadable) {
            // the index is derived from the database: an index that cannot be read (a damaged file,
            // a file where its folder should be) is thrown away and the empty one rebuilt from it
            try {
                wipe(folder);
                return openAsFound(folder, parallelMinDocs);
            } catch (IOException e) {
                e.addSuppressed(unreadable);
                throw new UncheckedIOException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
            }
        }
    }

    /** Opens what the folder holds, appending to a readable commit and otherwise starting empty. */
    private static SearchIndex openAsFound(Path folder, int parallelMinDocs) throws IOException {
        Files.createDirectories(folder);
        Directory dir = FSDirectory.open(folder);
        IndexWriter w = null;
        try {
            Map<String, String> data = Map.of();
            IndexWriterConfig.OpenMode mode = IndexWriterConfig.OpenMode.CREATE;
            if (DirectoryReader.indexExists(dir)) {
                data = Map.copyOf(SegmentInfos.readLatestCommit(dir).getUserData());
                mode = IndexWriterConfig.OpenMode.APPEND;
            }
            w = new IndexWriter(dir, config(mode));
            // opening the reader reads every segment's headers: a damaged file shows here
            return new SearchIndex(dir, w, data, parallelMinDocs);
        } catch (IOException | RuntimeException e) {
            if (w != null) {
                try {
                    w.rollback();
                } catch (IOException | RuntimeException ignored) {
                    // giving up on this writer anyway
                }
            }
            dir.close();
            throw e;
        }
    }

    /** Whether a failure comes from a damaged or foreign index (then it is rebuilt, not reported). */
    static boolean isDamage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.lucene.index.CorruptIndexException
                    || t instanceof org.apache.lucene.index.IndexFormatTooOldException
                    || t instanceof org.apache.lucene.index.IndexFormatTooNewException
                    || t instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }

    /** Throws a closed index away; the next open starts empty. */
    static void discard(Path folder) {
        try {
            wipe(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the damaged search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the index's folder (or a file in its place) and everything in it. */
    private static void wipe(Path folder) throws IOException {
        if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(folder);
            return;
        }
        try (java.util.stream.Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    // package-private for IndexBuildBench
    static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(new SearchAnalyzer())
                .setCodec(new WenzhaiCodec())
                // no index sort: blocks arrive in reading order (an import, a rebuild) and the search
                // checks each segment's order itself. Sorting made Lucene write every stored field
                // to a temporary file and copy it at each flush (docs/search.md).
                .setMergePolicy(mergePolicy())
                .setOpenMode(mode)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                // a flushed segment written once, not written and then copied into a compound file
                .setUseCompoundFile(false)
                .setCommitOnClose(false);
    }

    private static LogByteSizeMergePolicy mergePolicy() {
        LogByteSizeMergePolicy p = new LogByteSizeMergePolicy();
        p.setNoCFSRatio(0);
        return p;
    }

    /** Reads only the last commit's data: true when it is from this analyzer and at {@code changeSeq}. */
    public static boolean isCurrent(Path folder, long changeSeq) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Directory dir = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(dir)) {
                return false;
            }
            Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
            return SearchAnalyzer.VERSION.equals(data.get(KEY_ANALYZER))
                    && String.valueOf(changeSeq).equals(data.get(KEY_CHANGE_SEQ));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** True when the index was built by this analyzer and reflects the database at {@code changeSeq}. */
    public boolean isCurrent(long changeSeq) {
        return SearchAnalyzer.VERSION.equals(openedCommitData.get(KEY_ANALYZER))
                && String.valueOf(changeSeq).equals(openedCommitData.get(KEY_CHANGE_SEQ));
    }

    /** What the last commit before this open recorded (analyzer version, change counter). */
    public Map<String, String> openedCommitData() {
        return openedCommitData;
    }

    public void deleteAll() {
        io(() -> writer.deleteAll());
    }

    public void deleteDocument(long documentId) {
        io(() -> writer.deleteDocuments(new Term(DOCUMENT_ID, Long.toString(documentId))));
    }

    /** Adds the blocks of one document (all of them, in reading order: heading paths come from the order). */
    public void addDocument(List<SearchableBlock> blocks) {
        List<String> path = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        long article = Long.MIN_VALUE;
        // added in chunks: a 200 MB file's million Lucene documents at once do not fit in a 1 GB heap
        List<Document> docs = new ArrayList<>(Math.min(blocks.size(), ADD_CHUNK));
        for (SearchableBlock b : blocks) {
            if (b.articleId() != article) {
                article = b.articleId();
                path.clear();
                levels.clear();
            }
            int level = b.level() == null ? 1 : b.level();
            if (b.type() == org.wenzhai.domain.BlockType.HEADING) {
                while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                    levels.remove(levels.size() - 1);
                    path.remove(path.size() - 1);
                }
            }
            docs.add(toLucene(b, path));
            if (b.type() == org.wenzhai.domain.BlockType.HEADING) {
                levels.add(level);
                path.add(b.text());
            }
            if (docs.size() >= ADD_CHUNK) {
                List<Document> chunk = List.copyOf(docs);
                io(() -> writer.addDocuments(chunk));
                docs.clear();
            }
        }
        if (!docs.isEmpty()) {
            io(() -> writer.addDocuments(docs));
        }
    }

    private static final int ADD_CHUNK = 2_000;

    /**
     * The in-memory segment is written out ahead, on a thread of its own, once it holds this much
     * (a folder import's batch). Otherwise the whole batch is one segment written at its end by
     * the commit, on one core while the other has nothing left to do (2-3 s of a 100 MB import).
     */
    static final long FLUSH_AHEAD_BYTES = 64L << 20;
    private long flushAheadBytes = FLUSH_AHEAD_BYTES;
    /** The thread writing a segment out ahead, or null; at most one at a time. */
    private Thread flushing;

    /** For tests: write the in-memory segment out ahead from this size on. */
    synchronized void flushAheadAt(long bytes) {
        flushAheadBytes = bytes;
    }

    /** For tests: the segments searches see now. */
    int segments() {
        IndexSearcher s = acquire();
        try {
            return s.getIndexReader().leaves().size();
        } finally {
            release(s);
        }
    }

    /**
     * Starts writing the in-memory segment out on a thread of its own when it has grown past
     * {@link #FLUSH_AHEAD_BYTES}, while indexing goes on into a fresh one. Lucene hands the
     * segment being written over whole: a commit, or a search reopening its reader, meanwhile
     * waits for it, and a failure to write it closes the writer, so that the next write fails and
     * the index is rebuilt from the database.
     */
    public synchronized void flushAheadIfLarge() {
        if ((flushing != null && flushing.isAlive()) || writer.ramBytesUsed() < flushAheadBytes) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                writer.flushNextBuffer();
            } catch (IOException | RuntimeException e) {
                // the writer is closed by Lucene on such a failure: the next write reports it
            }
        }, "wenzhai-index-flush");
        t.setDaemon(true);
        flushing = t;
        t.start();
    }

    /** Waits for a segment being written ahead. */
    private void awaitFlushAhead() {
        Thread t;
        synchronized (this) {
            t = flushing;
        }
        if (t == null) {
            return;
        }
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // package-private for IndexBuildBench
    static Document toLucene(SearchableBlock b, List<String> headingPath) {
        Document d = new Document();
        String folded = TextFolding.fold(b.text());
        d.add(new Field(UNIGRAM_FIELD, folded, UNIGRAM_TYPE));
        d.add(new Field(BIGRAM_FIELD, folded, BIGRAM_TYPE));
        d.add(new StoredField(STORED_TEXT, b.text()));
        d.add(new StringField(DOCUMENT_ID, Long.toString(b.documentId()), Field.Store.YES));
        d.add(new StoredField(ARTICLE_ID, b.articleId()));
        d.add(new StoredField(BLOCK_ID, b.blockId()));
        d.add(new NumericDocValuesField(ORDER, readingKey(b.documentId(), b.articleOrder(), b.blockOrder())));
        d.add(new StringField(TYPE, b.type().wireName(), Field.Store.YES));
        for (String h : headingPath) {
            d.add(new StoredField(HEADING_PATH, h));
        }
        if (b.documentTitle() != null) {
            d.add(new StoredField(DOCUMENT_TITLE, b.documentTitle()));
        }
        if (b.articleTitle() != null) {
            d.add(new StoredField(ARTICLE_TITLE, b.articleTitle()));
        }
        java.util.Set<String> tags = new java.util.TreeSet<>();
        for (TagPath t : b.tags()) {
            for (TagPath a : t.selfAndAncestors()) {
                tags.add(a.value());
            }
        }
        for (String t : tags) {
            d.add(new StringField(TAG, t, Field.Store.NO));
        }
        return d;
    }

    /** Documents by id, articles and blocks by their order: the reading order of the library. */
    static long readingKey(long documentId, int articleOrder, int blockOrder) {
        return (documentId << 36) | ((long) Math.min(articleOrder, 0xFFFF) << 20) | Math.min(blockOrder, 0xFFFFF);
    }

    /** Makes the writes so far durable and visible, recording the database state they reflect. */
    public void commit(long changeSeq) {
        io(() -> {
            writer.setLiveCommitData(Map.of(KEY_ANALYZER, SearchAnalyzer.VERSION,
                    KEY_CHANGE_SEQ, Long.toString(changeSeq)).entrySet());
            writer.commit();
        });
        stale = true;
    }

    /**
     * Makes the writes so far visible to searches without making them durable. The reader is
     * reopened lazily by the next read: reopening it after every imported file flushed a tiny
     * segment each time and waited for merges, which made importing a folder crawl.
     */
    public void refresh() {
        stale = true;
    }

    /** Number of blocks visible to searches. */
    public int size() {
        IndexSearcher s = acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            release(s);
        }
    }

    /**
     * Bytes of the index's last commit: the files it refers to. Files of an earlier index that an
     * open reader still holds are left out (they go when it closes); right after a rebuild, listing
     * the folder counted the old index too, twice the real size.
     */
    public long sizeOnDisk() {
        long total = 0;
        try {
            for (String f : org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).files(true)) {
                total += directory.fileLength(f);
            }
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    /**
     * Runs a query. {@code cancelled} is polled while collecting; when it turns true a
     * {@link CancellationException} ends the search.
     */
    public SearchResult search(SearchQuery query, int limit, BooleanSupplier cancelled) {
        IndexSearcher searcher = acquire();
        try {
            Compiled c = compile(query, searcher.getIndexReader());
            List<Candidate> top = new ArrayList<>();
            int total;
            if (c.needsText()) {
                TopCollector collector = new TopCollector(Math.max(limit, 0), c, cancelled);
                searcher.search(c.query, collector);
                top = collector.sorted();
                total = collector.total;
            } else {
                // exact without reading texts. When the index can tell the count from its statistics
                // (a single term), Lucene may skip to the best hits; otherwise one pass counts all,
                // over the index's segments in parallel.
                int cheap = cheapCount(searcher, c.query);
                // Lucene pre-allocates the queue: never more than there are blocks
                int wanted = Math.max(1, Math.min(limit, searcher.getIndexReader().maxDoc()));
                int threshold = cheap >= 0 ? wanted : Integer.MAX_VALUE;
                // ties in reading order. Each segment is sorted by it; while the segments follow one
                // another in it too, the document number is the reading order and Lucene's top-score
                // collector may skip tied hits. A document indexed again (a tag, a re-import) lands in
                // a newer segment: then the reading-order key breaks ties, and tied hits are compared.
                boolean byNumber = segmentsInReadingOrder(searcher.getIndexReader());
                CollectorManager<? extends Collector, ? extends TopDocs> manager = byNumber
                        ? new TopScoreDocCollectorManager(wanted, null, threshold, cheap < 0)
                        : new TopFieldCollectorManager(RELEVANCE_THEN_READING, wanted, null, threshold, cheap < 0);
                TopDocs docs;
                if (cheap >= 0) {
                    // a cheap count means a fast search: Lucene's own collector and its skipping untouched
                    Collector collector = manager.newCollector();
                    searcher.search(c.query, collector);
                    docs = ((TopDocsCollector<?>) collector).topDocs();
                } else {
                    // counting every match can take a while: let a newer query stop it
                    docs = searcher.search(c.query, new ReadingOrderMerge(manager, wanted, cancelled));
                }
                total = cheap >= 0 ? cheap : Math.toIntExact(docs.totalHits.value);
                if (limit > 0) {
                    for (ScoreDoc sd : docs.scoreDocs) {
                        top.add(new Candidate(sd.doc, relevance(sd), sd.doc));
                    }
                }
            }
            List<SearchHit> hits = new ArrayList<>(top.size());
            StoredFields stored = searcher.storedFields();
            for (Candidate cand : top) {
                Document d = stored.document(cand.doc, HIT_FIELDS);
                String text = d.get(STORED_TEXT);
                List<SearchHit.Match> matches = matches(TextFolding.fold(text), c.positive);
                List<String> headingPath = new ArrayList<>();
                for (IndexableField f : d.getFields(HEADING_PATH)) {
                    headingPath.add(f.stringValue());
                }
                hits.add(new SearchHit(Long.parseLong(d.get(DOCUMENT_ID)), d.getField(ARTICLE_ID).numericValue().longValue(),
                        d.getField(BLOCK_ID).numericValue().longValue(), d.get(DOCUMENT_TITLE), d.get(ARTICLE_TITLE),
                        headingPath, "heading".equals(d.get(TYPE)), text, matches, cand.score));
            }
            return new SearchResult(query.text(), total, hits);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new SearchQueryException("search.error.tooLong", IndexSearcher.getMaxClauseCount());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /**
     * One top-hits collector per slice of segments; the merge orders ties by the reading order key,
     * whichever slice finished first.
     */
    /** The score of a hit, sorted by {@link #RELEVANCE_THEN_READING} (its first sort value) or by score. */
    private static float relevance(ScoreDoc d) {
        return d instanceof org.apache.lucene.search.FieldDoc f ? (Float) f.fields[0] : d.score;
    }

    /** The reading-order key of a hit: its sort value, or (segments in reading order) its number. */
    private static long readingKey(ScoreDoc d) {
        return d instanceof org.apache.lucene.search.FieldDoc f ? (Long) f.fields[1] : d.doc;
    }

    /**
     * Whether the document numbers follow the reading order: each segment's blocks are in reading
     * order within it and come after the previous segment's. True after an import or a rebuild (they
     * index blocks in reading order) and after merging such segments; false once a document indexed
     * again sits in a newer segment, or a merge took such a segment in. Deleted blocks count, which
     * errs on the safe side.
     */
    static boolean segmentsInReadingOrder(IndexReader reader) throws IOException {
        long last = Long.MIN_VALUE;
        for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader().maxDoc() == 0) {
                continue;
            }
            long[] range = readingRange(leaf.reader());
            if (range == null || range[0] < last) {
                return false;
            }
            last = range[1];
        }
        return true;
    }

    /** A segment's first and last reading-order key, known once per segment; none while it is unsorted. */
    private static final Map<Object, long[]> READING_RANGES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private static final long[] UNSORTED = new long[0];

    /**
     * The first and last reading-order key of a segment whose keys ascend with the document number
     * (a tie is two blocks of one huge article, whose keys are capped), or null. A segment never
     * changes (its deletions do not touch its keys), so the answer is kept while it is open.
     */
    private static long[] readingRange(org.apache.lucene.index.LeafReader leaf) throws IOException {
        IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
        Object key = helper == null ? null : helper.getKey();
        long[] range = key == null ? null : READING_RANGES.get(key);
        if (range == null) {
            range = scanReadingRange(leaf);
            if (key != null) {
                READING_RANGES.put(key, range);
            }
        }
        return range == UNSORTED ? null : range;
    }

    private static long[] scanReadingRange(org.apache.lucene.index.LeafReader leaf) throws IOException {
        NumericDocValues order = DocValues.getNumeric(leaf, ORDER);
        int max = leaf.maxDoc();
        long first = 0;
        long previous = 0;
        for (int doc = 0; doc < max; doc++) {
            if (order.nextDoc() != doc) {
                return UNSORTED;
            }
            long value = order.longValue();
            if (doc == 0) {
                first = value;
            } else if (value < previous) {
                return UNSORTED;
            }
            previous = value;
        }
        return new long[] {first, previous};
    }

    private static final Sort RELEVANCE_THEN_READING = new Sort(SortField.FIELD_SCORE, new SortField(ORDER, SortField.Type.LONG));

    private record ReadingOrderMerge(CollectorManager<? extends Collector, ? extends TopDocs> manager, int wanted,
                                     BooleanSupplier cancelled)
            implements CollectorManager<Cancellable, TopDocs> {
        @Override
        public Cancellable newCollector() throws IOException {
            return new Cancellable(manager.newCollector(), cancelled);
        }

        @Override
        public TopDocs reduce(Collection<Cancellable> collectors) {
            List<ScoreDoc> all = new ArrayList<>();
            long total = 0;
            for (Cancellable c : collectors) {
                TopDocs d = ((TopDocsCollector<?>) c.delegate()).topDocs();
                total += d.totalHits.value;
                all.addAll(Arrays.asList(d.scoreDocs));
            }
            all.sort(Comparator.comparingDouble((ScoreDoc d) -> -relevance(d))
                    .thenComparingLong(SearchIndex::readingKey));
            int n = Math.min(all.size(), wanted);
            return new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), all.subList(0, n).toArray(ScoreDoc[]::new));
        }
    }

    /** Splits the segments into as many contiguous slices of similar size as there are threads. */
    private static final class SlicedSearcher extends IndexSearcher {
        private final int parallelMinDocs;

        SlicedSearcher(IndexReader reader, ExecutorService executor, int parallelMinDocs) {
            super(reader, executor);
            this.parallelMinDocs = parallelMinDocs;
        }

        @Override
        protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
            long docs = 0;
            for (LeafReaderContext l : leaves) {
                docs += l.reader().maxDoc();
            }
            int n = docs < parallelMinDocs ? 1 : Math.min(THREADS, leaves.size());
            List<LeafSlice> slices = new ArrayList<>();
            List<LeafReaderContext> current = new ArrayList<>();
            long inCurrent = 0;
            long per = Math.max(1, docs / Math.max(1, n));
            for (LeafReaderContext l : leaves) {
                current.add(l);
                inCurrent += l.reader().maxDoc();
                if (inCurrent >= per && slices.size() + 1 < n) {
                    slices.add(new LeafSlice(current));
                    current = new ArrayList<>();
                    inCurrent = 0;
                }
            }
            if (!current.isEmpty()) {
                slices.add(new LeafSlice(current));
            }
            return slices.toArray(LeafSlice[]::new);
        }
    }

    /** Stops a long collection when {@code cancelled} turns true (polled every 1,024 hits). */
    private static final class Cancellable extends FilterCollector {
        private final BooleanSupplier cancelled;
        private int seen;

        Cancellable(Collector in, BooleanSupplier cancelled) {
            super(in);
            this.cancelled = cancelled;
        }

        Collector delegate() {
            return in;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("search cancelled");
            }
            return new FilterLeafCollector(super.getLeafCollector(context)) {
                @Override
                public void collect(int doc) throws IOException {
                    if ((++seen & 0x3FF) == 0 && cancelled.getAsBoolean()) {
                        throw new CancellationException("search cancelled");
                    }
                    super.collect(doc);
                }
            };
        }
    }

    /** The number of matches when every segment knows it without iterating, else -1. */
    private static int cheapCount(IndexSearcher searcher, Query query) throws IOException {
        Weight w = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        int total = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int n = w.count(leaf);
            if (n < 0) {
                return -1;
            }
            total += n;
        }
        return total;
    }

    /** Every occurrence of any of the folded needles in the folded text, merged and sorted. */
    static List<SearchHit.Match> matches(String folded, List<String> needles) {
        List<int[]> spans = new ArrayList<>();
        for (String n : needles) {
            int from = 0;
            int at;
            while ((at = folded.indexOf(n, from)) >= 0) {
                spans.add(new int[] {at, at + n.length()});
                from = at + n.length();
            }
        }
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
        List<SearchHit.Match> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int[] s : spans) {
            if (s[0] < end) {
                end = Math.max(end, s[1]);
            } else {
                if (start >= 0) {
                    out.add(new SearchHit.Match(start, end));
                }
                start = s[0];
                end = s[1];
            }
        }
        if (start >= 0) {
            out.add(new SearchHit.Match(start, end));
        }
        return out;
    }

    // ---- query compilation ---------------------------------------------------------------------

    /**
     * The Lucene query, plus what Lucene cannot decide alone and is checked on the folded text:
     * {@code verifyRequired}, for each query part the index cannot check exactly, its foldings (a
     * block must hold one of each); {@code verifyExcluded}, foldings a block must hold none of.
     */
    private record Compiled(Query query, List<String> positive, List<List<String>> verifyRequired,
                            List<String> verifyExcluded) {
        boolean needsText() {
            return !verifyRequired.isEmpty() || !verifyExcluded.isEmpty();
        }
    }

    private static Compiled compile(SearchQuery q, IndexReader reader) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<String> positive = new ArrayList<>();
        List<List<String>> verifyRequired = new ArrayList<>();
        List<String> verifyExcluded = new ArrayList<>();
        boolean anyMust = false;
        for (String raw : q.required()) {
            List<String> f = TextFolding.foldVariants(raw);
            positive.addAll(f);
            Part p = anyOf(f, reader);
            b.add(p.query, Occur.MUST);
            anyMust = true;
            if (!p.exact) {
                verifyRequired.add(f);
            }
        }
        for (String raw : q.excluded()) {
            List<String> f = TextFolding.foldVariants(raw);
            Part p = anyOf(f, reader);
            if (p.exact) {
                b.add(p.query, Occur.MUST_NOT);
            } else {
                verifyExcluded.addAll(f);
            }
        }
        if (!anyMust) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (TagPath t : q.tags()) {
            b.add(new TermQuery(new Term(TAG, t.value())), Occur.FILTER);
        }
        if (!q.documents().isEmpty()) {
            BooleanQuery.Builder docs = new BooleanQuery.Builder();
            for (long id : q.documents()) {
                docs.add(new TermQuery(new Term(DOCUMENT_ID, Long.toString(id))), Occur.SHOULD);
            }
            b.add(docs.build(), Occur.FILTER);
        }
        if (q.headingsOnly()) {
            b.add(new TermQuery(new Term(TYPE, "heading")), Occur.FILTER);
        }
        return new Compiled(b.build(), List.copyOf(positive), List.copyOf(verifyRequired), List.copyOf(verifyExcluded));
    }

    private record Part(Query query, boolean exact) {
    }

    /** A block holding any of the foldings of one query part; exact when each of them is. */
    private static Part anyOf(List<String> foldings, IndexReader reader) throws IOException {
        if (foldings.size() == 1) {
            return part(foldings.get(0), reader);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean exact = true;
        for (String f : foldings) {
            Part p = part(f, reader);
            any.add(p.query, Occur.SHOULD);
            exact &= p.exact;
        }
        return new Part(any.build(), exact);
    }

    /**
     * The Lucene query of a folded query part, exact when the part has no white space (ADR 0401).
     * A run of adjacent units becomes a phrase of every other bigram (at offsets 0, 2, 4…, plus the
     * last pair when the run has odd length): bigrams at positions p and p + 2 cover four units at
     * consecutive positions, and consecutive positions touch in the text, so fewer terms check the
     * same thing as the chain of all bigrams. A unit alone (no neighbour) is a unigram term.
     */
    static Query partQuery(String folded, IndexReader reader) throws IOException {
        return part(folded, reader).query;
    }

    private static Part part(String folded, IndexReader reader) throws IOException {
        List<String> units = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        int pos = -1;
        boolean gap = false;
        boolean exact = true;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            if (CharGramTokenizer.isUnit(cp)) {
                pos += gap && pos >= 0 ? 2 : 1;
                gap = false;
                units.add(new String(Character.toChars(CharGramTokenizer.lower(cp))));
                positions.add(pos);
            } else {
                gap = true;
                exact = false;
            }
            i += Character.charCount(cp);
        }
        if (units.isEmpty()) {
            // only white space: nothing indexed to narrow with, every block is checked
            return new Part(new MatchAllDocsQuery(), false);
        }
        List<Query> singles = new ArrayList<>();
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        Term firstBigram = null;
        int bigrams = 0;
        for (int i = 0; i < units.size(); ) {
            int j = i;
            while (j + 1 < units.size() && positions.get(j + 1) == positions.get(j) + 1) {
                j++;
            }
            int length = j - i + 1;
            if (length == 1) {
                singles.add(new TermQuery(new Term(UNIGRAM_FIELD, CharGramTokenizer.term(units.get(i)))));
            } else {
                for (int k : cover(units, i, length, reader)) {
                    Term t = new Term(BIGRAM_FIELD, CharGramTokenizer.term(units.get(i + k) + units.get(i + k + 1)));
                    phrase.add(t, positions.get(i + k));
                    firstBigram = firstBigram == null ? t : firstBigram;
                    bigrams++;
                }
            }
            i = j + 1;
        }
        List<Query> clauses = new ArrayList<>(singles);
        if (bigrams == 1) {
            clauses.add(new TermQuery(firstBigram));
        } else if (bigrams > 1) {
            clauses.add(phrase.build());
        }
        if (clauses.size() == 1) {
            return new Part(clauses.get(0), exact);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        clauses.forEach(q -> all.add(q, Occur.MUST));
        return new Part(all.build(), exact);
    }

    /**
     * Offsets of the bigrams that cover a run of {@code length} adjacent units starting at unit
     * {@code from}: the rarest bigram of the run (it leads the conjunction, so it bounds the
     * candidates), then every other one towards both ends, and the first and last pair. Any two
     * chosen offsets in a row differ by at most 2, which keeps the phrase exact.
     */
    private static int[] cover(List<String> units, int from, int length, IndexReader reader) throws IOException {
        int last = length - 2;
        int rarest = 0;
        if (reader != null && last > 0) {
            long best = Long.MAX_VALUE;
            for (int k = 0; k <= last; k++) {
                long df = reader.docFreq(new Term(BIGRAM_FIELD, CharGramTokenizer.term(units.get(from + k) + units.get(from + k + 1))));
                if (df < best) {
                    best = df;
                    rarest = k;
                }
            }
        }
        java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
        for (int k = rarest; k > 0; k -= 2) {
            starts.add(k);
        }
        starts.add(0);
        for (int k = rarest; k < last; k += 2) {
            starts.add(k);
        }
        starts.add(last);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    // ---- collecting ------------------------------------------------------------------------------

    private record Candidate(int doc, float score, long key) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble((Candidate c) -> -c.score)
            .thenComparingLong(c -> c.key);

    /** Counts every verified match and keeps the best {@code limit}: by score, then reading order. */
    private static final class TopCollector implements Collector {
        private final int limit;
        private final Compiled compiled;
        private final BooleanSupplier cancelled;
        private final PriorityQueue<Candidate> queue;
        int total;
        private int seen;

        TopCollector(int limit, Compiled compiled, BooleanSupplier cancelled) {
            this.limit = limit;
            this.compiled = compiled;
            this.cancelled = cancelled;
            this.queue = new PriorityQueue<>(Math.max(1, Math.min(limit + 1, 1024)), BEST_FIRST.reversed());
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            NumericDocValues order = DocValues.getNumeric(context.reader(), ORDER);
            StoredFields stored = compiled.needsText() ? context.reader().storedFields() : null;
            int base = context.docBase;
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    if ((++seen & 0x3FF) == 0 && cancelled.getAsBoolean()) {
                        throw new CancellationException("search cancelled");
                    }
                    if (stored != null && !verify(stored.document(doc, TEXT_ONLY).get(STORED_TEXT))) {
                        return;
                    }
                    total++;
                    if (limit == 0) {
                        return;
                    }
                    float score = scorer.score();
                    Candidate worst = queue.size() >= limit ? queue.peek() : null;
                    if (worst != null && score < worst.score) {
                        return;
                    }
                    long key = order.advanceExact(doc) ? order.longValue() : Long.MAX_VALUE;
                    Candidate c = new Candidate(base + doc, score, key);
                    if (worst == null) {
                        queue.add(c);
                    } else if (BEST_FIRST.compare(c, worst) < 0) {
                        queue.poll();
                        queue.add(c);
                    }
                }
            };
        }

        private boolean verify(String text) {
            String folded = TextFolding.fold(text);
            for (List<String> foldings : compiled.verifyRequired) {
                if (foldings.stream().noneMatch(folded::contains)) {
                    return false;
                }
            }
            for (String s : compiled.verifyExcluded) {
                if (folded.contains(s)) {
                    return false;
                }
            }
            return true;
        }

        List<Candidate> sorted() {
            List<Candidate> out = new ArrayList<>(queue);
            out.sort(BEST_FIRST);
            return out;
        }
    }

    // ---- plumbing --------------------------------------------------------------------------------

    private IndexSearcher acquire() {
        try {
            if (stale) {
                // cleared first: a write that lands during the reopen marks it stale again
                stale = false;
                try {
                    searchers.maybeRefreshBlocking();
                } catch (IOException | RuntimeException e) {
                    stale = true;
                    throw e;
                }
            }
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes without committing: what was not committed is redone from the database next time. */
    @Override
    public void close() {
        awaitFlushAhead();
        try {
            searchers.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        try {
            writer.rollback();
        } catch (IOException ignored) {
            // nothing more to do
        }
        try {
            directory.close();
        } catch (IOException ignored) {
            // nothing more to do
        }
    }
}
