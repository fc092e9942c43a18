package org.diktyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "=1+1|'=1+1", "+30 210|'+30 210", "-2|'-2", "@SUM(A1)|'@SUM(A1)", "Δήμος Αθηναίων|Δήμος Αθηναίων", "|"})
    void formulasAreNeutralised(String value, String expected) {
        assertThat(SpreadsheetCells.safe(value)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a,b|\"a,b\"", "say \"x\"|\"say \"\"x\"\"\"", "=cmd,1|\"'=cmd,1\""})
    void csvFieldsAreQuotedWhenNeeded(String value, String expected) {
        assertThat(SpreadsheetCells.csv(value)).isEqualTo(expected);
    }
}
