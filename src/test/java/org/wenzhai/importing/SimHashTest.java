package org.wenzhai.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bit-sliced counting gives exactly the fingerprint of the plain definition (one vote per bit per shingle). */
class SimHashTest {
    private static final String ALPHABET = "党建引领基层治理网格化管理乡村振兴一二三四五六七八九十年月日abcXYZ0123456789，。、；：“”（）　 \n";

    /** The definition: for each shingle of 3 letters or digits, +1 for each set bit of its hash, -1 for each clear one. */
    private static long reference(String text) {
        int[] votes = new int[64];
        StringBuilder letters = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                letters.append(c);
            }
        }
        for (int i = 0; i + SimHash.SHINGLE <= letters.length(); i++) {
            long h = new SimHash().add(letters.substring(i, i + SimHash.SHINGLE)).value();
            // a single shingle's fingerprint is its hash: every bit has one vote
            for (int b = 0; b < 64; b++) {
                votes[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
            }
        }
        long v = 0;
        for (int b = 0; b < 64; b++) {
            if (votes[b] > 0) {
                v |= 1L << b;
            }
        }
        return v;
    }

    @Test
    void equalsThePlainDefinitionOnRandomTexts() {
        Random r = new Random(7);
        for (int n = 0; n < 300; n++) {
            int len = r.nextInt(n < 50 ? 12 : 3000);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < len; i++) {
                sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            String text = sb.toString();
            assertThat(SimHash.of(text)).as("text of %d chars", len).isEqualTo(reference(text));
        }
    }

    @Test
    void paragraphsFedOneByOneGiveTheSameAsTheWholeText() {
        String a = "坚持党建引领，推动网格化管理向纵深发展。";
        String b = "一是建强组织体系，二是压实网格责任。";
        assertThat(new SimHash().add(a).add(b).value()).isEqualTo(SimHash.of(a + b));
    }

    /**
     * Fingerprints are stored with the articles and compared with those of later imports: the hash
     * of a text never changes between versions (values from the first version of this class).
     */
    @Test
    void aFingerprintIsTheSameAsInEarlierVersions() {
        assertThat(SimHash.of("坚持党建引领，推动网格化管理向纵深发展。一是建强组织体系，二是压实网格责任。")).isEqualTo(0x07bd995a596b7647L);
        assertThat(SimHash.of("abc")).isEqualTo(0x33ebaf9927cbc5bdL);
        assertThat(SimHash.of("ab")).isZero();
    }
}
