package org.wenzhai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.ImportedArticle;
import org.wenzhai.domain.ImportedBlock;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.storage.DocumentRepository;
import org.wenzhai.storage.Library;
import org.wenzhai.storage.LibraryTestSupport;
import org.wenzhai.storage.SearchFeedRepository;

/** The service over a real library (H2 file, migrations) and a real index in its folder. */
class SearchServiceTest {
    @TempDir
    Path dir;
    Library library;
    DocumentRepository documents;
    SearchFeedRepository feed;
    SearchService search;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("lib"));
        documents = new DocumentRepository(library);
        feed = new SearchFeedRepository(library);
        search = new SearchService(library.indexFolder(), feed);
    }

    @AfterEach
    void close() {
        search.close();
        library.close();
    }

    private long insert(String name, ImportedDocument doc) {
        return documents.insert(LibraryTestSupport.file(name, name + doc.title()), doc);
    }

    @Test
    void whileCommitsAreHeldWritesAreSearchableButNotRecordedAsDurable() throws Exception {
        long a = insert("a.txt", LibraryTestSupport.twoArticleDocument());
        search.documentChanged(a);
        search.close();
        search = new SearchService(library.indexFolder(), feed);
        assertThat(search.needsRebuild()).as("closed cleanly, the index is current").isFalse();

        search.holdCommits();
        int before = search.indexedBlocks();
        long b = insert("b.txt", LibraryTestSupport.twoArticleDocument());
        Thread.sleep(SearchService.COMMIT_INTERVAL_NANOS / 1_000_000 + 50);
        search.documentChanged(b);
        assertThat(search.indexedBlocks()).as("visible at once").isGreaterThan(before);
        assertThat(SearchIndex.isCurrent(library.indexFolder(), feed.changeSeq()))
                .as("no commit while held, even after the commit interval").isFalse();
        search.releaseCommits();
        assertThat(SearchIndex.isCurrent(library.indexFolder(), feed.changeSeq())).as("committed on release").isTrue();
    }

    @Test
    void hitsCarryTitlesHeadingPathAndOffsets() {
        long id = insert("a.txt", LibraryTestSupport.twoArticleDocument());
        search.documentChanged(id);
        SearchResult r = search.searchNow("专职网格员", 50);
        assertThat(r.total()).isEqualTo(1);
        SearchHit h = r.hits().get(0);
        assertThat(h.documentId()).isEqualTo(id);
        assertThat(h.documentTitle()).isEqualTo("县域经济发展交流材料汇编（2篇）");
        assertThat(h.articleTitle()).isEqualTo("抓实网格治理 夯实基层基础");
        assertThat(h.headingPath()).containsExactly("一、建强网格队伍", "（一）明确职责清单");
        assertThat(h.text()).isEqualTo("全县划分网格312个，配备专职网格员640名。");
        assertThat(h.matches()).containsExactly(new SearchHit.Match(13, 18));
        assertThat(h.blockId()).isEqualTo(documents.documentBlocks(id).get(4).id());

        SearchResult heading = search.searchNow("heading:网格", 50);
        assertThat(heading.hits()).extracting(SearchHit::text).containsExactly("一、建强网格队伍");
        assertThat(heading.hits().get(0).headingPath()).isEmpty();
        assertThat(search.searchNow("doc:" + (id + 1) + " 网格", 50).total()).isZero();
        assertThat(search.searchNow("doc:" + id + " 网格", 50).total()).isEqualTo(4);
    }

    @Test
    void tagsOfDocumentArticleAndHighlightsFindTheirBlocksWithAncestors() {
        long id = insert("a.txt", LibraryTestSupport.twoArticleDocument());
        List<Block> blocks = documents.documentBlocks(id);
        long article2 = documents.articles(id).get(1).id();
        library.jdbi().useTransaction(h -> {
            for (String p : List.of("主题", "主题/乡村振兴", "主题/基层治理", "来源", "来源/内部")) {
                h.execute("INSERT INTO tags (path) VALUES (?)", p);
            }
            h.execute("INSERT INTO article_tags (article_id, tag_id) SELECT ?, id FROM tags WHERE path = '主题/乡村振兴'",
                    article2);
            h.execute("INSERT INTO document_tags (document_id, tag_id) SELECT ?, id FROM tags WHERE path = '来源/内部'", id);
            long hl = h.createUpdate("INSERT INTO highlights (document_id, article_id, start_block_id, start_offset, "
                            + "end_block_id, end_offset, quote, created_at, updated_at) VALUES (?, ?, ?, 0, ?, 4, 'x', ?, ?)")
                    .bind(0, id).bind(1, blocks.get(0).articleId()).bind(2, blocks.get(1).id()).bind(3, blocks.get(2).id())
                    .bind(4, OffsetDateTime.now(ZoneOffset.UTC)).bind(5, OffsetDateTime.now(ZoneOffset.UTC))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.execute("INSERT INTO highlight_tags (highlight_id, tag_id) SELECT ?, id FROM tags WHERE path = '主题/基层治理'", hl);
        });
        search.documentsChanged(List.of(id));

        assertThat(texts(search.searchNow("tag:主题/乡村振兴", 50)))
                .containsExactly("一、选好头雁", "村党组织书记是乡村振兴的领头雁。");
        assertThat(texts(search.searchNow("tag:主题/基层治理", 50)))
                .containsExactly("一、建强网格队伍", "一是选优配强网格长。二是常态开展培训。");
        assertThat(search.searchNow("tag:主题", 50).total()).isEqualTo(4);
        assertThat(search.searchNow("tag:来源", 50).total()).isEqualTo(blocks.size());
        assertThat(texts(search.searchNow("tag:主题 头雁", 50))).containsExactly("一、选好头雁", "村党组织书记是乡村振兴的领头雁。");
        assertThat(search.searchNow("tag:主题/乡村", 50).total()).as("a tag is matched by whole segments").isZero();
    }

    @Test
    void anIndexThatIsMissingBehindOrFromAnotherAnalyzerIsRebuiltWithProgress() throws Exception {
        long first = insert("a.txt", LibraryTestSupport.twoArticleDocument());
        assertThat(search.needsRebuild()).as("no index yet").isTrue();
        List<int[]> progress = new ArrayList<>();
        search.ensureReady((done, total) -> progress.add(new int[] {done, total}));
        assertThat(progress).last().satisfies(p -> assertThat(p).containsExactly(1, 1));
        assertThat(search.searchNow("头雁", 10).total()).isEqualTo(2);
        search.close();

        // a write the index never heard of, as after a crash between the database and the index
        long second = insert("b.txt", speech("关于网格化管理的发言", "推行网格化管理，做到小事不出网格。"));
        search = new SearchService(library.indexFolder(), feed);
        assertThat(search.needsRebuild()).as("behind the database").isTrue();
        assertThat(search.searchNow("小事不出网格", 10).hits()).extracting(SearchHit::documentId).containsExactly(second);
        search.close();

        search = new SearchService(library.indexFolder(), feed);
        assertThat(search.needsRebuild()).as("current").isFalse();
        search.close();

        try (FSDirectory d = FSDirectory.open(library.indexFolder());
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            w.setLiveCommitData(Map.of(SearchIndex.KEY_ANALYZER, "an-older-analyzer",
                    SearchIndex.KEY_CHANGE_SEQ, Long.toString(feed.changeSeq())).entrySet());
            w.commit();
        }
        search = new SearchService(library.indexFolder(), feed);
        assertThat(search.needsRebuild()).as("older analyzer").isTrue();
        assertThat(search.searchNow("头雁", 10).hits()).extracting(SearchHit::documentId).containsOnly(first);
        assertThat(search.needsRebuild()).isFalse();
    }

    @Test
    void changesAndRemovalsReachTheIndex() {
        long id = insert("a.txt", LibraryTestSupport.twoArticleDocument());
        search.documentChanged(id);
        documents.renameDocument(id, "改过的标题");
        search.documentChanged(id);
        assertThat(search.searchNow("头雁", 10).hits()).extracting(SearchHit::documentTitle).containsOnly("改过的标题");
        documents.delete(id);
        search.documentRemoved(id);
        assertThat(search.searchNow("头雁", 10).total()).isZero();
        search.close();
        search = new SearchService(library.indexFolder(), feed);
        assertThat(search.needsRebuild()).isFalse();
    }

    @Test
    void searchIsAsynchronousAndANewerQueryCancelsTheOlderOne() throws Exception {
        long id = insert("a.txt", LibraryTestSupport.twoArticleDocument());
        search.documentChanged(id);
        CompletableFuture<SearchResult> older;
        CompletableFuture<SearchResult> newer;
        // holding the service's monitor keeps the search thread from starting either query
        synchronized (search) {
            older = search.search("网格", 10);
            newer = search.search("头雁", 10);
        }
        assertThat(newer.get(10, TimeUnit.SECONDS).total()).isEqualTo(2);
        assertThatThrownBy(() -> older.get(10, TimeUnit.SECONDS)).isInstanceOf(java.util.concurrent.CancellationException.class);

        CompletableFuture<SearchResult> bad = search.search("\"未闭合", 10);
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(SearchQueryException.class);
        assertThat(search.search("网格", 10).get(10, TimeUnit.SECONDS).total()).isEqualTo(4);
    }

    private static List<String> texts(SearchResult r) {
        return r.hits().stream().map(SearchHit::text).toList();
    }

    private static ImportedDocument speech(String title, String text) {
        return new ImportedDocument(title, null, "UTF-8", List.of(new ImportedArticle(title, null, LocalDate.of(2024, 1, 2),
                List.of(ImportedBlock.paragraph(text)))), List.of());
    }
}
