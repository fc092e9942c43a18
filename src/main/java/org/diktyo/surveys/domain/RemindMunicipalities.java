package org.diktyo.surveys.domain;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

import org.diktyo.jobs.Job;
import org.diktyo.jobs.JobHandler;
import org.diktyo.network.Addressees;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder of a survey ({@code SURVEYS_REMIND:<id>}, scheduled when it is published, three
 * days before the close): each municipality asked that has not answered is mailed once, with a
 * new link. Run by the jobs module once across instances; the reminders sent are recorded, so a
 * municipality is never reminded twice.
 */
@Component
class RemindMunicipalities implements JobHandler {

    static final String REMIND = "SURVEYS_REMIND";

    private final SurveyStore surveys;
    private final SurveyResponseStore responses;
    private final Audiences audiences;
    private final SurveyMails mails;
    private final Clock clock;

    RemindMunicipalities(SurveyStore surveys, SurveyResponseStore responses, Audiences audiences, SurveyMails mails, Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.audiences = audiences;
        this.mails = mails;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return REMIND;
    }

    @Override
    @Transactional
    public String run(Job job) {
        Survey s = surveys.find(job.subject()).orElse(null);
        if (s == null || s.phase(clock.instant()) != Phase.OPEN) {
            return "0";
        }
        Set<String> answered = responses.of(s.id()).stream().map(Response::municipalityId).collect(Collectors.toSet());
        int sent = 0;
        for (Addressees.Addressee m : audiences.of(s.audience())) {
            if (!answered.contains(m.municipalityId()) && responses.remind(s.id(), m.municipalityId(), clock.instant())
                    && mails.send(s, m, "remind")) {
                sent++;
            }
        }
        return String.valueOf(sent);
    }
}
