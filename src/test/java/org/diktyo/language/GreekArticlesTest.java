package org.diktyo.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GreekArticlesTest {

    @ParameterizedTest(name = "την {0}")
    @ValueSource(strings = {
            "Αθήνα", "ώρα", "Ύδρα", "ιδέα", "Ένταξη", "ΕΝΤΑΞΗ", "ομάδα", "ευκαιρία", "ημέρα", // vowels, accented or not
            "Κοζάνη", "Πάτρα", "Τρίπολη", "ξενάγηση", "ψήφο", // κ π τ ξ ψ
            "γκαζόζα", "μπάλα", "ντομάτα", "τσάντα", "τζαμαρία", // γκ μπ ντ τσ τζ
            "Πέμπτη", "Παρασκευή", "Κυριακή", "Τρίτη", "Τετάρτη"})
    void keepsTheNuBeforeAVowelAndBeforeKPTXPsAndTheDigraphs(String word) {
        assertThat(GreekArticles.keepsFinalNu(word)).isTrue();
        assertThat(GreekArticles.feminineAccusative(word)).isEqualTo("την");
    }

    @ParameterizedTest(name = "τη {0}")
    @ValueSource(strings = {
            "Θεσσαλονίκη", "Λάρισα", "γυναίκα", "Δευτέρα", "ΘΕΣΣΑΛΟΝΙΚΗ", "βάση", "γλώσσα", "δράση", "ζωή",
            "μητέρα", "Μυτιλήνη", "νίκη", "ρύθμιση", "σχολή", "φωνή", "χώρα", "γνώμη", "μνήμη", "σπίτι"})
    void dropsTheNuBeforeAnyOtherConsonant(String word) {
        assertThat(GreekArticles.keepsFinalNu(word)).isFalse();
        assertThat(GreekArticles.feminineAccusative(word)).isEqualTo("τη");
    }

    @ParameterizedTest
    @CsvSource({
            "«Αθήνα», την",
            "(Θεσσαλονίκη), τη",
            "'  Λάρισα και Βόλος', τη",
            "Δευτέρα 17 Ιουνίου 2024, τη",
            "Τρίτη 11 Ιουνίου 2024, την"})
    void looksOnlyAtTheFirstLetterOfWhatFollows(String next, String article) {
        assertThat(GreekArticles.feminineAccusative(next)).isEqualTo(article);
    }

    /** The rule cannot tell how «2η» or «UNHCR» is read; the full form is never a spelling error. */
    @ParameterizedTest
    @ValueSource(strings = {"2η", "UNHCR", "", " ", "«»"})
    void keepsTheFullFormWhereTheNextWordIsNotGreek(String next) {
        assertThat(GreekArticles.feminineAccusative(next)).isEqualTo("την");
    }

    @ParameterizedTest
    @CsvSource({"τη, στη", "την, στην", "το, στο", "τον, στον", "τις, στις", "τους, στους", "τα, στα"})
    void joinsTheArticleWithSe(String article, String joined) {
        assertThat(GreekArticles.withSe(article)).isEqualTo(joined);
    }

    @ParameterizedTest
    @ValueSource(strings = {"η", "ο", "της", "στη", ""})
    void refusesWhatIsNotAnAccusativeArticle(String notAnArticle) {
        assertThatIllegalArgumentException().isThrownBy(() -> GreekArticles.withSe(notAnArticle));
    }
}
