package org.diktyo.surveys.domain;

import java.time.Instant;
import java.util.Map;

/**
 * A municipality's response: its answers by question number (the chosen options' numbers from 0
 * separated by commas, the scale, the number or the text), when it was first given and last
 * changed, and by whom.
 */
public record Response(String surveyId, String municipalityId, Map<Integer, String> answers, Instant firstAt,
        Instant submittedAt, String submittedBy, int changes) {

    public Response {
        answers = Map.copyOf(answers);
    }

    /** The options' numbers chosen in answer to a choice question (none when not answered). */
    public java.util.List<Integer> choices(int question) {
        return Answers.chosen(answers.get(question));
    }
}
