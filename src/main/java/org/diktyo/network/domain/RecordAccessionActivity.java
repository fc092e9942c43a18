package org.diktyo.network.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;

import org.diktyo.network.AccessionActivityKind;
import org.diktyo.platform.Checks;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat adds an entry to a case's timeline (a call, a letter, a document received, a
 * note, a follow-up with its due day) or marks a follow-up done. A stage is moved by
 * {@link AdvanceAccessionCase}, not written as an entry. Nothing is written when refused.
 */
@Service
public class RecordAccessionActivity {

    private final AccessionAccess access;
    private final AccessionTimeline timeline;
    private final DeriveMembership derive;
    private final Validator validator;

    RecordAccessionActivity(AccessionAccess access, AccessionTimeline timeline, DeriveMembership derive,
            Validator validator) {
        this.access = access;
        this.timeline = timeline;
        this.derive = derive;
        this.validator = validator;
    }

    @Transactional
    public AccessionActivity record(String caseId, AccessionNote form) {
        AccessionCase c = access.writable(caseId);
        Checks.validate(validator, form);
        List<Problem.FieldProblem> problems = new ArrayList<>();
        AccessionAccess.past(problems, "on", form.on(), derive.today());
        if (form.kind() == AccessionActivityKind.STAGE_CHANGED) {
            problems.add(new Problem.FieldProblem("kind", "network.accession.kind.stage"));
        }
        AccessionAccess.refuse(problems);
        LocalDate on = form.on() != null ? form.on() : derive.today();
        return timeline.record(c, new AccessionTimeline.Entry(form.kind(), on, form.text().trim(), null, form.dueOn(),
                form.forSecretariatOnly(), null, null, null), access.viewer().email());
    }

    /** Marks a follow-up done on {@code doneOn} (today if null). */
    @Transactional
    public AccessionActivity done(String caseId, String activityId, LocalDate doneOn) {
        AccessionCase c = access.writable(caseId);
        List<Problem.FieldProblem> problems = new ArrayList<>();
        org.diktyo.platform.PlausibleDates.require("doneOn", doneOn);
        AccessionAccess.past(problems, "doneOn", doneOn, derive.today());
        AccessionAccess.refuse(problems);
        AccessionActivity a = timeline.find(activityId).filter(x -> x.caseId().equals(c.id())).orElseThrow(Problem::notFound);
        if (a.dueOn() == null) {
            throw new Problem(HttpStatus.CONFLICT, "network.accession.notAFollowUp");
        }
        timeline.plan(a.id(), a.text(), a.dueOn(), doneOn != null ? doneOn : derive.today());
        return timeline.find(a.id()).orElseThrow();
    }
}
