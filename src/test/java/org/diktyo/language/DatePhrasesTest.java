package org.diktyo.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DatePhrasesTest {

    static final Locale EL = Locale.forLanguageTag("el");
    static final Locale EN = Locale.forLanguageTag("en");

    /** The letter of 17 June 2024: "θα πραγματοποιηθεί τη Δευτέρα …", "μέχρι την Τρίτη …". */
    @Test
    void writesTheTwoDatesOfTheReferenceLetter() {
        LocalDate meeting = LocalDate.of(2024, 6, 17);
        LocalDate reply = LocalDate.of(2024, 6, 11);
        assertThat(DatePhrases.on(meeting, EL)).isEqualTo("τη Δευτέρα 17 Ιουνίου 2024");
        assertThat(DatePhrases.afterPreposition(reply, EL)).isEqualTo("την Τρίτη 11 Ιουνίου 2024");
        assertThat(DatePhrases.on(meeting, EN)).isEqualTo("on Monday 17 June 2024");
        assertThat(DatePhrases.afterPreposition(reply, EN)).isEqualTo("Tuesday 11 June 2024");
        assertThat("Please reply by " + DatePhrases.afterPreposition(reply, EN) + ".")
                .isEqualTo("Please reply by Tuesday 11 June 2024.");
        assertThat("Παρακαλούμε για την απάντησή σας μέχρι " + DatePhrases.afterPreposition(reply, EL) + ".")
                .isEqualTo("Παρακαλούμε για την απάντησή σας μέχρι την Τρίτη 11 Ιουνίου 2024.");
    }

    /** An official letter's date has no weekday and the genitive month: «Αθήνα, 17 Ιουνίου 2024». */
    @Test
    void writesTheDateOfAnOfficialLetterWithoutTheWeekday() {
        LocalDate sent = LocalDate.of(2024, 6, 17);
        assertThat(DatePhrases.plain(sent, EL)).isEqualTo("17 Ιουνίου 2024");
        assertThat(DatePhrases.plain(LocalDate.of(2024, 5, 2), EL)).isEqualTo("2 Μαΐου 2024");
        assertThat(DatePhrases.plain(sent, EN)).isEqualTo("17 June 2024");
    }

    /** Every month (genitive in Greek) and every weekday with its article, σε and English. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2025-01-13 | Δευτέρα 13 Ιανουαρίου 2025    | τη   | στη   | Monday 13 January 2025
            2025-02-11 | Τρίτη 11 Φεβρουαρίου 2025      | την  | στην  | Tuesday 11 February 2025
            2025-03-12 | Τετάρτη 12 Μαρτίου 2025        | την  | στην  | Wednesday 12 March 2025
            2025-04-10 | Πέμπτη 10 Απριλίου 2025        | την  | στην  | Thursday 10 April 2025
            2025-05-16 | Παρασκευή 16 Μαΐου 2025        | την  | στην  | Friday 16 May 2025
            2025-06-14 | Σάββατο 14 Ιουνίου 2025        | το   | στο   | Saturday 14 June 2025
            2025-07-13 | Κυριακή 13 Ιουλίου 2025        | την  | στην  | Sunday 13 July 2025
            2025-08-11 | Δευτέρα 11 Αυγούστου 2025      | τη   | στη   | Monday 11 August 2025
            2025-09-16 | Τρίτη 16 Σεπτεμβρίου 2025      | την  | στην  | Tuesday 16 September 2025
            2025-10-15 | Τετάρτη 15 Οκτωβρίου 2025      | την  | στην  | Wednesday 15 October 2025
            2025-11-13 | Πέμπτη 13 Νοεμβρίου 2025       | την  | στην  | Thursday 13 November 2025
            2025-12-12 | Παρασκευή 12 Δεκεμβρίου 2025   | την  | στην  | Friday 12 December 2025
            2024-02-29 | Πέμπτη 29 Φεβρουαρίου 2024     | την  | στην  | Thursday 29 February 2024
            2028-02-29 | Τρίτη 29 Φεβρουαρίου 2028      | την  | στην  | Tuesday 29 February 2028
            2000-02-29 | Τρίτη 29 Φεβρουαρίου 2000     | την  | στην  | Tuesday 29 February 2000
            2100-02-28 | Κυριακή 28 Φεβρουαρίου 2100   | την  | στην  | Sunday 28 February 2100
            2024-06-01 | Σάββατο 1 Ιουνίου 2024         | το   | στο   | Saturday 1 June 2024
            2024-12-31 | Τρίτη 31 Δεκεμβρίου 2024       | την  | στην  | Tuesday 31 December 2024
            """)
    void writesEveryMonthAndWeekday(LocalDate date, String greek, String article, String withSe, String english) {
        assertThat(DatePhrases.date(date, EL)).isEqualTo(greek);
        assertThat(DatePhrases.on(date, EL)).isEqualTo(article + " " + greek);
        assertThat(DatePhrases.afterPreposition(date, EL)).isEqualTo(article + " " + greek);
        assertThat(DatePhrases.to(date, EL)).isEqualTo(withSe + " " + greek);
        assertThat(DatePhrases.date(date, EN)).isEqualTo(english);
        assertThat(DatePhrases.on(date, EN)).isEqualTo("on " + english);
        assertThat(DatePhrases.afterPreposition(date, EN)).isEqualTo(english);
        assertThat(DatePhrases.to(date, EN)).isEqualTo("to " + english);
    }

    static final List<String> WEEKDAYS_EL = List.of("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή");
    static final List<String> ARTICLES_EL = List.of("τη", "την", "την", "την", "την", "το", "την");
    static final List<String> MONTHS_EL = List.of("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου",
            "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου");
    static final List<String> WEEKDAYS_EN = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    static final List<String> MONTHS_EN = List.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");

    /** Seven days from the 1st of each month of 2024: every weekday in every month (84 dates). */
    static Stream<LocalDate> everyWeekdayOfEveryMonth() {
        return Stream.of(Month.values()).flatMap(m -> IntStream.rangeClosed(1, 7).mapToObj(d -> LocalDate.of(2024, m, d)));
    }

    @ParameterizedTest
    @MethodSource("everyWeekdayOfEveryMonth")
    void everyWeekdayInEveryMonthHasItsNameArticleAndGenitiveMonth(LocalDate date) {
        int weekday = date.getDayOfWeek().getValue() - 1;
        int month = date.getMonthValue() - 1;
        String greek = WEEKDAYS_EL.get(weekday) + " " + date.getDayOfMonth() + " " + MONTHS_EL.get(month) + " 2024";
        assertThat(DatePhrases.on(date, EL)).isEqualTo(ARTICLES_EL.get(weekday) + " " + greek);
        assertThat(DatePhrases.date(date, EN))
                .isEqualTo(WEEKDAYS_EN.get(weekday) + " " + date.getDayOfMonth() + " " + MONTHS_EN.get(month) + " 2024");
    }

    /** CLDR's stand-alone month (LLLL) is the nominative, wrong inside a date; MMMM is the genitive. */
    @Test
    void standAloneMonthWouldBeTheNominativeWhichIsWhyTheDateUsesMMMM() {
        LocalDate june = LocalDate.of(2024, 6, 17);
        assertThat(DateTimeFormatter.ofPattern("LLLL", EL).format(june)).isEqualTo("Ιούνιος");
        assertThat(DateTimeFormatter.ofPattern("EEEE d LLLL yyyy", EL).format(june)).isEqualTo("Δευτέρα 17 Ιούνιος 2024");
        assertThat(DatePhrases.date(june, EL)).contains("Ιουνίου").doesNotContain("Ιούνιος");
    }

    /** The JDK's CLDR data capitalises Greek weekdays and months; a change of data would show here. */
    @Test
    void greekWeekdaysAndMonthsComeCapitalised() {
        everyWeekdayOfEveryMonth().map(d -> DatePhrases.date(d, EL)).forEach(text -> {
            String[] words = text.split(" ");
            assertThat(Character.isUpperCase(words[0].codePointAt(0))).as(text).isTrue();
            assertThat(Character.isUpperCase(words[2].codePointAt(0))).as(text).isTrue();
        });
    }

    @Test
    void aHeadingInCapitalsLosesTheTonosButKeepsTheDialytika() {
        assertThat(GreekText.upper(DatePhrases.on(LocalDate.of(2024, 5, 15), EL))).isEqualTo("ΤΗΝ ΤΕΤΑΡΤΗ 15 ΜΑΪΟΥ 2024");
    }

    static Stream<Arguments> locales() {
        return Stream.of(Arguments.of(Locale.forLanguageTag("el-GR"), "τη Δευτέρα 17 Ιουνίου 2024"),
                Arguments.of(Locale.UK, "on Monday 17 June 2024"), Arguments.of(Locale.US, "on Monday 17 June 2024"),
                Arguments.of(Locale.GERMAN, "τη Δευτέρα 17 Ιουνίου 2024"), Arguments.of(Locale.ROOT, "τη Δευτέρα 17 Ιουνίου 2024"));
    }

    /** Any English locale writes English; every other locale writes Greek, the platform's default. */
    @ParameterizedTest
    @MethodSource("locales")
    void englishForEnglishLocalesAndGreekForTheRest(Locale locale, String expected) {
        assertThat(DatePhrases.on(LocalDate.of(2024, 6, 17), locale)).isEqualTo(expected);
    }
}
