package org.wenzhai.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wenzhai.domain.ImportedArticle;
import org.wenzhai.domain.ImportedBlock;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.storage.DocumentRepository;
import org.wenzhai.storage.DocumentRepository.ArticleMarks;
import org.wenzhai.storage.DocumentRepository.Fingerprint;

/**
 * Marks an article as a near-duplicate of an earlier article of another document (the same speech
 * inside two compilations): SimHash over character shingles, at most {@link #MAX_DISTANCE} bits
 * apart, for articles of at least {@link #MIN_CHARACTERS} letters and digits.
 *
 * <p>The fingerprints are computed from the parsed document ({@link #fingerprints}, on the thread
 * that parses), the links are found just before the document is stored and written in the same
 * transaction as its articles ({@link #marks}), and the stored fingerprints are remembered once
 * that transaction has committed ({@link #stored}).
 */
public class DuplicateDetector {
    /** Largest Hamming distance between two fingerprints that still counts as the same article. */
    public static final int MAX_DISTANCE = 3;
    /** Shorter articles get no fingerprint: a few sentences say too little to call them the same. */
    public static final int MIN_CHARACTERS = 200;

    private final DocumentRepository documents;
    /** Stored fingerprints by article id, in id order; loaded on first use. */
    private Map<Long, Fingerprint> known;

    public DuplicateDetector(DocumentRepository documents) {
        this.documents = documents;
    }

    /**
     * The fingerprint of each article of {@code doc}, in order; null for an article too short to
     * judge. Pure: safe on any thread.
     */
    public static List<Long> fingerprints(ImportedDocument doc) {
        List<Long> out = new ArrayList<>(doc.articles().size());
        for (ImportedArticle a : doc.articles()) {
            SimHash sh = new SimHash().add(a.title() == null ? "" : a.title());
            for (ImportedBlock b : a.blocks()) {
                sh.add(b.text());
            }
            out.add(sh.characters() < MIN_CHARACTERS ? null : sh.value());
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * What to store with a document's articles: their fingerprints and, for each, the earliest
     * stored article of another document within {@link #MAX_DISTANCE} bits.
     *
     * @param ownDocumentId the document being replaced (its own articles never count), or -1 for a new one
     */
    public synchronized ArticleMarks marks(List<Long> fingerprints, long ownDocumentId) {
        load();
        List<Long> duplicateOf = new ArrayList<>(fingerprints.size());
        for (Long h : fingerprints) {
            duplicateOf.add(h == null ? null : findMatch(h, ownDocumentId));
        }
        return new ArticleMarks(fingerprints, duplicateOf);
    }

    /** Remembers the fingerprints of a document's articles once they are committed. */
    public synchronized void stored(long documentId, List<Long> articleIds, List<Long> fingerprints) {
        load();
        known.values().removeIf(f -> f.documentId() == documentId);
        for (int i = 0; i < articleIds.size() && i < fingerprints.size(); i++) {
            Long h = fingerprints.get(i);
            if (h != null) {
                known.put(articleIds.get(i), new Fingerprint(articleIds.get(i), documentId, h));
            }
        }
    }

    private void load() {
        if (known == null) {
            known = new LinkedHashMap<>();
            for (Fingerprint f : documents.articleFingerprints()) {
                known.put(f.articleId(), f);
            }
        }
    }

    private Long findMatch(long h, long ownDocumentId) {
        Long best = null;
        var it = known.values().iterator();
        while (it.hasNext()) {
            Fingerprint f = it.next();
            if (f.documentId() == ownDocumentId || SimHash.distance(h, f.simhash()) > MAX_DISTANCE) {
                continue;
            }
            if (best != null && best < f.articleId()) {
                continue;
            }
            if (documents.article(f.articleId()).isEmpty()) {
                it.remove(); // deleted or replaced since it was fingerprinted
                continue;
            }
            best = f.articleId();
        }
        return best;
    }
}
