package org.diktyo.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FloorsTest {

    static final Locale EL = Locale.forLanguageTag("el");
    static final Locale EN = Locale.forLanguageTag("en");

    /** The letter: "(Αθηνάς 63, Πλ. Κοτζιά, 2ος όροφος)", "(63 Athinas Street, Kotzia Square, 2nd floor)". */
    @ParameterizedTest
    @CsvSource({
            "-3, 3ο υπόγειο, 3rd basement",
            "-2, 2ο υπόγειο, 2nd basement",
            "-1, υπόγειο, basement",
            "0, ισόγειο, ground floor",
            "1, 1ος όροφος, 1st floor",
            "2, 2ος όροφος, 2nd floor",
            "3, 3ος όροφος, 3rd floor",
            "4, 4ος όροφος, 4th floor",
            "10, 10ος όροφος, 10th floor",
            "11, 11ος όροφος, 11th floor",
            "12, 12ος όροφος, 12th floor",
            "13, 13ος όροφος, 13th floor",
            "21, 21ος όροφος, 21st floor",
            "22, 22ος όροφος, 22nd floor",
            "23, 23ος όροφος, 23rd floor",
            "101, 101ος όροφος, 101st floor",
            "111, 111ος όροφος, 111th floor",
            "112, 112ος όροφος, 112th floor"})
    void writesFloorsAsOrdinals(int n, String greek, String english) {
        assertThat(Floors.floor(n, EL)).isEqualTo(greek);
        assertThat(Floors.floor(n, EN)).isEqualTo(english);
    }

    @ParameterizedTest
    @CsvSource({"2147483647, 2147483647th floor", "-2147483648, 2147483648th basement"})
    void survivesTheExtremes(int n, String english) {
        assertThat(Floors.floor(n, EN)).isEqualTo(english);
    }
}
