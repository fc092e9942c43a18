package org.diktyo.language;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as a letter writes them, in Greek and English: weekday, day, month, year.
 *
 * <p>Greek takes the <em>genitive</em> month, {@code Δευτέρα 17 Ιουνίου 2024}: the pattern
 * {@code EEEE d MMMM yyyy} gives it, since CLDR's format-context month is the genitive.
 * The stand-alone {@code LLLL} would give the nominative {@code Ιούνιος}, which is wrong
 * inside a date. English: {@code Monday 17 June 2024} (day before month, no comma).
 *
 * <p>Pass the date as a Europe/Athens wall-clock date ({@code instant.atZone(zone).toLocalDate()}).
 * A locale whose language is {@code en} gives English; any other gives Greek.
 */
public final class DatePhrases {

    private static final String PATTERN = "EEEE d MMMM yyyy";
    private static final DateTimeFormatter GREEK = DateTimeFormatter.ofPattern(PATTERN, Locale.forLanguageTag("el"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern(PATTERN, Locale.ENGLISH);

    private static final DateTimeFormatter GREEK_PLAIN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("el"));
    private static final DateTimeFormatter ENGLISH_PLAIN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private DatePhrases() {
    }

    /**
     * The date of an official letter, without the weekday: {@code 17 Ιουνίου 2024} (genitive
     * month), {@code 17 June 2024}; the letter writes the place before it («Αθήνα, 17 Ιουνίου 2024»).
     */
    public static String plain(LocalDate date, Locale locale) {
        return switch (Language.of(locale)) {
            case GREEK -> GREEK_PLAIN.format(date);
            case ENGLISH -> ENGLISH_PLAIN.format(date);
        };
    }

    /** The date alone, for a heading or a field: {@code Δευτέρα 17 Ιουνίου 2024}, {@code Monday 17 June 2024}. */
    public static String date(LocalDate date, Locale locale) {
        return switch (Language.of(locale)) {
            case GREEK -> GREEK.format(date);
            case ENGLISH -> ENGLISH.format(date);
        };
    }

    /**
     * When something happens: {@code τη Δευτέρα 17 Ιουνίου 2024} ("θα πραγματοποιηθεί τη
     * Δευτέρα …"), {@code on Monday 17 June 2024} ("will take place on Monday …").
     */
    public static String on(LocalDate date, Locale locale) {
        return switch (Language.of(locale)) {
            case GREEK -> article(date) + " " + GREEK.format(date);
            case ENGLISH -> "on " + ENGLISH.format(date);
        };
    }

    /**
     * The date after a preposition the template writes itself (μέχρι/by, από/from, έως/until,
     * για/for). Greek needs the article, English none: "μέχρι {@code την Τρίτη 11 Ιουνίου 2024}",
     * "by {@code Tuesday 11 June 2024}".
     */
    public static String afterPreposition(LocalDate date, Locale locale) {
        return switch (Language.of(locale)) {
            case GREEK -> article(date) + " " + GREEK.format(date);
            case ENGLISH -> ENGLISH.format(date);
        };
    }

    /**
     * σε with the article, as in "μεταφέρεται {@code στην Τρίτη 18 Ιουνίου 2024}" /
     * "is moved {@code to Tuesday 18 June 2024}": {@code στη Δευτέρα}, {@code στην Τρίτη},
     * {@code στο Σάββατο}.
     */
    public static String to(LocalDate date, Locale locale) {
        return switch (Language.of(locale)) {
            case GREEK -> GreekArticles.withSe(article(date)) + " " + GREEK.format(date);
            case ENGLISH -> "to " + ENGLISH.format(date);
        };
    }

    /** Το Σάββατο is neuter; the other weekdays are feminine and follow the final-ν rule. */
    private static String article(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY ? "το" : GreekArticles.feminineAccusative(GREEK.format(date));
    }
}
