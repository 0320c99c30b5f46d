package org.wenzhai.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.wenzhai.domain.Article;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.Document;
import org.wenzhai.domain.RemovedText;
import org.wenzhai.storage.DocumentRepository;

/**
 * Reading and editing what the library holds: documents, articles, blocks. The command line and
 * the window use this, never the repositories, so that index and other listeners always follow.
 */
public class DocumentService {
    private final DocumentRepository documents;
    private final List<LongConsumer> changeListeners = new ArrayList<>();
    private final List<LongConsumer> removeListeners = new ArrayList<>();

    public DocumentService(DocumentRepository documents) {
        this.documents = documents;
    }

    /** Called with a document id after its title or content changed. */
    public void onDocumentChanged(LongConsumer listener) {
        changeListeners.add(listener);
    }

    /** Called with a document id after it was deleted. */
    public void onDocumentRemoved(LongConsumer listener) {
        removeListeners.add(listener);
    }

    public List<Document> list() {
        return documents.list();
    }

    public Optional<Document> find(long id) {
        return documents.find(id);
    }

    public List<Article> articles(long documentId) {
        return documents.articles(documentId);
    }

    /** How many articles each document has (document id to count): the window's tree starts from this. */
    public java.util.Map<Long, Integer> articleCounts() {
        return documents.articleCounts();
    }

    /** Every article of the library, by document and order. */
    public List<Article> allArticles() {
        return documents.allArticles();
    }

    public Optional<Article> article(long articleId) {
        return documents.article(articleId);
    }

    public List<Block> blocks(long articleId) {
        return documents.blocks(articleId);
    }

    public List<Block> documentBlocks(long documentId) {
        return documents.documentBlocks(documentId);
    }

    public Optional<Block> block(long blockId) {
        return documents.block(blockId);
    }

    public byte[] originalBytes(long documentId) {
        return documents.originalBytes(documentId);
    }

    public List<RemovedText> removedTexts(long documentId) {
        return documents.removedTexts(documentId);
    }

    public void renameDocument(long documentId, String title) {
        documents.renameDocument(documentId, requireTitle(title));
        changeListeners.forEach(l -> l.accept(documentId));
    }

    public void renameArticle(long articleId, String title) {
        Article a = documents.article(articleId).orElseThrow(() -> new IllegalArgumentException("no article " + articleId));
        documents.renameArticle(articleId, requireTitle(title));
        changeListeners.forEach(l -> l.accept(a.documentId()));
    }

    /**
     * Deletes a document. Its highlights are kept as orphans (never dropped).
     *
     * @return how many highlights became orphans
     */
    public int delete(long documentId) {
        int orphans = documents.delete(documentId);
        removeListeners.forEach(l -> l.accept(documentId));
        return orphans;
    }

    private static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a title cannot be empty");
        }
        return title.strip();
    }
}
