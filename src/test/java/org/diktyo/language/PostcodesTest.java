package org.diktyo.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodesTest {

    /** "105 52 Αθήνα". */
    @ParameterizedTest
    @ValueSource(strings = {"10552", "105 52", " 10552 ", "1 0 5 5 2", "105\u00A052", "105\t52"})
    void writesThePostcodeInTwoGroups(String text) {
        assertThat(Postcodes.isValid(text)).isTrue();
        assertThat(Postcodes.format(text)).isEqualTo("105 52");
    }

    @Test
    void writesOtherPostcodes() {
        assertThat(Postcodes.format("54625")).isEqualTo("546 25");
        assertThat(Postcodes.format("45221")).isEqualTo("452 21");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "1055", "105522", "105-52", "ΤΚ 10552", "abcde", "١٠٥٥٢"})
    void refusesWhatIsNotFiveDigits(String text) {
        assertThat(Postcodes.isValid(text)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Postcodes.format(text));
    }
}
