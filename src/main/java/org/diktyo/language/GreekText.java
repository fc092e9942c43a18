package org.diktyo.language;

import java.util.Comparator;
import java.util.Locale;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;

/** Greek text as a Greek secretariat writes, sorts and searches it. */
public final class GreekText {

    private static final ULocale GREEK = ULocale.forLanguageTag("el");
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private GreekText() {
    }

    /** Capitals without tonos, dialytika kept: {@code Πρόσκληση → ΠΡΟΣΚΛΗΣΗ, Μαΐου → ΜΑΪΟΥ}. */
    public static String upper(String text) {
        return UCharacter.toUpperCase(GREEK, text);
    }

    /**
     * The form used to compare for search: no accents or dialytika, lower case, final sigma
     * as σ. {@code Ένταξης}, {@code ΕΝΤΑΞΗΣ} and {@code ενταξης} give the same key.
     */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = NFD.normalize(text);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char lower = Character.toLowerCase(c);
            key.append(lower == 'ς' ? 'σ' : lower);
        }
        return key.toString().replaceAll("\\s+", " ").trim();
    }

    /** A Greek collator: letters first, accents and case only where all else is equal. */
    public static Comparator<String> collator(Locale locale) {
        return COLLATORS.computeIfAbsent(locale.getLanguage(), GreekText::newCollator);
    }

    private static final java.util.Map<String, Comparator<String>> COLLATORS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Comparator<String> newCollator(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Collator collator = Collator.getInstance(ULocale.forLocale(locale));
        collator.setStrength(Collator.TERTIARY);
        Collator frozen = collator.freeze(); // a frozen ICU collator is safe to share between threads
        return frozen::compare;
    }

    public static Comparator<String> greekCollator() {
        return collator(Locale.forLanguageTag("el"));
    }
}
