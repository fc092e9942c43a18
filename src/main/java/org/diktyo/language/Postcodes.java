package org.diktyo.language;

/**
 * Greek postcodes (Τ.Κ.), five digits written in two groups of three and two:
 * {@code 10552 → 105 52}, as in {@code 105 52 Αθήνα}. The same in both languages.
 */
public final class Postcodes {

    private Postcodes() {
    }

    /** Whether {@code text} is a Greek postcode: five digits, spaces anywhere allowed. */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String digits = digits(text);
        return digits.length() == 5 && digits.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * The postcode in two groups: {@code 10552}, {@code 105 52} and {@code " 1 0552 "} all give
     * {@code 105 52}.
     *
     * @throws IllegalArgumentException if {@code text} is not five digits (see {@link #isValid}):
     *         a malformed postcode is bad data, to be refused where it is entered, not printed
     *         on a letter as it stands
     */
    public static String format(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("not a Greek postcode (five digits): " + text);
        }
        String digits = digits(text);
        return digits.substring(0, 3) + " " + digits.substring(3);
    }

    /** {@code text} without white space (what {@code \s} matches in a regular expression) and no-break spaces. */
    private static String digits(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (" \t\n\u000B\f\r\u00A0".indexOf(c) < 0) {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
