package org.diktyo.language;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The ΑΔΑ (internet posting number) of a decision on Diavgeia, e.g. «6ΩΚΓ46ΜΤΛ6-ΘΒ5». Latin
 * look-alike capitals typed by mistake (A B E H I K M N O P T X Y Z) become the Greek ones, tonos
 * and spaces go, and the result is checked loosely (the exact format is Diavgeia's to define).
 * Never fetched: the platform only links to it.
 */
public final class Ada {

    private static final Pattern FORM = Pattern.compile("^[0-9Α-Ω]{4,12}-[0-9Α-Ω]{1,4}$");
    private static final String LATIN = "ABEHIKMNOPTXYZ";
    private static final String GREEK = "ΑΒΕΗΙΚΜΝΟΡΤΧΥΖ";

    private Ada() {
    }

    /** The normalised ΑΔΑ of a typed, non-blank text; empty if it cannot be one. */
    public static java.util.Optional<String> normalise(String typed) {
        String text = Normalizer.normalize(typed, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("\\s", "").replace('\u2010', '-').replace('\u2011', '-').replace('\u2013', '-')
                .toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int latin = LATIN.indexOf(c);
            out.append(latin >= 0 ? GREEK.charAt(latin) : c);
        }
        String ada = out.toString();
        return FORM.matcher(ada).matches() ? java.util.Optional.of(ada) : java.util.Optional.empty();
    }
}
