package org.diktyo.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.diktyo.network.domain.DeriveMembership;
import org.diktyo.network.domain.MembershipStore;
import org.diktyo.platform.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network module's API for the evidence of membership (docs/adr/0024-accession.md): the
 * modules above it ({@code memorandum}) report a verified adoption, a withdrawal and the version
 * in force here, in their own transaction, so that the evidence and the derived status commit
 * together. Each call is idempotent. {@link MembershipChanged} is published when a status changes.
 */
@Service
public class Membership {

    private final MembershipStore store;
    private final DeriveMembership derive;
    private final Clock clock;

    Membership(MembershipStore store, DeriveMembership derive, Clock clock) {
        this.store = store;
        this.derive = derive;
        this.clock = clock;
    }

    /** A verified adoption: recorded once (again, nothing changes), then the status derived. */
    @Transactional
    public MembershipStanding recordAdoption(AdoptionEvidence evidence) {
        store.lock(evidence.municipalityId()).orElseThrow(Problem::notFound);
        List<MembershipStore.EvidenceRow> rows = store.evidence(evidence.municipalityId());
        boolean standing = rows.stream().filter(r -> r.version() == evidence.versionNumber())
                .reduce((a, b) -> b).map(r -> "ADOPTION".equals(r.kind())).orElse(false);
        if (!standing) {
            store.adoption(evidence, clock.instant());
        }
        // joining takes effect on the day the adoption was signed, or on the day of admission (now) if that is later
        LocalDate today = derive.today();
        LocalDate effective = evidence.signedOn() == null || today.isAfter(evidence.signedOn()) ? today : evidence.signedOn();
        return derive.apply(evidence.municipalityId(), new DeriveMembership.Cause(null, evidence.evidenceUrl(),
                "memorandum", effective)).standing();
    }

    /** The municipality withdrew its adoption of a version (or the secretariat recorded its leaving). */
    @Transactional
    public MembershipStanding withdrawAdoption(String municipalityId, int versionNumber, String reason) {
        store.lock(municipalityId).orElseThrow(Problem::notFound);
        List<MembershipStore.EvidenceRow> rows = store.evidence(municipalityId);
        boolean withdrawn = rows.stream().filter(r -> r.version() == versionNumber).reduce((a, b) -> b)
                .map(r -> "WITHDRAWAL".equals(r.kind())).orElse(false);
        if (!withdrawn) {
            store.withdrawal(municipalityId, versionNumber, reason, clock.instant());
        }
        return derive.apply(municipalityId, new DeriveMembership.Cause(reason, null, "memorandum", null)).standing();
    }

    /**
     * The version of the memorandum in force from {@code inForceFrom}, with the deadline for the
     * members of earlier versions to adopt it (null: none yet); every municipality it may move is
     * derived again.
     */
    @Transactional
    public void memorandumInForce(int versionNumber, LocalDate inForceFrom, LocalDate readoptionDeadline) {
        MembershipStore.InForce now = store.inForce().orElse(null);
        MembershipStore.InForce next = new MembershipStore.InForce(versionNumber, inForceFrom, readoptionDeadline);
        if (next.equals(now)) {
            return;
        }
        store.inForce(next);
        derive.all("memorandum");
    }

    /** The derived status of a municipality, with the rule that gives it. */
    @Transactional(readOnly = true)
    public MembershipStanding status(String municipalityId) {
        return derive.standing(municipalityId);
    }
}
