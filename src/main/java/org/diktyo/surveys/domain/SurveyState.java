package org.diktyo.surveys.domain;

/** A survey is written as a draft and then published; when it takes answers follows from its dates ({@link Phase}). */
public enum SurveyState {
    DRAFT, PUBLISHED
}
