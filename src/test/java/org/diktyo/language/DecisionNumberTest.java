package org.diktyo.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decision numbers and ΑΔΑ as people type them. */
class DecisionNumberTest {

    static final LocalDate JUNE_2024 = LocalDate.of(2024, 6, 5);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "123/2024|123/2024", "αρ. 123/2024|123/2024", "123 / 2024|123/2024", "Αριθ. 123|123/2024",
        "υπ' αριθ. 123/2024|123/2024", "υπ’ αριθμ. 45 /2024|", "123|123/2024", "  0123/2024 |123/2024", "Αρ.7|7/2024",
        "123/24|", "123/2023|", "0/2024|", "123-2024|", "abc|", "123/2024/1|"})
    void normalised(String typed, String expected) {
        assertThat(DecisionNumber.normalise(typed, JUNE_2024).number()).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "123/24|TWO_DIGIT_YEAR", "123/2023|YEAR_MISMATCH", "' '|REQUIRED", "abc|INVALID"})
    void reasons(String typed, DecisionNumber.Problem problem) {
        assertThat(DecisionNumber.normalise(typed, JUNE_2024).problem()).isEqualTo(problem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "6ΩΚΓ46ΜΤΛ6-ΘΒ5|6ΩΚΓ46ΜΤΛ6-ΘΒ5", "6ΩKΓ46MTΛ6-ΘB5|6ΩΚΓ46ΜΤΛ6-ΘΒ5", "6ωκγ46μτλ6-θβ5|6ΩΚΓ46ΜΤΛ6-ΘΒ5",
        "6ΏΚΓ46ΜΤΛ6 - ΘΒ5|6ΩΚΓ46ΜΤΛ6-ΘΒ5", "ΨΗ4Ζ46ΜΤΛΚ-Δ6Ε|ΨΗ4Ζ46ΜΤΛΚ-Δ6Ε", "6ΩΚΓ46ΜΤΛ6ΘΒ5|", "xyz|",
        "6ΩΚΓ46ΜΤΛ6-ΘΒ5Q|"})
    void ada(String typed, String expected) {
        assertThat(Ada.normalise(typed).orElse(null)).as(typed).isEqualTo(expected);
    }
}
