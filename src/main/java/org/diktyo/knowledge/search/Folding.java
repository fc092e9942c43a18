package org.diktyo.knowledge.search;

import java.io.IOException;
import java.text.Normalizer;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A word folded the way Greek search must ignore: lower case, no accents or dialytika, final
 * sigma as σ («Ένταξης» → «ενταξησ», «ΜΑΪΟΥ» → «μαιου»); Latin letters lose their accents too.
 */
final class Folding extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    Folding(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String folded = fold(term.toString());
        term.setEmpty().append(folded);
        return true;
    }

    /** The folding of each letter of Latin, Greek and Greek Extended, worked out once by {@link #slowly}. */
    private static final String[] LETTERS = letters();

    /**
     * Letter by letter from a table when every letter is Latin or Greek (what is indexed, nearly
     * always), else {@link #slowly}: the same result, since every mark with a combining class in
     * those blocks is dropped, so the normalisation's reordering has nothing to reorder.
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String folded = c < 0x400 ? LETTERS[c] : c >= 0x1F00 && c < 0x2000 ? LETTERS[c - 0x1F00 + 0x400] : null;
            if (folded == null) {
                return slowly(text);
            }
            out.append(folded);
        }
        return out.toString();
    }

    private static String[] letters() {
        String[] letters = new String[0x500];
        for (int c = 0; c < letters.length; c++) {
            char letter = (char) (c < 0x400 ? c : c - 0x400 + 0x1F00);
            letters[c] = slowly(String.valueOf(letter));
        }
        return letters;
    }

    static String slowly(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char lower = Character.toLowerCase(c);
            out.append(lower == 'ς' ? 'σ' : lower);
        }
        return out.toString();
    }
}
