package org.wenzhai.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.domain.Article;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.BlockType;
import org.wenzhai.domain.Document;
import org.wenzhai.domain.SourceFile;

class DocumentRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void idsGoOnWhereTheyStoppedAfterTheLibraryIsClosedAndOpenedAgain() {
        // identity values come from a cache of 4096 (V2): a normal close must hand back what was not used
        long firstDocument;
        long lastBlock;
        try (Library lib = Library.open(dir)) {
            DocumentRepository repo = new DocumentRepository(lib);
            firstDocument = repo.insert(LibraryTestSupport.file("一.txt", "一"), LibraryTestSupport.twoArticleDocument());
            lastBlock = repo.documentBlocks(firstDocument).stream().mapToLong(Block::id).max().orElseThrow();
        }
        try (Library lib = Library.open(dir)) {
            DocumentRepository repo = new DocumentRepository(lib);
            long second = repo.insert(LibraryTestSupport.file("二.txt", "二"), LibraryTestSupport.twoArticleDocument());
            assertThat(second).isEqualTo(firstDocument + 1);
            assertThat(repo.documentBlocks(second).stream().mapToLong(Block::id).min().orElseThrow()).isEqualTo(lastBlock + 1);
        }
    }

    @Test
    void storesADocumentWithArticlesBlocksAndOriginalBytesInARealH2File() {
        SourceFile file = LibraryTestSupport.file("汇编.txt", "原始字节，保持原样\r\n");
        long id;
        try (Library lib = Library.open(dir)) {
            id = new DocumentRepository(lib).insert(file, LibraryTestSupport.twoArticleDocument());
        }
        assertThat(Files.exists(dir.resolve("wenzhai.mv.db"))).isTrue();
        try (Library lib = Library.open(dir)) {
            DocumentRepository repo = new DocumentRepository(lib);
            Document d = repo.find(id).orElseThrow();
            assertThat(d.title()).isEqualTo("县域经济发展交流材料汇编（2篇）");
            assertThat(d.fileName()).isEqualTo("汇编.txt");
            assertThat(d.sha256()).isEqualTo(file.sha256());
            assertThat(repo.originalBytes(id)).isEqualTo(file.bytes());
            List<Article> articles = repo.articles(id);
            assertThat(articles).extracting(Article::title)
                    .containsExactly("抓实网格治理 夯实基层基础", "发挥头雁作用 推动乡村振兴");
            assertThat(articles.get(0).date()).isEqualTo(LocalDate.of(2024, 5, 8));
            assertThat(articles.get(0).author()).isEqualTo("某县委组织部");
            List<Block> blocks = repo.blocks(articles.get(0).id());
            assertThat(blocks).extracting(Block::type).containsExactly(BlockType.PARAGRAPH, BlockType.HEADING,
                    BlockType.PARAGRAPH, BlockType.HEADING, BlockType.PARAGRAPH);
            assertThat(blocks.get(3).level()).isEqualTo(2);
            assertThat(repo.documentBlocks(id)).hasSize(7);
            assertThat(repo.removedTexts(id)).singleElement().satisfies(r -> assertThat(r.ruleId()).isEqualTo("advert.member-group"));
            assertThat(repo.findBySha256(file.sha256())).isPresent();
            assertThat(repo.findBySourcePath("/materials/汇编.txt")).hasSize(1);
        }
    }

    @Test
    void theSameBytesCannotBeStoredTwiceAndTheFailedWriteLeavesNothingBehind() {
        try (Library lib = Library.open(dir)) {
            DocumentRepository repo = new DocumentRepository(lib);
            SourceFile file = LibraryTestSupport.file("a.txt", "同一份文件");
            repo.insert(file, LibraryTestSupport.twoArticleDocument());
            assertThatThrownBy(() -> repo.insert(file, LibraryTestSupport.twoArticleDocument()))
                    .isInstanceOf(RuntimeException.class);
            assertThat(repo.count()).isEqualTo(1);
            assertThat(repo.allArticles()).hasSize(2);
        }
    }

    @Test
    void everyWriteBumpsTheChangeCounterTheSearchIndexFollows() {
        try (Library lib = Library.open(dir)) {
            DocumentRepository repo = new DocumentRepository(lib);
            long before = repo.changeSeq();
            long id = repo.insert(LibraryTestSupport.file("a.txt", "x"), LibraryTestSupport.twoArticleDocument());
            repo.renameDocument(id, "新标题");
            assertThat(repo.changeSeq()).isEqualTo(before + 2);
            assertThat(repo.find(id).orElseThrow().title()).isEqualTo("新标题");
        }
    }

    @Test
    void deletingADocumentRemovesItsArticlesAndBlocks() {
        try (Library lib = Library.open(dir)) {
            DocumentRepository repo = new DocumentRepository(lib);
            long id = repo.insert(LibraryTestSupport.file("a.txt", "x"), LibraryTestSupport.twoArticleDocument());
            repo.delete(id);
            assertThat(repo.list()).isEmpty();
            assertThat(repo.allArticles()).isEmpty();
            assertThat(repo.documentBlocks(id)).isEmpty();
        }
    }

    @Test
    void aSecondOpenOfTheSameLibraryIsRefusedAsInUse() {
        try (Library lib = Library.open(dir)) {
            assertThatThrownBy(() -> Library.open(dir)).isInstanceOf(LibraryInUseException.class)
                    .hasMessageContaining("in use");
        }
        try (Library again = Library.open(dir)) {
            assertThat(again.wasCreated()).isFalse();
        }
    }
}
