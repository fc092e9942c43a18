package org.diktyo.memorandum.domain;

import java.time.LocalDate;

import org.diktyo.jobs.Job;
import org.diktyo.jobs.JobHandler;
import org.diktyo.jobs.Jobs;
import org.diktyo.network.Membership;
import org.springframework.stereotype.Component;

/**
 * Brings an adopted version into force: the version in force becomes SUPERSEDED and the registry
 * learns of it. At once when adopted from today; a version adopted from a later date gets a job
 * ({@link #KIND}, id {@code MEMORANDUM_IN_FORCE:<version>:<date>}, due at the start of that day in
 * Athens) that the jobs module runs once across instances, in the transaction of its claim. A job
 * finds the version as it is then: one no longer ADOPTED from that date is left alone.
 */
@Component
class BringIntoForce implements JobHandler {

    static final String KIND = "MEMORANDUM_IN_FORCE";

    private final VersionStore versions;
    private final Membership membership;
    private final Jobs jobs;

    BringIntoForce(VersionStore versions, Membership membership, Jobs jobs) {
        this.versions = versions;
        this.membership = membership;
        this.jobs = jobs;
    }

    /** In force from {@code from}: now, or by the job on that date. */
    void on(MemorandumVersion v, LocalDate from, LocalDate today) {
        if (from.isAfter(today)) {
            versions.update(v, VersionState.ADOPTED, from, v.textHash());
            jobs.schedule(KIND + ":" + v.number() + ":" + from, KIND, String.valueOf(v.number()),
                    from.atStartOfDay(PlanVersions.ATHENS).toInstant());
        } else {
            now(v, from);
        }
    }

    void now(MemorandumVersion v, LocalDate from) {
        versions.all().stream().filter(o -> o.state() == VersionState.IN_FORCE)
                .forEach(o -> versions.update(o, VersionState.SUPERSEDED, o.inForceFrom(), o.textHash()));
        versions.update(v, VersionState.IN_FORCE, from, v.textHash());
        membership.memorandumInForce(v.number(), from, v.readoptionDeadline());
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String run(Job job) {
        String[] parts = job.id().split(":");
        LocalDate from = LocalDate.parse(parts[2]);
        MemorandumVersion v = versions.find(Integer.parseInt(parts[1])).orElse(null);
        if (v == null || v.state() != VersionState.ADOPTED || !from.equals(v.inForceFrom())) {
            return "left alone: " + (v == null ? "no version" : v.state() + " from " + v.inForceFrom());
        }
        now(v, from);
        return "version " + v.number() + " in force from " + from;
    }
}
