package org.diktyo.language;

import java.util.List;

/**
 * Greek articles that change with the word after them: the final-ν rule.
 *
 * <p>The ν of {@code την} is kept before a vowel (accented or not) and before κ, π, τ, ξ, ψ
 * and the digraphs γκ, μπ, ντ, τσ, τζ; otherwise it is dropped: {@code την Αθήνα},
 * {@code την Πέμπτη}, {@code την μπάλα}, but {@code τη Θεσσαλονίκη}, {@code τη Δευτέρα}.
 * Where the next word does not begin with a Greek letter (a number, a Latin acronym) the
 * rule cannot see how it is read, and the full form {@code την}, never wrong, is kept.
 *
 * <p>The masculine {@code τον} always keeps its ν (it tells it apart from the neuter
 * {@code το}), so it needs no rule.
 */
public final class GreekArticles {

    private static final String KEEPS_NU = "αεηιουωκπτξψ";
    private static final List<String> KEEPS_NU_DIGRAPHS = List.of("γκ", "μπ", "ντ", "τσ", "τζ");

    private GreekArticles() {
    }

    /**
     * Whether a word ending in ν keeps it before {@code nextWord}. Only the start of
     * {@code nextWord} matters (it may be a whole phrase); leading punctuation such as
     * {@code «} or {@code (} is skipped.
     */
    public static boolean keepsFinalNu(String nextWord) {
        String key = GreekText.searchKey(nextWord);
        int start = 0;
        while (start < key.length() && !Character.isLetterOrDigit(key.charAt(start))) {
            start++;
        }
        if (start == key.length() || Character.UnicodeScript.of(key.charAt(start)) != Character.UnicodeScript.GREEK) {
            return true;
        }
        String head = key.substring(start);
        return KEEPS_NU.indexOf(head.charAt(0)) >= 0 || KEEPS_NU_DIGRAPHS.stream().anyMatch(head::startsWith);
    }

    /** The feminine accusative article for {@code nextWord}: {@code την} or {@code τη}. */
    public static String feminineAccusative(String nextWord) {
        return keepsFinalNu(nextWord) ? "την" : "τη";
    }

    /**
     * An accusative article joined with the preposition σε: {@code τη → στη},
     * {@code την → στην}, {@code το → στο}, {@code τις → στις}.
     *
     * @throws IllegalArgumentException if {@code article} is not an accusative article (τ…)
     */
    public static String withSe(String article) {
        if (!List.of("τον", "την", "τη", "το", "τους", "τις", "τα").contains(article)) {
            throw new IllegalArgumentException("not an accusative article: " + article);
        }
        return "σ" + article;
    }
}
