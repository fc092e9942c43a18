package org.diktyo.surveys.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.diktyo.jobs.Jobs;
import org.diktyo.language.Bilingual;
import org.diktyo.network.Addressees;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat writes a survey (a draft), changes it until the first response arrives (then
 * its questions are frozen), publishes it — each municipality asked is mailed a personal link and
 * one reminder is scheduled three days before the close — and shares its results once closed.
 */
@Service
public class DraftSurveys {

    private final SurveyStore surveys;
    private final SurveyResponseStore responses;
    private final Audiences audiences;
    private final SurveyMails mails;
    private final Jobs jobs;
    private final ViewerResolver viewers;
    private final Clock clock;

    DraftSurveys(SurveyStore surveys, SurveyResponseStore responses, Audiences audiences, SurveyMails mails, Jobs jobs,
            ViewerResolver viewers, Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.audiences = audiences;
        this.mails = mails;
        this.jobs = jobs;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** A 401 or 403 unless the viewer is the secretariat: for a form to ask before it reads what was typed. */
    public void allowed() {
        Who.secretariat(viewers.current());
    }

    @Transactional
    public Survey create(SurveyDraft d) {
        Who.secretariat(viewers.current());
        SurveyCheck.survey(d);
        Survey s = new Survey(UUID.randomUUID().toString(), title(d), intro(d),
                d.audience() == null ? Audience.MEMBERS : d.audience(), d.opensOn(), d.closesOn(), SurveyState.DRAFT,
                false, clock.instant(), 0, questions(d));
        surveys.insert(s);
        return surveys.get(s.id());
    }

    /** Replaces the survey's fields and questions, until the first response. */
    @Transactional
    public Survey update(String id, SurveyDraft d) {
        Who.secretariat(viewers.current());
        Survey s = changeable(id);
        SurveyCheck.survey(d);
        surveys.update(new Survey(s.id(), title(d), intro(d), d.audience() == null ? s.audience() : d.audience(),
                d.opensOn(), d.closesOn(), s.state(), s.resultsShared(), s.createdAt(), s.version(),
                d.questions() == null ? s.questions() : questions(d)), true);
        return surveys.get(id);
    }

    @Transactional
    public Survey addQuestion(String id, SurveyDraft.QuestionDraft q) {
        Who.secretariat(viewers.current());
        Survey s = changeable(id);
        List<Problem.FieldProblem> faults = SurveyCheck.question("", q);
        if (!faults.isEmpty()) {
            throw Problem.invalid(faults);
        }
        if (s.questions().size() >= SurveyCheck.MAX_QUESTIONS) {
            throw new Problem(HttpStatus.CONFLICT, "surveys.field.questions");
        }
        List<Question> all = new ArrayList<>(s.questions());
        all.add(SurveyCheck.toQuestion(all.size() + 1, q));
        return replace(s, all);
    }

    @Transactional
    public Survey removeQuestion(String id, int number) {
        Who.secretariat(viewers.current());
        Survey s = changeable(id);
        List<Question> kept = new ArrayList<>();
        for (Question q : s.questions()) {
            if (q.number() != number) {
                kept.add(new Question(kept.size() + 1, q.kind(), q.text(), q.options(), q.required()));
            }
        }
        return replace(s, kept);
    }

    /** Publishes a draft with questions and a close not past: mails each municipality asked its link. */
    @Transactional
    public Survey publish(String id) {
        Who.secretariat(viewers.current());
        Survey s = surveys.get(id);
        if (s.state() != SurveyState.DRAFT) {
            throw new Problem(HttpStatus.CONFLICT, "surveys.publish.done");
        }
        if (s.questions().isEmpty()) {
            throw new Problem(HttpStatus.CONFLICT, "surveys.publish.noQuestions");
        }
        Instant now = clock.instant();
        if (!now.isBefore(s.closesAt())) {
            throw new Problem(HttpStatus.CONFLICT, "surveys.publish.past");
        }
        surveys.update(s.with(SurveyState.PUBLISHED, false), false);
        Survey published = surveys.get(id);
        for (Addressees.Addressee m : audiences.of(s.audience())) {
            mails.send(published, m, "invite");
        }
        Instant opens = s.opensOn().atStartOfDay(Survey.ATHENS).toInstant();
        Instant remind = s.closesAt().minus(Duration.ofDays(3));
        Instant start = opens.isAfter(now) ? opens : now;
        if (!remind.isAfter(start)) {
            remind = start.plus(Duration.between(start, s.closesAt()).dividedBy(2));
        }
        jobs.schedule(RemindMunicipalities.REMIND + ":" + id, RemindMunicipalities.REMIND, id, remind);
        return published;
    }

    /** Shares a closed survey's results with the municipalities (counts, never free text). */
    @Transactional
    public Survey share(String id) {
        Who.secretariat(viewers.current());
        Survey s = surveys.get(id);
        if (s.phase(clock.instant()) != Phase.CLOSED) {
            throw new Problem(HttpStatus.CONFLICT, "surveys.state." + s.phase(clock.instant()).name());
        }
        if (!s.resultsShared()) {
            surveys.update(s.with(s.state(), true), false);
        }
        return surveys.get(id);
    }

    private Survey changeable(String id) {
        Survey s = surveys.get(id);
        if (responses.count(id) > 0) {
            throw new Problem(HttpStatus.CONFLICT, "surveys.frozen");
        }
        return s;
    }

    private Survey replace(Survey s, List<Question> questions) {
        surveys.update(new Survey(s.id(), s.title(), s.intro(), s.audience(), s.opensOn(), s.closesOn(), s.state(),
                s.resultsShared(), s.createdAt(), s.version(), questions), true);
        return surveys.get(s.id());
    }

    private static Bilingual title(SurveyDraft d) {
        return Bilingual.of(d.titleEl().strip(), SurveyCheck.plain(d.titleEn()));
    }

    private static Bilingual intro(SurveyDraft d) {
        return Bilingual.of(SurveyCheck.plain(d.introEl()), SurveyCheck.plain(d.introEn()));
    }

    private static List<Question> questions(SurveyDraft d) {
        List<Question> all = new ArrayList<>();
        if (d.questions() != null) {
            for (SurveyDraft.QuestionDraft q : d.questions()) {
                all.add(SurveyCheck.toQuestion(all.size() + 1, q));
            }
        }
        return all;
    }
}
