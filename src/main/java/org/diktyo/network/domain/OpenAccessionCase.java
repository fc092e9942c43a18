package org.diktyo.network.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Validator;

import org.diktyo.network.AccessionActivityKind;
import org.diktyo.network.MembershipStatus;
import org.diktyo.platform.Checks;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat opens an accession case for a municipality: one open case at a time (a second
 * is refused with a link to the first), none for a member; the municipality's row is locked while
 * it is checked, and a unique index holds the rule across instances. Nothing is written when
 * refused. A case opened at CANDIDATE or beyond makes the municipality a candidate.
 */
@Service
public class OpenAccessionCase {

    private final AccessionStore cases;
    private final AccessionTimeline timeline;
    private final MembershipStore membership;
    private final DeriveMembership derive;
    private final AccessionAccess access;
    private final Validator validator;

    OpenAccessionCase(AccessionStore cases, AccessionTimeline timeline, MembershipStore membership, DeriveMembership derive,
            AccessionAccess access, Validator validator) {
        this.cases = cases;
        this.timeline = timeline;
        this.membership = membership;
        this.derive = derive;
        this.access = access;
        this.validator = validator;
    }

    @Transactional
    public AccessionCase open(AccessionOpening form) {
        Viewer viewer = access.secretariat();
        Checks.validate(validator, form);
        LocalDate today = derive.today();
        List<Problem.FieldProblem> problems = new ArrayList<>();
        AccessionAccess.past(problems, "openedOn", form.openedOn(), today);
        if (form.stage() != null && (form.stage().closes() || form.stage() == AccessionStage.ON_HOLD)) {
            problems.add(new Problem.FieldProblem("stage", "network.accession.stage.notOpening"));
        }
        AccessionAccess.refuse(problems);
        MembershipStore.Row m = membership.lock(form.municipalityId().trim()).orElseThrow(() -> Problem.invalid(
                List.of(new Problem.FieldProblem("municipalityId", "network.accession.municipality.unknown"))));
        return open(m, form, today, viewer.email());
    }

    /** Opens the case with the municipality's row locked (also for a confirmed request to join). */
    AccessionCase open(MembershipStore.Row m, AccessionOpening form, LocalDate today, String actor) {
        cases.openFor(m.id()).ifPresent(c -> {
            throw new Problem(HttpStatus.CONFLICT, "network.accession.alreadyOpen", "/admin/accession/" + c.id());
        });
        if (m.status() == MembershipStatus.MEMBER) {
            throw new Problem(HttpStatus.CONFLICT, "network.accession.member");
        }
        LocalDate opened = form.openedOn() != null ? form.openedOn() : today;
        AccessionStage stage = form.stage() != null ? form.stage() : AccessionStage.IDENTIFIED;
        AccessionCase c = new AccessionCase(UUID.randomUUID().toString(), m.id(), stage, null, opened, blank(form.ownerEmail()),
                form.source(), blank(form.nextAction()), form.nextActionOn(), opened, null, opened, 0);
        cases.insert(c);
        timeline.record(c, new AccessionTimeline.Entry(AccessionActivityKind.STAGE_CHANGED, opened, null, ">" + stage.name(),
                null, false, null, null, null), actor);
        if (stage.candidate()) {
            derive.apply(m.id(), DeriveMembership.Cause.rule(actor));
        }
        return cases.find(c.id()).orElseThrow();
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
