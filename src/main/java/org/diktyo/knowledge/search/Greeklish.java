package org.diktyo.knowledge.search;

import java.util.List;

/**
 * Greek written in Latin letters as people type it («entaxi», «stegasi», «anilikoi»), brought to
 * one skeleton on both sides: the Greek text is transliterated (ELOT-like, digraphs first; {@code knowledge/greeklish.txt}), and
 * both it and the typed Latin are reduced where Greeklish spellings vary (η, ι, υ, ει, οι are
 * all «i»; ω and ο «o»; χ as «ch» or «h»; «mp»/«b», «nt»/«d», «ks»/«x»).
 */
final class Greeklish {

    private static final List<String[]> LETTERS = AnalysisData.lines("knowledge/greeklish.txt");
    /** Words repeat: their skeletons are kept (emptied past {@link #CACHED} words), a sixth of a rebuild's time saved. */
    private static final java.util.Map<String, String> SKELETONS = new java.util.concurrent.ConcurrentHashMap<>();
    static final int CACHED = 200_000;

    private Greeklish() {
    }

    /** A folded Greek word in Latin letters; a Latin word is only reduced. */
    static String skeleton(String folded) {
        String known = SKELETONS.get(folded);
        if (known != null) {
            return known;
        }
        if (SKELETONS.size() > CACHED) {
            SKELETONS.clear();
        }
        String skeleton = transliterate(folded);
        SKELETONS.put(folded, skeleton);
        return skeleton;
    }

    private static String transliterate(String folded) {
        String latin = folded;
        for (String[] letter : LETTERS) {
            latin = latin.replace(letter[0], letter[1]);
        }
        return reduce(latin);
    }

    private static String reduce(String latin) {
        return latin.replace("ch", "h").replace("ei", "i").replace("oi", "i").replace("y", "i").replace("w", "o")
                .replace("ai", "e").replace("mp", "b").replace("nt", "d").replace("ks", "x");
    }
}
