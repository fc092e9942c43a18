package org.diktyo.language;

import java.util.Locale;

/**
 * Floors of a building, numbered the European way: 0 is the ground floor, 1 the floor above.
 *
 * <ul>
 * <li>Greek: {@code ισόγειο}, {@code 1ος όροφος}, {@code 2ος όροφος} (masculine ordinal);
 * below ground {@code υπόγειο} for −1, then {@code 2ο υπόγειο}, {@code 3ο υπόγειο}
 * (neuter ordinal).</li>
 * <li>English (British usage, which matches the Greek count): {@code ground floor},
 * {@code 1st floor}, {@code 2nd floor}, {@code 3rd floor}, {@code 11th floor}; below ground
 * {@code basement}, then {@code 2nd basement}, {@code 3rd basement}.</li>
 * </ul>
 * Lower case throughout, as inside a sentence or an address; capitalise at the call site.
 */
public final class Floors {

    private Floors() {
    }

    /** The floor {@code n} written out: {@code 2ος όροφος}, {@code 2nd floor}, {@code ισόγειο}. */
    public static String floor(int n, Locale locale) {
        long below = -(long) n;
        return switch (Language.of(locale)) {
            case GREEK -> n == 0 ? "ισόγειο" : n > 0 ? n + "ος όροφος" : below == 1 ? "υπόγειο" : below + "ο υπόγειο";
            case ENGLISH -> n == 0 ? "ground floor" : n > 0 ? englishOrdinal(n) + " floor"
                    : below == 1 ? "basement" : englishOrdinal(below) + " basement";
        };
    }

    /** {@code 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 23rd, 111th}. */
    static String englishOrdinal(long n) {
        long lastTwo = n % 100;
        long last = n % 10;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
        return n + suffix;
    }
}
