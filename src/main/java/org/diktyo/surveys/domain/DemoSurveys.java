package org.diktyo.surveys.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.diktyo.jobs.Jobs;
import org.diktyo.network.Addressees;
import org.diktyo.platform.ActingAs;
import org.diktyo.platform.Viewer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's surveys (from {@code surveys/demo.json}): the needs survey of 2026, closed in March
 * with the answers of most members and its results shared, and a survey open now, answered by a
 * few members but not by Athens. Written through the use cases as the secretariat, the answers
 * as they would stand; no mail queued. Created once.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "diktyo.demo.enabled", havingValue = "true")
class DemoSurveys implements ApplicationRunner {

    static final Viewer SECRETARIAT = new Viewer("secretariat@diktyo.example", "demo", "SECRETARIAT", null);

    record DemoSurvey(String stage, String titleEl, String titleEn, String introEl, String introEn, LocalDate opensOn,
            LocalDate closesOn, Integer openedDaysAgo, Integer closesInDays, int respondents,
            List<SurveyDraft.QuestionDraft> questions, List<String> texts) {
    }

    private final SurveyStore surveys;
    private final SurveyResponseStore responses;
    private final DraftSurveys draft;
    private final Audiences audiences;
    private final Jobs jobs;
    private final JsonMapper json;
    private final Clock clock;

    DemoSurveys(SurveyStore surveys, SurveyResponseStore responses, DraftSurveys draft, Audiences audiences, Jobs jobs,
            JsonMapper json, Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.draft = draft;
        this.audiences = audiences;
        this.jobs = jobs;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!surveys.all().isEmpty()) {
            return;
        }
        for (DemoSurvey d : read()) {
            ActingAs.run(SECRETARIAT, () -> {
                write(d);
                return null;
            });
        }
    }

    private void write(DemoSurvey d) {
        LocalDate today = LocalDate.now(clock.withZone(Survey.ATHENS));
        boolean closed = "CLOSED".equals(d.stage());
        LocalDate opens = closed ? d.opensOn() : today.minusDays(d.openedDaysAgo());
        LocalDate closes = closed ? d.closesOn() : today.plusDays(d.closesInDays());
        Survey s = draft.create(new SurveyDraft(d.titleEl(), d.titleEn(), d.introEl(), d.introEn(), Audience.MEMBERS,
                opens, closes, d.questions()));
        surveys.update(s.with(SurveyState.PUBLISHED, closed), false);
        if (!closed) {
            jobs.schedule(RemindMunicipalities.REMIND + ":" + s.id(), RemindMunicipalities.REMIND, s.id(),
                    s.closesAt().minus(java.time.Duration.ofDays(3)));
        }
        List<String> members = audiences.of(Audience.MEMBERS).stream().map(Addressees.Addressee::municipalityId)
                .filter(m -> closed || !"athens".equals(m)).limit(d.respondents()).toList();
        Instant base = closed ? opens.atStartOfDay(Survey.ATHENS).toInstant().plusSeconds(86_400L * 3) : clock.instant();
        for (int i = 0; i < members.size(); i++) {
            Instant at = closed ? base.plusSeconds(3_600L * 37 * i) : base.minusSeconds(3_600L * (i + 1));
            responses.save(s.id(), members.get(i), answers(s, d, i), at, members.get(i) + "@diktyo.example");
        }
    }

    /** The answers of the {@code i}-th respondent: varied but fixed, so that the results are the same on every start. */
    private static Map<Integer, String> answers(Survey s, DemoSurvey d, int i) {
        Map<Integer, String> answers = new TreeMap<>();
        for (Question q : s.questions()) {
            int n = q.options().size();
            switch (q.kind()) {
                case SINGLE -> answers.put(q.number(), String.valueOf((i * 7 / 3) % n));
                case MULTI -> answers.put(q.number(), i % n == (i * 3 + 1) % n ? String.valueOf(i % n)
                        : Math.min(i % n, (i * 3 + 1) % n) + "," + Math.max(i % n, (i * 3 + 1) % n));
                case SCALE -> answers.put(q.number(), String.valueOf(1 + (i * 3 + i / 4) % 5));
                case NUMBER -> answers.put(q.number(), String.valueOf(2 + (i * 5) % 9));
                case TEXT -> {
                    if (i < d.texts().size()) {
                        answers.put(q.number(), d.texts().get(i));
                    }
                }
            }
        }
        return answers;
    }

    private List<DemoSurvey> read() {
        try (InputStream in = new ClassPathResource("surveys/demo.json").getInputStream()) {
            return List.of(json.readValue(in, DemoSurvey[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
