package org.diktyo.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GreekTextTest {

    @ParameterizedTest
    @CsvSource({
            "Πρόσκληση, ΠΡΟΣΚΛΗΣΗ",
            "Μαΐου, ΜΑΪΟΥ",
            "Ένταξη, ΕΝΤΑΞΗ",
            "άλμα έτος ήλιος ίδιο όλα ύλη ώρα, ΑΛΜΑ ΕΤΟΣ ΗΛΙΟΣ ΙΔΙΟ ΟΛΑ ΥΛΗ ΩΡΑ",
            "Ευρωπαΐκός, ΕΥΡΩΠΑΪΚΟΣ",
            "άι, ΑΪ",
            "ΐΰ, ΪΫ",
            "ή, Ή",
            "Αθήνα ή Θεσσαλονίκη, ΑΘΗΝΑ Ή ΘΕΣΣΑΛΟΝΙΚΗ",
            "Δήμος Αθηναίων, ΔΗΜΟΣ ΑΘΗΝΑΙΩΝ"})
    /** The disjunctive «ή» ("or") standing alone keeps its tonos in capitals, as Greek spelling wants. */
    void capitalsCarryNoTonosButKeepTheDialytika(String text, String upper) {
        assertThat(GreekText.upper(text)).isEqualTo(upper);
    }

    /**
     * Each accented vowel alone, lower and upper case, and in words. A word that is only «ή» or
     * «Ή» is the disjunctive and keeps its tonos (ICU's Greek rule, as Greek spelling wants).
     */
    @ParameterizedTest
    @CsvSource({"ά, Α", "έ, Ε", "ή, Ή", "ί, Ι", "ό, Ο", "ύ, Υ", "ώ, Ω", "ΐ, Ϊ", "ΰ, Ϋ", "ϊ, Ϊ", "ϋ, Ϋ",
            "Ά, Α", "Έ, Ε", "Ή, Ή", "Ί, Ι", "Ό, Ο", "Ύ, Υ", "Ώ, Ω", "Άλλα Έτσι Ήλιος Ίσως, ΑΛΛΑ ΕΤΣΙ ΗΛΙΟΣ ΙΣΩΣ",
            "άλλα έτσι ίσως όχι ύπνος ώρα, ΑΛΛΑ ΕΤΣΙ ΙΣΩΣ ΟΧΙ ΥΠΝΟΣ ΩΡΑ", "Αθηναΐς, ΑΘΗΝΑΪΣ", "ήλιος, ΗΛΙΟΣ", "Μαΐου ή Ιουνίου, ΜΑΪΟΥ Ή ΙΟΥΝΙΟΥ", "πρωτεύουσα, ΠΡΩΤΕΥΟΥΣΑ"})
    void everyAccentedVowelLosesItsTonosInCapitals(String text, String upper) {
        assertThat(GreekText.upper(text)).isEqualTo(upper);
    }

    @Test
    void javasOwnUpperCaseIsWrongWhichIsWhyWeUseIcu() {
        assertThat("Πρόσκληση".toUpperCase(Locale.forLanguageTag("el"))).isNotEqualTo(GreekText.upper("Πρόσκληση"));
    }

    @ParameterizedTest
    @CsvSource({"Ένταξη", "ΕΝΤΑΞΗ", "ενταξη", "ένταξη"})
    void searchIgnoresAccentsAndCase(String query) {
        assertThat(GreekText.searchKey("Ένταξη")).contains(GreekText.searchKey(query));
    }

    @Test
    void searchIgnoresFinalSigmaAndDialytika() {
        assertThat(GreekText.searchKey("Ένταξης")).isEqualTo("ενταξησ");
        assertThat(GreekText.searchKey("ΕΝΤΑΞΗΣ")).isEqualTo("ενταξησ");
        assertThat(GreekText.searchKey("Μαΐου")).isEqualTo("μαιου");
        assertThat(GreekText.searchKey("  Νέας   Ιωνίας ")).isEqualTo("νεασ ιωνιασ");
    }

    @Test
    void greekCollationPutsAccentsAndCaseSecond() {
        List<String> names = new ArrayList<>(List.of("Ωρωπού", "Άργους", "αγίου Δημητρίου", "Έδεσσας", "Αθηναίων",
                "Βόλου", "Ηρακλείου", "Ζωγράφου"));
        names.sort(GreekText.greekCollator());
        assertThat(names).containsExactly("αγίου Δημητρίου", "Αθηναίων", "Άργους", "Βόλου", "Έδεσσας", "Ζωγράφου",
                "Ηρακλείου", "Ωρωπού");
    }
}
