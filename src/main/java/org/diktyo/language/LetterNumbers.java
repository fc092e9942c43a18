package org.diktyo.language;

import java.util.List;
import java.util.Locale;

/**
 * The letters that follow a number to name what was inserted after it, as Greek legislation
 * numbers an inserted article («Άρθρο 3Α», «3Β» … «3ΣΤ»), and their English counterparts
 * («Article 3A», «3B» … «3F»): the {@code i}-th letter (from 0) in either language, capital or
 * small («3.2α», «3.2a»). Twenty letters each; beyond them, none.
 */
public final class LetterNumbers {

    private static final List<String> GREEK = List.of("Α", "Β", "Γ", "Δ", "Ε", "ΣΤ", "Ζ", "Η", "Θ", "Ι", "ΙΑ", "ΙΒ",
            "ΙΓ", "ΙΔ", "ΙΕ", "ΙΣΤ", "ΙΖ", "ΙΗ", "ΙΘ", "Κ");
    private static final List<String> LATIN = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L",
            "M", "N", "O", "P", "Q", "R", "S", "T");
    private static final Locale GREEK_LOCALE = Locale.forLanguageTag("el");

    private LetterNumbers() {
    }

    /** How many letters there are. */
    public static int count() {
        return GREEK.size();
    }

    /** The {@code i}-th letter in the language, capital or small. */
    public static String letter(int i, Language language, boolean small) {
        String letter = language == Language.GREEK ? GREEK.get(i) : LATIN.get(i);
        return small ? letter.toLowerCase(language == Language.GREEK ? GREEK_LOCALE : Locale.ROOT) : letter;
    }

    /** The position of a Greek letter suffix (either case), or -1 if it is none. */
    public static int indexOfGreek(String suffix) {
        return GREEK.indexOf(suffix.toUpperCase(GREEK_LOCALE));
    }
}
