package org.diktyo.drafting.domain;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diktyo.drafting.Clause;
import org.diktyo.drafting.ClauseKind;
import org.diktyo.language.Bilingual;
import org.diktyo.language.Language;
import org.diktyo.language.LetterNumbers;

/**
 * The number of a clause inserted after another when the text is frozen, as Greek legislation
 * numbers an inserted article: the anchor's number followed by the next letter, so that no clause
 * after it is renumbered and references to them stay right. «Άρθρο 3» → «Άρθρο 3Α», then «Άρθρο 3Β»
 * (English «Article 3A», «3B»; the letters are {@link LetterNumbers}); a paragraph takes a small letter («3.2» → «3.2α», «3.2a»). After
 * a clause that was inserted before («3Α») the next letter follows («3Β»); a letter already taken
 * by another clause is skipped. An anchor without a number (the preamble) gives none.
 */
final class InsertedNumbers {

    private static final Pattern NUMBERED = Pattern.compile("^(.*\\d)(\\p{L}{0,3})$");

    private InsertedNumbers() {
    }

    /** The number of a clause of {@code kind} inserted after {@code anchor}; {@code taken} holds the Greek numbers in use. */
    static Bilingual after(Clause anchor, ClauseKind kind, Set<String> taken) {
        Matcher el = NUMBERED.matcher(anchor.number().el() == null ? "" : anchor.number().el().strip());
        if (!el.matches()) {
            return Bilingual.of("", "");
        }
        Matcher en = NUMBERED.matcher(anchor.number().en() == null ? "" : anchor.number().en().strip());
        boolean small = kind == ClauseKind.PARAGRAPH;
        int from = LetterNumbers.indexOfGreek(el.group(2)) + 1;
        for (int i = from; i < LetterNumbers.count(); i++) {
            String greek = el.group(1) + LetterNumbers.letter(i, Language.GREEK, small);
            if (!taken.contains(greek)) {
                String english = en.matches() ? en.group(1) + LetterNumbers.letter(i, Language.ENGLISH, small) : "";
                return Bilingual.of(greek, english);
            }
        }
        return Bilingual.of("", "");
    }
}
