package org.diktyo.knowledge.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Latin letters that look Greek (A B E H I K M N O P T X Y Z, and o) inside a word that is
 * otherwise Greek become the Greek letters they look like, so that «EΝΤΑΞΗ» typed with a Latin E
 * finds «ένταξη». A word with no Greek letter is left alone («KEM», «IOM» stay Latin).
 */
final class Homoglyphs extends TokenFilter {

    private static final String LATIN = column(0);
    private static final String GREEK = column(1);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    Homoglyphs(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        boolean greek = false;
        for (int i = 0; i < length && !greek; i++) {
            greek = Character.UnicodeScript.of(buffer[i]) == Character.UnicodeScript.GREEK;
        }
        if (greek) {
            for (int i = 0; i < length; i++) {
                int at = LATIN.indexOf(buffer[i]);
                if (at >= 0) {
                    buffer[i] = GREEK.charAt(at);
                }
            }
        }
        return true;
    }

    /** One column of {@code knowledge/homoglyphs.txt}: the Latin letters, or the Greek ones in the same order. */
    private static String column(int i) {
        StringBuilder letters = new StringBuilder();
        AnalysisData.lines("knowledge/homoglyphs.txt").forEach(line -> letters.append(line[i]));
        return letters.toString();
    }

    /** The same mapping on a whole word, for text outside an analyser. */
    static String word(String word) {
        boolean greek = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.GREEK);
        if (!greek) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            int at = LATIN.indexOf(c);
            out.append(at >= 0 ? GREEK.charAt(at) : c);
        }
        return out.toString();
    }
}
