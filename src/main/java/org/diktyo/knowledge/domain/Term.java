package org.diktyo.knowledge.domain;

import org.diktyo.language.Bilingual;

/** A term of a controlled vocabulary (a theme, a target group): its code and its label in both languages. */
public record Term(String code, String labelEl, String labelEn) {

    public Bilingual label() {
        return Bilingual.of(labelEl, labelEn);
    }
}
