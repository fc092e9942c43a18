package org.diktyo.surveys.domain;

/** One choice, several choices, a scale from 1 to 5, a number, or free text. */
public enum QuestionKind {
    SINGLE, MULTI, SCALE, NUMBER, TEXT;

    public boolean choices() {
        return this == SINGLE || this == MULTI;
    }
}
