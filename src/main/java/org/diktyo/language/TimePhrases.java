package org.diktyo.language;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times of day on the 24-hour clock, the same digits in Greek and English: {@code 20:00},
 * {@code 17:30 – 20:00}, {@code στις 20:00} / {@code at 20:00}.
 *
 * <p>Seconds are dropped (not rounded). Midnight is {@code 00:00}. Times are Europe/Athens
 * wall-clock times: convert an instant with its zone before passing it here.
 */
public final class TimePhrases {

    /** The dash between two times: an EN DASH (U+2013) with a space either side. */
    public static final String RANGE_DASH = " \u2013 ";

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private TimePhrases() {
    }

    /** {@code 09:05}, {@code 20:00}, {@code 00:00}. */
    public static String time(LocalTime time) {
        return HOURS_MINUTES.format(time);
    }

    /**
     * {@code 17:30 – 20:00}. An end earlier than the start is taken to be on the next day
     * ({@code 22:00 – 01:00}) and written as it is.
     */
    public static String range(LocalTime start, LocalTime end) {
        return time(start) + RANGE_DASH + time(end);
    }

    /**
     * {@code στις 20:00} / {@code at 20:00}. Greek reads the hour aloud, and one o'clock is
     * singular ("στη μία"), so 01:00–01:59 take {@code στη}: {@code στη 01:30}; every other
     * hour, midnight included ("στις δώδεκα"), takes {@code στις}.
     */
    public static String at(LocalTime time, Locale locale) {
        return switch (Language.of(locale)) {
            case GREEK -> GreekArticles.withSe(time.getHour() == 1 ? "τη" : "τις") + " " + time(time);
            case ENGLISH -> "at " + time(time);
        };
    }
}
