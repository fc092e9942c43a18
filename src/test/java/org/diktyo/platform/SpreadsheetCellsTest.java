package org.diktyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "=1+1|'=1+1", "+30 210|'+30 210", "+1+2+3+4+5+6|'+1+2+3+4+5+6", "+30 210 A1|'+30 210 A1",
            "+30 2100000000+cmd|'+30 2100000000+cmd", "+3021000000|+3021000000", "+30 210 000 0000|+30 210 000 0000",
            "+30 (210) 123-4567|+30 (210) 123-4567", "+44 20 7946 0958|+44 20 7946 0958", "-2|'-2", "@SUM(A1)|'@SUM(A1)", "Δήμος Αθηναίων|Δήμος Αθηναίων", "|"})
    void formulasAreNeutralisedAndPhoneNumbersKeptReadable(String value, String expected) {
        assertThat(SpreadsheetCells.safe(value)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a,b|\"a,b\"", "say \"x\"|\"say \"\"x\"\"\"", "=cmd,1|\"'=cmd,1\""})
    void csvFieldsAreQuotedWhenNeeded(String value, String expected) {
        assertThat(SpreadsheetCells.csv(value)).isEqualTo(expected);
    }
}
