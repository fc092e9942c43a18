package org.diktyo.memorandum.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.diktyo.accounts.AuditTrail;
import org.diktyo.network.AdoptionEvidence;
import org.diktyo.network.Membership;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat checks a signed adoption against its evidence and verifies it, or refuses the
 * evidence with a reason the municipality reads (it may then record and upload again). A verified
 * adoption is reported to {@link Membership#recordAdoption} in the same transaction, so the
 * adoption and the municipality's derived status commit together (docs/adr/0024-accession.md);
 * a verified adoption formally withdrawn is revoked the same way.
 */
@Service
public class VerifyAdoption {

    private final AdoptionStore adoptions;
    private final ViewerResolver viewers;
    private final Membership membership;
    private final Clock clock;
    private final AuditTrail audit;

    VerifyAdoption(AdoptionStore adoptions, ViewerResolver viewers, Membership membership, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.adoptions = adoptions;
        this.viewers = viewers;
        this.membership = membership;
        this.clock = clock;
    }

    @Transactional
    public Adoption verify(int number, String municipalityId) {
        Viewer viewer = secretariat();
        Adoption a = signed(number, municipalityId);
        Instant now = Instant.now(clock);
        adoptions.update(with(a, AdoptionState.VERIFIED, null, viewer));
        membership.recordAdoption(new AdoptionEvidence(municipalityId, number, a.signedOn(), now,
                a.diavgeiaUrl() != null ? a.diavgeiaUrl() : "/memorandum/versions/" + number));
        return adoptions.find(number, municipalityId).orElseThrow();
    }

    @Transactional
    public Adoption reject(int number, String municipalityId, String reason) {
        Viewer viewer = secretariat();
        String text = reason(reason);
        Adoption a = adoptions.find(number, municipalityId).orElseThrow(Problem::notFound);
        if (a.state() != AdoptionState.SIGNED && a.state() != AdoptionState.DECISION_RECORDED) {
            throw new Problem(HttpStatus.CONFLICT, "memorandum.adoption.state", a.state().name());
        }
        adoptions.update(with(a, AdoptionState.REJECTED_EVIDENCE, text, viewer));
        return adoptions.find(number, municipalityId).orElseThrow();
    }

    /**
     * The formal withdrawal of a verified adoption (the council revoked its decision, or the
     * municipality left): REVOKED with the reason, reported to {@link Membership#withdrawAdoption}
     * and to the audit trail in the same transaction; the public no longer lists it.
     */
    @Transactional
    public Adoption revoke(int number, String municipalityId, String reason) {
        Viewer viewer = secretariat();
        String text = reason(reason);
        Adoption a = adoptions.find(number, municipalityId).orElseThrow(Problem::notFound);
        if (a.state() != AdoptionState.VERIFIED) {
            throw new Problem(HttpStatus.CONFLICT, "memorandum.adoption.state", a.state().name());
        }
        adoptions.update(with(a, AdoptionState.REVOKED, text, viewer));
        membership.withdrawAdoption(municipalityId, number, text);
        audit.record("memorandum.adoption.formal-withdrawal", number + "/" + municipalityId);
        return adoptions.find(number, municipalityId).orElseThrow();
    }

    private static String reason(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw Problem.invalid(List.of(new Problem.FieldProblem("reason",
                    text.isEmpty() ? "platform.error.required" : "memorandum.field.tooLong")));
        }
        return text;
    }

    private Adoption signed(int number, String municipalityId) {
        Adoption a = adoptions.find(number, municipalityId).orElseThrow(Problem::notFound);
        if (a.state() != AdoptionState.SIGNED) {
            throw new Problem(HttpStatus.CONFLICT, "memorandum.adoption.state", a.state().name());
        }
        return a;
    }

    private Adoption with(Adoption a, AdoptionState state, String reason, Viewer viewer) {
        return new Adoption(a.versionNumber(), a.municipalityId(), state, a.decisionNumber(), a.decisionDate(), a.ada(),
                a.signatoryName(), a.signatoryCapacity(), a.authorisationRef(), a.signedOn(), a.signedCopyId(), a.method(),
                a.officialNameEl(), a.textHashAtSigning(), reason, a.requestedAt(), a.recordedAt(), Instant.now(clock),
                viewer.email(), a.version());
    }

    private Viewer secretariat() {
        Viewer viewer = viewers.current();
        if (!viewer.signedIn()) {
            throw Problem.unauthorized();
        }
        if (!viewer.secretariat()) {
            throw Problem.forbidden();
        }
        return viewer;
    }
}
