package org.wenzhai.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.domain.Article;
import org.wenzhai.domain.Block;
import org.wenzhai.i18n.Messages;
import org.wenzhai.storage.LibraryTestSupport;

/** A real library in a temporary folder holding the two-article test document. */
public final class UiFixture implements AutoCloseable {
    public final WenzhaiContext context;
    public final long documentId;
    public final Article first;
    public final List<Block> firstBlocks;

    public UiFixture(Path dir) {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        context = WenzhaiContext.open(dir.resolve("library"));
        documentId = context.documents().insert(LibraryTestSupport.file("汇编.txt", "汇编"),
                LibraryTestSupport.twoArticleDocument());
        first = context.documentService().articles(documentId).get(0);
        firstBlocks = context.documentService().blocks(first.id());
    }

    /** Block {@code i} of the first article: 0 paragraph, 1 一、, 2 paragraph, 3 （一）, 4 paragraph. */
    public Block block(int i) {
        return firstBlocks.get(i);
    }

    @Override
    public void close() {
        context.close();
    }
}
