package org.diktyo.drafting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.diktyo.drafting.Clause;
import org.diktyo.drafting.ClauseKind;
import org.diktyo.language.Bilingual;
import org.junit.jupiter.api.Test;

/** How a clause inserted after another is numbered at the freeze: the anchor's number and the next letter. */
class InsertedNumbersTest {

    @Test
    void anArticleInsertedAfterArticleThreeIsThreeAlphaAndTheNextThreeBeta() {
        Set<String> taken = new HashSet<>(Set.of("Άρθρο 3", "Άρθρο 4"));
        Bilingual first = InsertedNumbers.after(clause("Άρθρο 3", "Article 3"), ClauseKind.ARTICLE, taken);
        assertThat(first).isEqualTo(Bilingual.of("Άρθρο 3Α", "Article 3A"));
        taken.add(first.el());
        assertThat(InsertedNumbers.after(clause(first.el(), first.en()), ClauseKind.ARTICLE, taken))
                .isEqualTo(Bilingual.of("Άρθρο 3Β", "Article 3B"));
    }

    @Test
    void aParagraphInsertedAfterThreePointTwoTakesASmallLetter() {
        assertThat(InsertedNumbers.after(clause("3.2", "3.2"), ClauseKind.PARAGRAPH, Set.of("3.2")))
                .isEqualTo(Bilingual.of("3.2α", "3.2a"));
    }

    @Test
    void aLetterTakenByAnotherClauseIsSkippedAndTheSixthIsSigmaTau() {
        assertThat(InsertedNumbers.after(clause("Άξονας 2", "Axis 2"), ClauseKind.AXIS, Set.of("Άξονας 2Α")))
                .isEqualTo(Bilingual.of("Άξονας 2Β", "Axis 2B"));
        assertThat(InsertedNumbers.after(clause("Άρθρο 7Ε", "Article 7E"), ClauseKind.ARTICLE, Set.of()))
                .isEqualTo(Bilingual.of("Άρθρο 7ΣΤ", "Article 7F"));
    }

    @Test
    void afterTheUnnumberedPreambleTheInsertedClauseHasNoNumber() {
        assertThat(InsertedNumbers.after(clause("Προοίμιο", "Preamble"), ClauseKind.PREAMBLE, Set.of()))
                .isEqualTo(Bilingual.of("", ""));
    }

    private static Clause clause(String el, String en) {
        return new Clause("k", ClauseKind.ARTICLE, Bilingual.of(el, en), Bilingual.of("Τίτλος", "Title"),
                Bilingual.of("Κείμενο.", "Text."), null);
    }
}
