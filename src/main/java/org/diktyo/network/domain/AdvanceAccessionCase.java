package org.diktyo.network.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;

import org.diktyo.network.MembershipStatus;
import org.diktyo.platform.Checks;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat moves a case forward, back, skipping stages, on hold and back, or closes it,
 * always with a reason (an entry STAGE_CHANGED). ADMITTED needs the derived status MEMBER (a
 * verified adoption of the memorandum, or an override): otherwise 409 with the reason. A closed
 * case does not move. The municipality's status is derived again (CANDIDATE from the stage).
 */
@Service
public class AdvanceAccessionCase {

    private final AccessionAccess access;
    private final AccessionTimeline timeline;
    private final MembershipStore membership;
    private final DeriveMembership derive;
    private final AccessionStore cases;
    private final Validator validator;

    AdvanceAccessionCase(AccessionAccess access, AccessionTimeline timeline, MembershipStore membership,
            DeriveMembership derive, AccessionStore cases, Validator validator) {
        this.access = access;
        this.timeline = timeline;
        this.membership = membership;
        this.derive = derive;
        this.cases = cases;
        this.validator = validator;
    }

    @Transactional
    public AccessionCase advance(String id, AccessionAdvance form) {
        AccessionCase c = access.writable(id);
        Viewer viewer = access.viewer();
        Checks.validate(validator, form);
        LocalDate today = derive.today();
        List<Problem.FieldProblem> problems = new ArrayList<>();
        AccessionAccess.past(problems, "effectiveOn", form.effectiveOn(), today);
        LocalDate on = form.effectiveOn() != null ? form.effectiveOn() : today;
        if (on.isBefore(c.stageSince())) {
            problems.add(new Problem.FieldProblem("effectiveOn", "network.accession.date.beforeStage"));
        }
        AccessionAccess.refuse(problems);
        membership.lock(c.municipalityId()).orElseThrow(Problem::notFound);
        c = cases.find(id).orElseThrow(Problem::notFound);
        if (!c.open()) {
            throw new Problem(HttpStatus.CONFLICT, "network.accession.closed");
        }
        if (form.to() == c.stage()) {
            throw new Problem(HttpStatus.CONFLICT, "network.accession.sameStage");
        }
        if (form.to() == AccessionStage.ON_HOLD && c.stage() == AccessionStage.ON_HOLD) {
            throw new Problem(HttpStatus.CONFLICT, "network.accession.sameStage");
        }
        if (form.to() == AccessionStage.ADMITTED && derive.standing(c.municipalityId()).status() != MembershipStatus.MEMBER) {
            throw new Problem(HttpStatus.CONFLICT, "network.accession.admitWithoutAdoption");
        }
        timeline.stage(c, form.to(), on, form.reason().trim(), viewer.email());
        derive.apply(c.municipalityId(), new DeriveMembership.Cause(null, "/admin/accession/" + c.id(), viewer.email(), on));
        return cases.find(id).orElseThrow();
    }
}
