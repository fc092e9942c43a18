package org.diktyo.platform;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * The dates of the network's business (a meeting's day, a reply deadline, a membership change,
 * a follow-up's due date): from 1 January 2000 to 31 December 2099. Years like -999999999 or
 * +1000000000 are dates to java.time but not to the databases, the calendar files or the
 * letters (ADR 0014).
 */
public final class PlausibleDates {

    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2099, 12, 31);
    /** What is said of a date out of the range. */
    public static final String KEY = "platform.error.date.range";

    private PlausibleDates() {
    }

    /** Whether {@code date} is missing or within the range. */
    public static boolean within(LocalDate date) {
        return date == null || !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /** Refuses a date out of the range, naming {@code field}: for dates that come as request parameters. */
    public static void require(String field, LocalDate date) {
        if (!within(date)) {
            throw new Problem(HttpStatus.BAD_REQUEST, "platform.error.parameter",
                    List.of(new Problem.FieldProblem(field, KEY)), field);
        }
    }
}
