package org.diktyo.network.domain;

import jakarta.validation.Validator;

import org.diktyo.platform.Checks;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat sets a case's owner and its next action with its day. */
@Service
public class PlanAccessionCase {

    private final AccessionAccess access;
    private final AccessionStore cases;
    private final Validator validator;

    PlanAccessionCase(AccessionAccess access, AccessionStore cases, Validator validator) {
        this.access = access;
        this.cases = cases;
        this.validator = validator;
    }

    @Transactional
    public AccessionCase plan(String id, AccessionPlan form) {
        AccessionCase c = access.writable(id);
        Checks.validate(validator, form);
        if (!c.open()) {
            throw new Problem(HttpStatus.CONFLICT, "network.accession.closed");
        }
        cases.plan(id, OpenAccessionCase.blank(form.ownerEmail()), OpenAccessionCase.blank(form.nextAction()),
                form.nextActionOn());
        return cases.find(id).orElseThrow();
    }
}
