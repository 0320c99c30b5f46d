package org.wenzhai.ui.reader;

import java.util.List;
import org.wenzhai.domain.Article;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.Document;

/** What the reader shows: one article of a document, its blocks in reading order (one paragraph each). */
public record ReaderContent(Document document, Article article, List<Block> blocks) {

    public ReaderContent {
        blocks = List.copyOf(blocks);
    }

    /** The paragraph index of a block, or -1. */
    public int paragraphOf(long blockId) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).id() == blockId) {
                return i;
            }
        }
        return -1;
    }

    public int characterCount() {
        int n = 0;
        for (Block b : blocks) {
            n += b.text().length() + 1;
        }
        return n;
    }
}
