package org.diktyo.positions.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.diktyo.jobs.Jobs;
import org.diktyo.network.Addressees;
import org.diktyo.platform.ActingAs;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat opens a frozen position for signature until the end of a date (Athens), by
 * members or also candidates, with a minimum of signatories (half the members by default): each
 * eligible municipality is mailed a personal link, the close is scheduled as a job
 * ({@code POSITIONS_CLOSE:<id>}) and one reminder three days before it
 * ({@code POSITIONS_REMIND:<id>:3}). The position closes at that time, or earlier by hand.
 */
@Service
public class OpenSignature {

    public static final String CLOSE = "POSITIONS_CLOSE";
    static final Viewer SYSTEM = new Viewer("system:positions", null, "SECRETARIAT", null);

    private final PositionStore positions;
    private final Eligibility eligibility;
    private final SignatureMails mails;
    private final Jobs jobs;
    private final ViewerResolver viewers;
    private final Clock clock;

    OpenSignature(PositionStore positions, Eligibility eligibility, SignatureMails mails, Jobs jobs,
            ViewerResolver viewers, Clock clock) {
        this.positions = positions;
        this.eligibility = eligibility;
        this.mails = mails;
        this.jobs = jobs;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** What was opened, and the municipalities that could not be mailed for want of an address. */
    public record Opened(Position position, List<String> withoutAddress) {
    }

    @Transactional
    public Opened open(String id, LocalDate closesOn, Integer minSignatories, OpenTo openTo) {
        Who.secretariat(viewers.current());
        Checks checks = new Checks();
        checks.date("closesOn", closesOn, true);
        if (minSignatories != null && (minSignatories < 1 || minSignatories > 1000)) {
            checks.problem("minSignatories", "positions.minSignatories.range");
        }
        checks.done();
        LocalDate today = LocalDate.now(clock.withZone(DraftPositions.ATHENS));
        if (closesOn.isBefore(today)) {
            throw Problem.invalid(List.of(new Problem.FieldProblem("closesOn", "positions.date.past")));
        }
        Position p = positions.get(id);
        if (p.state() != PositionState.FROZEN) {
            throw new Problem(HttpStatus.CONFLICT, "positions.state", p.state().name());
        }
        OpenTo to = openTo == null ? p.openTo() : openTo;
        Instant now = Instant.now(clock);
        Instant closes = closesOn.plusDays(1).atStartOfDay(DraftPositions.ATHENS).toInstant();
        int min = minSignatories != null ? minSignatories
                : p.minSignatories() != null ? p.minSignatories() : Math.max(1, eligibility.half());
        Position opened = new Position(p.id(), p.title(), p.subject(), p.textId(), PositionState.OPEN_FOR_SIGNATURE, to,
                p.signatoryOrder(), p.relatedAxes(), p.relatedEntries(), p.consultationClosesOn(), now, closes, closesOn,
                min, p.textHash(), null, null, null, p.createdAt(), p.version(), p.partnersMayEndorse());
        positions.update(opened);
        jobs.schedule(CLOSE + ":" + id, CLOSE, id, closes);
        Instant remind = closesOn.minusDays(3).atTime(9, 0).atZone(DraftPositions.ATHENS).toInstant();
        if (remind.isAfter(now)) {
            jobs.schedule(RemindSignatories.REMIND + ":" + id + ":3", RemindSignatories.REMIND, id, remind);
        }
        List<String> without = new java.util.ArrayList<>();
        for (Addressees.Addressee m : eligibility.signers(to)) {
            if (!mails.send(opened, m, "invite", true)) {
                without.add(m.municipalityId());
            }
        }
        return new Opened(positions.get(id), without);
    }

    /** Closes the signature now, by hand. */
    @Transactional
    public Position close(String id) {
        Who.secretariat(viewers.current());
        Position p = positions.get(id);
        if (p.state() != PositionState.OPEN_FOR_SIGNATURE) {
            throw new Problem(HttpStatus.CONFLICT, "positions.state", p.state().name());
        }
        positions.update(p.withState(PositionState.CLOSED));
        return positions.get(id);
    }

    /** The close job: closes the position if it is still open (closed by hand or withdrawn meanwhile: nothing). */
    @Transactional
    public String closeOnTime(String id) {
        Position p = positions.find(id).orElse(null);
        if (p == null || p.state() != PositionState.OPEN_FOR_SIGNATURE) {
            return "not open";
        }
        ActingAs.run(SYSTEM, () -> {
            positions.update(p.withState(PositionState.CLOSED));
            return null;
        });
        return "closed";
    }
}
