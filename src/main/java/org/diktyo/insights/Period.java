package org.diktyo.insights;

import org.diktyo.language.Athens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.diktyo.platform.PlausibleDates;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;

/**
 * A period of whole days in Athens, both ends included, as the dashboard and the report read
 * it from a request: a year ({@code ?year=2025}) or two dates ({@code ?from=&to=}). A bad
 * parameter is a 400 naming it, never a 500: an unreadable date, {@code to} before {@code from},
 * more than five years, outside 2000–2099.
 */
public record Period(LocalDate from, LocalDate to) {

    public static final ZoneId ATHENS = Athens.ZONE;
    static final int MAX_YEARS = 5;

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The year named, or this year in Athens when none is. */
    public static Period ofYear(String year, LocalDate today) {
        if (year == null || year.isBlank()) {
            return year(today.getYear());
        }
        try {
            int number = Integer.parseInt(year.strip());
            if (number >= PlausibleDates.FIRST.getYear() && number <= PlausibleDates.LAST.getYear()) {
                return year(number);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw refused("year", "insights.error.year");
    }

    /** The dates named; a missing {@code from} is the first of this year, a missing {@code to} today. */
    public static Period of(String from, String to, LocalDate today) {
        LocalDate start = date("from", from, LocalDate.of(today.getYear(), 1, 1));
        LocalDate end = date("to", to, today);
        if (end.isBefore(start)) {
            throw refused("to", "insights.error.toBeforeFrom");
        }
        if (end.isAfter(start.plusYears(MAX_YEARS))) {
            throw refused("to", "insights.error.tooLong");
        }
        return new Period(start, end);
    }

    public int days() {
        return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    }

    public java.time.Instant start() {
        return from.atStartOfDay(ATHENS).toInstant();
    }

    /** The first instant after the period. */
    public java.time.Instant end() {
        return to.plusDays(1).atStartOfDay(ATHENS).toInstant();
    }

    private static LocalDate date(String field, String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw refused(field, "insights.error.date");
        }
        PlausibleDates.require(field, date);
        return date;
    }

    private static Problem refused(String field, String key) {
        return new Problem(HttpStatus.BAD_REQUEST, "platform.error.parameter", List.of(new Problem.FieldProblem(field, key)),
                field);
    }
}
