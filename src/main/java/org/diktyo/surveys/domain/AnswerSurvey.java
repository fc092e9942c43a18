package org.diktyo.surveys.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.language.DatePhrases;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality answers a survey — its focal point, the holder of its personal link, or the
 * secretariat on its behalf — once, as one response that it may change until the close; after
 * it, or before the opening, a 409 naming the dates. Another municipality's focal point is told
 * there is no such response (404); a partner reads but does not answer.
 */
@Service
public class AnswerSurvey {

    private final SurveyStore surveys;
    private final SurveyResponseStore responses;
    private final Audiences audiences;
    private final ViewerResolver viewers;
    private final Clock clock;

    AnswerSurvey(SurveyStore surveys, SurveyResponseStore responses, Audiences audiences, ViewerResolver viewers, Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.audiences = audiences;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** Stores the municipality's answers in place of any it gave before; the values by question number. */
    @Transactional
    public Response answer(String surveyId, String municipalityId, Map<Integer, List<String>> given) {
        Viewer viewer = viewers.current();
        Who.answersFor(viewer, municipalityId, true);
        Survey s = visible(surveyId);
        audiences.require(s.audience(), municipalityId);
        open(s);
        if (given == null) {
            throw Problem.invalid(List.of(new Problem.FieldProblem("answers", "surveys.field.required")));
        }
        Map<Integer, String> answers = Answers.read(s, given);
        responses.save(surveyId, municipalityId, answers, clock.instant(), viewer.email());
        return responses.find(surveyId, municipalityId).orElseThrow();
    }

    /** The municipality's response, or empty when it has not answered; the same rules as answering, for reading. */
    @Transactional(readOnly = true)
    public java.util.Optional<Response> response(String surveyId, String municipalityId) {
        Who.answersFor(viewers.current(), municipalityId, false);
        Survey s = visible(surveyId);
        if (!audiences.includes(s.audience(), municipalityId) && responses.find(surveyId, municipalityId).isEmpty()) {
            throw Problem.notFound();
        }
        return responses.find(surveyId, municipalityId);
    }

    /** A published survey; a draft is not found by anyone but the secretariat. */
    private Survey visible(String surveyId) {
        Survey s = surveys.get(surveyId);
        if (s.state() == SurveyState.DRAFT && !viewers.current().secretariat()) {
            throw Problem.notFound();
        }
        return s;
    }

    /** Open now: else a 409 naming the close (in Greek and English) or the opening. */
    void open(Survey s) {
        Instant now = clock.instant();
        switch (s.phase(now)) {
            case OPEN -> {
            }
            case CLOSED -> throw new Problem(HttpStatus.CONFLICT, "surveys.answer.closed",
                    DatePhrases.afterPreposition(s.closesOn(), SurveyMails.GREEK),
                    DatePhrases.afterPreposition(s.closesOn(), Locale.ENGLISH));
            case SCHEDULED -> throw new Problem(HttpStatus.CONFLICT, "surveys.answer.notYet",
                    DatePhrases.afterPreposition(s.opensOn(), SurveyMails.GREEK),
                    DatePhrases.afterPreposition(s.opensOn(), Locale.ENGLISH));
            case DRAFT -> throw new Problem(HttpStatus.CONFLICT, "surveys.state.DRAFT");
        }
    }
}
