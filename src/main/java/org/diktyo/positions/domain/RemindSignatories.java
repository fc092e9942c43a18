package org.diktyo.positions.domain;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

import org.diktyo.jobs.Job;
import org.diktyo.jobs.Jobs;
import org.diktyo.network.Addressees;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the eligible municipalities that have not signed (or not confirmed again) a position
 * open for signature: once three days before the close (scheduled when signing opens), and once
 * more when the secretariat asks ({@code POSITIONS_REMIND:<id>:now}); a second request is refused.
 * The work runs as a job of the shared mechanism, once across instances.
 */
@Service
public class RemindSignatories {

    public static final String REMIND = "POSITIONS_REMIND";

    private final PositionStore positions;
    private final SignatureStore signatures;
    private final Eligibility eligibility;
    private final SignatureMails mails;
    private final Jobs jobs;
    private final ViewerResolver viewers;
    private final Clock clock;

    RemindSignatories(PositionStore positions, SignatureStore signatures, Eligibility eligibility, SignatureMails mails,
            Jobs jobs, ViewerResolver viewers, Clock clock) {
        this.positions = positions;
        this.signatures = signatures;
        this.eligibility = eligibility;
        this.mails = mails;
        this.jobs = jobs;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** The secretariat's reminder, now; once per position. */
    @Transactional
    public void remindNow(String id) {
        Who.secretariat(viewers.current());
        Position p = positions.get(id);
        if (p.state() != PositionState.OPEN_FOR_SIGNATURE) {
            throw new Problem(HttpStatus.CONFLICT, "positions.state", p.state().name());
        }
        String job = REMIND + ":" + id + ":now";
        if (jobs.about(id).stream().anyMatch(j -> j.id().equals(job))) {
            throw new Problem(HttpStatus.CONFLICT, "positions.remind.done");
        }
        jobs.schedule(job, REMIND, id, clock.instant());
    }

    /** The job: a mail with a new link (the earlier ones still work) to each eligible municipality whose signature does not count. */
    @Transactional
    public int remind(Job job) {
        Position p = positions.find(job.subject()).orElse(null);
        if (p == null || p.state() != PositionState.OPEN_FOR_SIGNATURE || !clock.instant().isBefore(p.signatureCloses())) {
            return 0;
        }
        Set<String> counted = signatures.of(p.id()).stream().filter(s -> s.counts(p.textHash()))
                .map(CoSignature::municipalityId).collect(Collectors.toSet());
        int sent = 0;
        for (Addressees.Addressee m : eligibility.signers(p.openTo())) {
            if (!counted.contains(m.municipalityId()) && mails.send(p, m, "remind", false)) {
                sent++;
            }
        }
        return sent;
    }
}
