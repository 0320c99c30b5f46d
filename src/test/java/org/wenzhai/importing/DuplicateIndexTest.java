package org.wenzhai.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wenzhai.storage.DocumentRepository.Fingerprint;

/** The stored fingerprints found by a shared quarter are exactly those a scan of all of them finds. */
class DuplicateIndexTest {
    @Test
    void everyFingerprintWithinTheDistanceIsFoundAsAScanFindsIt() {
        Random r = new Random(7);
        DuplicateDetector.Known known = new DuplicateDetector.Known();
        List<Fingerprint> all = new ArrayList<>();
        List<Long> bases = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            bases.add(r.nextLong());
        }
        long article = 1;
        for (int doc = 1; doc <= 400; doc++) {
            for (int a = 0; a < 3; a++) {
                // most near one of a few bases (0 to 5 bits flipped), some anywhere
                long h = r.nextInt(4) == 0 ? r.nextLong() : flip(bases.get(r.nextInt(bases.size())), r.nextInt(6), r);
                Fingerprint f = new Fingerprint(article++, doc, h);
                all.add(f);
                known.add(f);
            }
        }
        // a document stored again replaces its fingerprints; a removed one is gone
        known.removeDocument(5);
        all.removeIf(f -> f.documentId() == 5);
        known.remove(all.get(10));
        all.remove(10);
        int matched = 0;
        for (int i = 0; i < 2000; i++) {
            long q = r.nextInt(3) == 0 ? r.nextLong() : flip(bases.get(r.nextInt(bases.size())), r.nextInt(5), r);
            List<Long> scan = all.stream().filter(f -> SimHash.distance(q, f.simhash()) <= DuplicateDetector.MAX_DISTANCE)
                    .map(Fingerprint::articleId).toList();
            List<Long> found = known.near(q, DuplicateDetector.MAX_DISTANCE).stream().map(Fingerprint::articleId).toList();
            assertThat(found).isEqualTo(scan);
            matched += scan.isEmpty() ? 0 : 1;
        }
        assertThat(matched).isGreaterThan(500);
    }

    private static long flip(long h, int bits, Random r) {
        long out = h;
        for (int i = 0; i < bits; i++) {
            out ^= 1L << r.nextInt(64);
        }
        return out;
    }
}
