package org.diktyo.language;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A council decision's number as it is written everywhere: «123/2024». Accepts what people type
 * («αρ. 123/2024», «123 / 2024», «Αριθ. 123», «123» with the year taken from the decision's date);
 * refuses a two-digit year and a year other than the date's, saying which ({@link Problem}).
 */
public final class DecisionNumber {

    private static final Pattern PREFIX = Pattern.compile(
            "^(?:υπ'?\\s*)?(?:αριθμος|αριθ\\.?|αρ\\.?|no\\.?|n\\.?|#)\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WITH_YEAR = Pattern.compile("^(\\d{1,5})\\s*/\\s*(\\d+)$");
    private static final Pattern ALONE = Pattern.compile("^(\\d{1,5})$");

    /** What can be wrong with a typed number. */
    public enum Problem { REQUIRED, TWO_DIGIT_YEAR, YEAR_MISMATCH, YEAR_MISSING, INVALID }

    /** The normalised number, or what is wrong with it. */
    public record Result(String number, Problem problem) {
        public Optional<String> value() {
            return Optional.ofNullable(number);
        }
    }

    private DecisionNumber() {
    }

    public static Result normalise(String typed, LocalDate decisionDate) {
        if (typed == null || typed.isBlank()) {
            return new Result(null, Problem.REQUIRED);
        }
        String text = unaccented(typed.strip().replace('\u2019', '\'').replace('\u00b4', '\''));
        text = PREFIX.matcher(text).replaceFirst("").strip();
        Matcher m = WITH_YEAR.matcher(text);
        if (m.matches()) {
            String year = m.group(2);
            if (year.length() != 4) {
                return new Result(null, Problem.TWO_DIGIT_YEAR);
            }
            if (decisionDate != null && decisionDate.getYear() != Integer.parseInt(year)) {
                return new Result(null, Problem.YEAR_MISMATCH);
            }
            return number(m.group(1), year);
        }
        m = ALONE.matcher(text);
        if (m.matches()) {
            if (decisionDate == null) {
                return new Result(null, Problem.YEAR_MISSING);
            }
            return number(m.group(1), String.valueOf(decisionDate.getYear()));
        }
        return new Result(null, Problem.INVALID);
    }

    private static Result number(String number, String year) {
        int n = Integer.parseInt(number);
        if (n == 0) {
            return new Result(null, Problem.INVALID);
        }
        return new Result(n + "/" + year, null);
    }

    private static String unaccented(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
