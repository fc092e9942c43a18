package org.diktyo.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimePhrasesTest {

    static final Locale EL = Locale.forLanguageTag("el");
    static final Locale EN = Locale.forLanguageTag("en");

    /** "… και ώρες 17:30 – 20:00 … Στις 20:00, ο Δήμαρχος …" */
    @Test
    void writesTheTimesOfTheReferenceLetter() {
        String range = TimePhrases.range(LocalTime.of(17, 30), LocalTime.of(20, 0));
        assertThat(range).isEqualTo("17:30 \u2013 20:00").isEqualTo("17:30 – 20:00");
        assertThat(range.charAt(6)).isEqualTo('\u2013');
        assertThat(TimePhrases.at(LocalTime.of(20, 0), EL)).isEqualTo("στις 20:00");
        assertThat(TimePhrases.at(LocalTime.of(20, 0), EN)).isEqualTo("at 20:00");
    }

    @ParameterizedTest
    @CsvSource({"00:00, 00:00", "00:05, 00:05", "09:05, 09:05", "12:00, 12:00", "13:45, 13:45", "23:59:59, 23:59",
            "17:30:30.5, 17:30"})
    void writesTwentyFourHourTimesWithoutSeconds(LocalTime time, String written) {
        assertThat(TimePhrases.time(time)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({"09:00, 13:00, 09:00 – 13:00", "00:00, 12:00, 00:00 – 12:00", "22:00, 01:00, 22:00 – 01:00",
            "18:00, 00:00, 18:00 – 00:00"})
    void writesRangesAcrossNoonAndMidnight(LocalTime start, LocalTime end, String written) {
        assertThat(TimePhrases.range(start, end)).isEqualTo(written);
    }

    /** One o'clock is read «μία», singular: «στη μία»; every other hour is plural. */
    @ParameterizedTest
    @CsvSource({"00:00, στις 00:00", "00:30, στις 00:30", "01:00, στη 01:00", "01:30, στη 01:30", "02:00, στις 02:00",
            "11:00, στις 11:00", "12:00, στις 12:00", "13:00, στις 13:00", "21:00, στις 21:00"})
    void writesASingleTimeInGreek(LocalTime time, String written) {
        assertThat(TimePhrases.at(time, EL)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({"00:00, at 00:00", "01:00, at 01:00", "12:00, at 12:00", "20:00, at 20:00"})
    void writesASingleTimeInEnglish(LocalTime time, String written) {
        assertThat(TimePhrases.at(time, EN)).isEqualTo(written);
    }

    @Test
    void anInstantIsWrittenInAthensWallClockTime() {
        ZonedDateTime utc = ZonedDateTime.of(2024, 6, 17, 14, 30, 0, 0, ZoneId.of("UTC"));
        LocalTime athens = utc.withZoneSameInstant(ZoneId.of("Europe/Athens")).toLocalTime();
        assertThat(TimePhrases.at(athens, EL)).isEqualTo("στις 17:30");
    }
}
