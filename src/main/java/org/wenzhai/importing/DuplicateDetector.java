package org.wenzhai.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wenzhai.domain.Article;
import org.wenzhai.domain.Block;
import org.wenzhai.storage.DocumentRepository;

/**
 * Marks an article as a near-duplicate of an earlier article of another document (the same speech
 * inside two compilations): SimHash over character shingles, at most {@link #MAX_DISTANCE} bits
 * apart, for articles of at least {@link #MIN_CHARACTERS} letters and digits.
 */
public class DuplicateDetector implements ImportListener {
    /** Largest Hamming distance between two fingerprints that still counts as the same article. */
    public static final int MAX_DISTANCE = 3;
    /** Shorter articles get no fingerprint: a few sentences say too little to call them the same. */
    public static final int MIN_CHARACTERS = 200;

    /** Up to this many articles a document's blocks are read in one query; larger ones article by article. */
    static final int ONE_QUERY_MAX_ARTICLES = 500;

    private final DocumentRepository documents;
    private Map<Long, Long> fingerprints;

    public DuplicateDetector(DocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    public synchronized void documentStored(long documentId) {
        if (fingerprints == null) {
            fingerprints = new LinkedHashMap<>(documents.articleFingerprints());
        }
        Set<Long> own = new HashSet<>();
        var articles = documents.articles(documentId);
        articles.forEach(a -> own.add(a.id()));
        Map<Long, SimHash> hashes = new HashMap<>();
        for (Article a : articles) {
            hashes.put(a.id(), new SimHash().add(a.title() == null ? "" : a.title()));
        }
        if (articles.size() <= ONE_QUERY_MAX_ARTICLES) {
            for (Block b : documents.documentBlocks(documentId)) {
                SimHash sh = hashes.get(b.articleId());
                if (sh != null) {
                    sh.add(b.text());
                }
            }
        } else {
            // a 200 MB file: article by article, so that its whole text is never in memory at once
            for (Article a : articles) {
                SimHash sh = hashes.get(a.id());
                for (Block b : documents.blocks(a.id())) {
                    sh.add(b.text());
                }
            }
        }
        List<DocumentRepository.DuplicateMark> marks = new ArrayList<>();
        for (Article a : articles) {
            SimHash sh = hashes.get(a.id());
            if (sh.characters() < MIN_CHARACTERS) {
                continue;
            }
            long h = sh.value();
            marks.add(new DocumentRepository.DuplicateMark(a.id(), findMatch(h, own), h));
        }
        documents.setDuplicates(marks);
        for (DocumentRepository.DuplicateMark m : marks) {
            fingerprints.put(m.articleId(), m.simhash());
        }
    }

    private Long findMatch(long h, Set<Long> own) {
        Long best = null;
        var it = fingerprints.entrySet().iterator();
        while (it.hasNext()) {
            var e = it.next();
            if (own.contains(e.getKey()) || SimHash.distance(h, e.getValue()) > MAX_DISTANCE) {
                continue;
            }
            if (best != null && best < e.getKey()) {
                continue;
            }
            if (documents.article(e.getKey()).isEmpty()) {
                it.remove(); // deleted or replaced since it was fingerprinted
                continue;
            }
            best = e.getKey();
        }
        return best;
    }
}
