package org.diktyo.drafting.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diktyo.drafting.Clause;
import org.diktyo.drafting.ClauseKind;
import org.diktyo.language.Bilingual;

/**
 * The number of a clause inserted after another when the text is frozen, as Greek legislation
 * numbers an inserted article: the anchor's number followed by the next letter, so that no clause
 * after it is renumbered and references to them stay right. «Άρθρο 3» → «Άρθρο 3Α», then «Άρθρο 3Β»
 * (English «Article 3A», «3B»); a paragraph takes a small letter («3.2» → «3.2α», «3.2a»). After
 * a clause that was inserted before («3Α») the next letter follows («3Β»); a letter already taken
 * by another clause is skipped. An anchor without a number (the preamble) gives none.
 */
final class InsertedNumbers {

    private static final Pattern NUMBERED = Pattern.compile("^(.*\\d)(\\p{L}{0,3})$");
    private static final List<String> GREEK = List.of("Α", "Β", "Γ", "Δ", "Ε", "ΣΤ", "Ζ", "Η", "Θ", "Ι", "ΙΑ", "ΙΒ",
            "ΙΓ", "ΙΔ", "ΙΕ", "ΙΣΤ", "ΙΖ", "ΙΗ", "ΙΘ", "Κ");
    private static final List<String> LATIN = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L",
            "M", "N", "O", "P", "Q", "R", "S", "T");

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
        int from = GREEK.indexOf(el.group(2).toUpperCase(Locale.ROOT)) + 1;
        for (int i = from; i < GREEK.size(); i++) {
            String greek = el.group(1) + letter(GREEK.get(i), small);
            if (!taken.contains(greek)) {
                String english = en.matches() ? en.group(1) + letter(LATIN.get(i), small) : "";
                return Bilingual.of(greek, english);
            }
        }
        return Bilingual.of("", "");
    }

    private static String letter(String letter, boolean small) {
        return small ? letter.toLowerCase(Locale.forLanguageTag("el")) : letter;
    }
}
