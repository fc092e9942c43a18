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

    static String fold(String text) {
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
