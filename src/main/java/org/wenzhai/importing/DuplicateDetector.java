package org.wenzhai.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
    /** Stored fingerprints, loaded on first use; null until then. */
    private Known known;

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
        known.removeDocument(documentId);
        for (int i = 0; i < articleIds.size() && i < fingerprints.size(); i++) {
            Long h = fingerprints.get(i);
            if (h != null) {
                known.add(new Fingerprint(articleIds.get(i), documentId, h));
            }
        }
    }

    private void load() {
        if (known == null) {
            Known k = new Known();
            for (Fingerprint f : documents.articleFingerprints()) {
                k.add(f);
            }
            known = k;
        }
    }

    private Long findMatch(long h, long ownDocumentId) {
        Long best = null;
        for (Fingerprint f : known.near(h, MAX_DISTANCE)) {
            if (f.documentId() == ownDocumentId) {
                continue;
            }
            if (best != null && best < f.articleId()) {
                continue;
            }
            if (documents.article(f.articleId()).isEmpty()) {
                known.remove(f); // deleted or replaced since it was fingerprinted
                continue;
            }
            best = f.articleId();
        }
        return best;
    }

    /**
     * The stored fingerprints, found by any of their four 16-bit quarters: two fingerprints at
     * most {@link #MAX_DISTANCE} (3) bits apart differ in at most three quarters, so they share
     * one whole. A match looks at the few fingerprints sharing a quarter instead of all of them
     * (an import compared every article with every stored one: quadratic in the library).
     */
    static final class Known {
        private static final int QUARTERS = 4;
        private final Map<Long, Fingerprint> byArticle = new HashMap<>();
        private final Map<Long, List<Fingerprint>> byDocument = new HashMap<>();
        @SuppressWarnings("unchecked")
        private final Map<Integer, List<Fingerprint>>[] byQuarter = new Map[QUARTERS];

        Known() {
            for (int q = 0; q < QUARTERS; q++) {
                byQuarter[q] = new HashMap<>();
            }
        }

        private static int quarter(long h, int q) {
            return (int) (h >>> (16 * q)) & 0xFFFF;
        }

        void add(Fingerprint f) {
            Fingerprint before = byArticle.put(f.articleId(), f);
            if (before != null) {
                unlink(before);
            }
            byDocument.computeIfAbsent(f.documentId(), d -> new ArrayList<>(4)).add(f);
            for (int q = 0; q < QUARTERS; q++) {
                byQuarter[q].computeIfAbsent(quarter(f.simhash(), q), k -> new ArrayList<>(2)).add(f);
            }
        }

        void remove(Fingerprint f) {
            if (byArticle.remove(f.articleId(), f)) {
                unlink(f);
            }
        }

        void removeDocument(long documentId) {
            List<Fingerprint> of = byDocument.get(documentId);
            if (of != null) {
                for (Fingerprint f : List.copyOf(of)) {
                    remove(f);
                }
            }
        }

        private void unlink(Fingerprint f) {
            drop(byDocument, f.documentId(), f);
            for (int q = 0; q < QUARTERS; q++) {
                drop(byQuarter[q], quarter(f.simhash(), q), f);
            }
        }

        private static <K> void drop(Map<K, List<Fingerprint>> map, K key, Fingerprint f) {
            List<Fingerprint> list = map.get(key);
            if (list != null && list.remove(f) && list.isEmpty()) {
                map.remove(key);
            }
        }

        /**
         * Every stored fingerprint at most {@code maxDistance} (up to 3) bits from {@code h}, each once,
         * in article order. (A quarter is shared by many fingerprints of similar texts; most of them
         * are further away, and the distance is asked before they are sorted.)
         */
        List<Fingerprint> near(long h, int maxDistance) {
            if (maxDistance > QUARTERS - 1) {
                throw new IllegalArgumentException("quarters find fingerprints at most 3 bits apart: " + maxDistance);
            }
            java.util.TreeMap<Long, Fingerprint> found = new java.util.TreeMap<>();
            for (int q = 0; q < QUARTERS; q++) {
                for (Fingerprint f : byQuarter[q].getOrDefault(quarter(h, q), List.of())) {
                    if (SimHash.distance(h, f.simhash()) <= maxDistance) {
                        found.put(f.articleId(), f);
                    }
                }
            }
            return new ArrayList<>(found.values());
        }
    }
}
