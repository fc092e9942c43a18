package org.diktyo.surveys.domain;

import org.diktyo.language.Athens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.diktyo.language.Bilingual;

/**
 * A needs survey: its title and introduction, who is asked, the first and last days of answering
 * (Europe/Athens, whole days), whether it is published, whether its results are shared with the
 * municipalities, and its questions.
 */
public record Survey(String id, Bilingual title, Bilingual intro, Audience audience, LocalDate opensOn,
        LocalDate closesOn, SurveyState state, boolean resultsShared, Instant createdAt, int version,
        List<Question> questions) {

    public static final ZoneId ATHENS = Athens.ZONE;

    public Survey {
        questions = List.copyOf(questions);
    }

    /** Where the survey stands at {@code now}. */
    public Phase phase(Instant now) {
        if (state == SurveyState.DRAFT) {
            return Phase.DRAFT;
        }
        LocalDate today = now.atZone(ATHENS).toLocalDate();
        if (today.isBefore(opensOn)) {
            return Phase.SCHEDULED;
        }
        return today.isAfter(closesOn) ? Phase.CLOSED : Phase.OPEN;
    }

    /** The end of the last day of answering. */
    public Instant closesAt() {
        return closesOn.plusDays(1).atStartOfDay(ATHENS).toInstant();
    }

    public Question question(int number) {
        return questions.stream().filter(q -> q.number() == number).findFirst().orElse(null);
    }

    Survey with(SurveyState newState, boolean shared) {
        return new Survey(id, title, intro, audience, opensOn, closesOn, newState, shared, createdAt, version, questions);
    }
}
