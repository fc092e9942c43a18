package org.diktyo.surveys.domain;

import java.time.LocalDate;
import java.util.List;

/** A survey as the secretariat writes it: what the API's body and the admin form carry. */
public record SurveyDraft(String titleEl, String titleEn, String introEl, String introEn, Audience audience,
        LocalDate opensOn, LocalDate closesOn, List<QuestionDraft> questions) {

    /** A question as written: its options one per entry, in Greek and (as many, or none) in English. */
    public record QuestionDraft(QuestionKind kind, String textEl, String textEn, List<String> optionsEl,
            List<String> optionsEn, boolean required) {
    }
}
