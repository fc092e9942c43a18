package org.diktyo.knowledge.search;

/**
 * Greek written in Latin letters as people type it («entaxi», «stegasi», «anilikoi»), brought to
 * one skeleton on both sides: the Greek text is transliterated (ELOT-like, digraphs first), and
 * both it and the typed Latin are reduced where Greeklish spellings vary (η, ι, υ, ει, οι are
 * all «i»; ω and ο «o»; χ as «ch» or «h»; «mp»/«b», «nt»/«d», «ks»/«x»).
 */
final class Greeklish {

    private static final String[][] DIGRAPHS = {
        {"ου", "ou"}, {"αυ", "av"}, {"ευ", "ev"}, {"μπ", "b"}, {"ντ", "d"}, {"γκ", "g"}, {"γγ", "ng"},
        {"θ", "th"}, {"χ", "ch"}, {"ψ", "ps"}, {"ξ", "x"},
    };
    private static final String GREEK = "αβγδεζηικλμνοπρστυφω";
    private static final String LATIN = "avgdeziiklmnoprstifo";

    private Greeklish() {
    }

    /** A folded Greek word in Latin letters; a Latin word is only reduced. */
    static String skeleton(String folded) {
        String latin = folded;
        for (String[] d : DIGRAPHS) {
            latin = latin.replace(d[0], d[1]);
        }
        StringBuilder out = new StringBuilder(latin.length());
        for (char c : latin.toCharArray()) {
            int at = GREEK.indexOf(c);
            out.append(at >= 0 ? LATIN.charAt(at) : c);
        }
        return reduce(out.toString());
    }

    private static String reduce(String latin) {
        return latin.replace("ch", "h").replace("ei", "i").replace("oi", "i").replace("y", "i").replace("w", "o")
                .replace("ai", "e").replace("mp", "b").replace("nt", "d").replace("ks", "x");
    }
}
