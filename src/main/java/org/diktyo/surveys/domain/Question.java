package org.diktyo.surveys.domain;

import java.util.List;

import org.diktyo.language.Bilingual;

/** A question of a survey, numbered from 1 in order; its options (for choices) in both languages. */
public record Question(int number, QuestionKind kind, Bilingual text, List<Bilingual> options, boolean required) {

    public Question {
        options = List.copyOf(options);
    }
}
