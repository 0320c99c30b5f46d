package org.wenzhai.search;

import java.util.ArrayList;
import java.util.List;
import org.wenzhai.bench.CorpusGenerator;
import org.wenzhai.domain.BlockType;
import org.wenzhai.domain.SearchableBlock;

/** Generated materials as the blocks the index is fed, with made-up ids in reading order. */
final class GeneratedCorpus {
    private GeneratedCorpus() {
    }

    /** Blocks grouped by document. */
    static List<List<SearchableBlock>> documents(int materials, long seed) {
        List<List<SearchableBlock>> out = new ArrayList<>();
        long docId = 0;
        long articleId = 0;
        long blockId = 0;
        for (CorpusGenerator.Material m : CorpusGenerator.materials(materials, seed)) {
            docId++;
            List<SearchableBlock> doc = new ArrayList<>();
            int articleOrder = 0;
            for (CorpusGenerator.Article a : m.articles()) {
                articleId++;
                int blockOrder = 0;
                for (CorpusGenerator.Block b : a.blocks()) {
                    doc.add(new SearchableBlock(docId, m.title(), articleId, articleOrder, a.title(), ++blockId,
                            blockOrder++, b.heading() ? BlockType.HEADING : BlockType.PARAGRAPH,
                            b.heading() ? b.level() : null, b.text(), List.of()));
                }
                articleOrder++;
            }
            out.add(doc);
        }
        return out;
    }
}
