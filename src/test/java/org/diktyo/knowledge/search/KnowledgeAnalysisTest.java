package org.diktyo.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The tokens of the analysers pinned for a dozen words (KNOWLEDGE.md's table), so that an upgrade
 * of Lucene that changes a stem fails here first.
 */
class KnowledgeAnalysisTest {

    static String stem(String text) {
        return String.join(" ", GreekAnalysis.tokens(GreekAnalysis.STEM, text));
    }

    static String fold(String text) {
        return String.join(" ", GreekAnalysis.tokens(GreekAnalysis.FOLD, text));
    }

    static String latin(String text) {
        return String.join(" ", GreekAnalysis.tokens(GreekAnalysis.LATIN, text));
    }

    @Test
    void greekStemsArePinned() {
        assertThat(stem("ένταξη ένταξης ΕΝΤΑΞΗΣ εντάξεις")).isEqualTo("ενταξ ενταξ ενταξ ενταξ");
        assertThat(stem("πρακτική πρακτικές ΠΡΑΚΤΙΚΗ")).isEqualTo("πρακτικ πρακτικ πρακτικ");
        assertThat(stem("πρακτικών")).isEqualTo("πρακτ");
        assertThat(stem("ανήλικοι ανηλίκων")).isEqualTo("ανηλικ ανηλ");
        assertThat(stem("διερμηνεία διερμηνέων")).isEqualTo("διερμηνει διερμην");
        assertThat(stem("προσφύγων πρόσφυγας πρόσφυγες")).isEqualTo("προσφυγ προσφυγ προσφυγ");
        assertThat(stem("Μαΐου ΜΑΪΟΥ μαιου")).isEqualTo("μαι μαι μαι");
        assertThat(stem("και της στους")).isEmpty();
    }

    @Test
    void foldingKeepsWholeWordsWithoutAccentsCaseOrFinalSigma() {
        assertThat(fold("Ένταξης ΜΑΪΟΥ Μαΐου")).isEqualTo("ενταξησ μαιου μαιου");
        assertThat(fold("καλών πρακτικών")).isEqualTo("καλων πρακτικων");
    }

    @Test
    void latinLookAlikesInsideGreekWordsBecomeGreek() {
        assertThat(fold("EΝΤΑΞΗ")).isEqualTo("ενταξη");
        assertThat(stem("EΝΤAΞΗ")).isEqualTo("ενταξ");
        assertThat(fold("KEM IOM")).isEqualTo("kem iom");
    }

    @Test
    void greeklishSkeletonsMeetOnBothSides() {
        assertThat(latin("ένταξη")).isEqualTo(latin("entaxi")).isEqualTo("edaxi");
        assertThat(latin("στέγαση")).isEqualTo(latin("stegasi"));
        assertThat(latin("ανήλικοι")).isEqualTo(latin("anilikoi")).isEqualTo(latin("anhlikoi".replace("h", "i")));
        assertThat(latin("χρηματοδότηση")).isEqualTo(latin("chrimatodotisi")).isEqualTo(latin("hrimatodotisi"));
    }

    @Test
    void foldingByTableEqualsFoldingByNormalisation() {
        java.util.Random random = new java.util.Random(30);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder word = new StringBuilder();
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                int c = random.nextInt(4) == 0 ? 0x1F00 + random.nextInt(0x100) : random.nextInt(0x400);
                word.append((char) (random.nextInt(50) == 0 ? 0x0400 + random.nextInt(0x100) : c));
            }
            assertThat(Folding.fold(word.toString())).as(word.toString()).isEqualTo(Folding.slowly(word.toString()));
        }
    }
}
