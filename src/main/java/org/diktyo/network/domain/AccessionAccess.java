package org.diktyo.network.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.stereotype.Component;

/**
 * Who may see and change accession cases: the secretariat all of them; a focal point its own
 * municipality's (another's is a 404, as if it did not exist); a partner the funnel's counts only
 * (403); the public nothing (401). And the rule for the days of the network's business: not
 * before 2018, when the network began, and not in the future.
 */
@Component
public class AccessionAccess {

    static final LocalDate NETWORK_BEGAN = LocalDate.of(2018, 1, 1);

    private final ViewerResolver viewers;
    private final AccessionStore cases;

    AccessionAccess(ViewerResolver viewers, AccessionStore cases) {
        this.viewers = viewers;
        this.cases = cases;
    }

    public Viewer viewer() {
        return viewers.current();
    }

    /** The secretariat, or 401/403. */
    public Viewer secretariat() {
        Viewer v = viewers.current();
        if (!v.secretariat()) {
            throw v.signedIn() ? Problem.forbidden() : Problem.unauthorized();
        }
        return v;
    }

    /** The case, if the viewer may read it: 401 for the public, 403 for a partner, 404 for anyone else's. */
    public AccessionCase readable(String id) {
        Viewer v = viewers.current();
        if (!v.signedIn()) {
            throw Problem.unauthorized();
        }
        if (v.partner()) {
            throw Problem.forbidden();
        }
        AccessionCase c = cases.find(id).orElseThrow(Problem::notFound);
        if (!v.secretariat() && !v.focalPointOf(c.municipalityId())) {
            throw Problem.notFound();
        }
        return c;
    }

    /** The case, to change it: the secretariat only (its own focal point reads it, 403; anyone else 404). */
    public AccessionCase writable(String id) {
        AccessionCase c = readable(id);
        if (!viewers.current().secretariat()) {
            throw Problem.forbidden();
        }
        return c;
    }

    /** Adds a problem for {@code field} if the day is before 2018 or after {@code today}. */
    public static void past(List<Problem.FieldProblem> problems, String field, LocalDate day, LocalDate today) {
        if (day != null && day.isBefore(NETWORK_BEGAN)) {
            problems.add(new Problem.FieldProblem(field, "network.accession.date.beforeNetwork"));
        } else if (day != null && day.isAfter(today)) {
            problems.add(new Problem.FieldProblem(field, "network.accession.date.future"));
        }
    }

    public static void refuse(List<Problem.FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw Problem.invalid(new ArrayList<>(problems));
        }
    }
}
