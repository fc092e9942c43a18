package org.diktyo.memorandum.web;

import java.time.LocalDate;
import java.util.List;

import org.diktyo.documents.SignatureCheck;
import org.diktyo.drafting.Clause;
import org.diktyo.drafting.Diff;
import org.diktyo.memorandum.domain.Adoption;
import org.diktyo.memorandum.domain.MemorandumVersion;

/** The memorandum's JSON: field pairs for the two languages, as the rest of the API. */
final class MemorandumJson {

    private MemorandumJson() {
    }

    record PageOut<T>(List<T> items, int page, int size, long total) {
    }

    record VersionOut(int number, String labelEl, String labelEn, String state, Integer basedOn, LocalDate inForceFrom,
            String changelogEl, String changelogEn, LocalDate readoptionDeadline, String textHash, int version) {
        static VersionOut of(MemorandumVersion v) {
            return new VersionOut(v.number(), v.label().el(), v.label().en(), v.state().name(), v.basedOn(),
                    v.inForceFrom(), v.changelog().el(), v.changelog().en(), v.readoptionDeadline(), v.textHash(),
                    v.version());
        }
    }

    record ClauseOut(String key, String kind, String numberEl, String numberEn, String headingEl, String headingEn,
            String textEl, String textEn, String axisCode, String revision) {
        static ClauseOut of(Clause c) {
            return new ClauseOut(c.key(), c.kind().name(), c.number().el(), c.number().en(), c.heading().el(),
                    c.heading().en(), c.text().el(), c.text().en(), c.axisCode(), c.revision());
        }
    }

    /** {@code adoptedBy}: the decision of the Committee of Mayors that adopted the version, or null. */
    record VersionWithClauses(VersionOut version, List<ClauseOut> clauses, DecisionOut adoptedBy) {
    }

    /** A decision of a meeting: the meeting, the decision's position (from 1), its text and the page that shows it. */
    record DecisionOut(String meetingId, int decision, String meetingTitleEl, String meetingTitleEn, String textEl,
            String textEn, String url) {
        static DecisionOut of(org.diktyo.memorandum.domain.CommitteeDecisions.Cited c) {
            return new DecisionOut(c.meetingId(), c.position(), c.meetingTitle() == null ? null : c.meetingTitle().el(),
                    c.meetingTitle() == null ? null : c.meetingTitle().en(), c.text().el(), c.text().en(), c.url());
        }
    }

    record AdoptionOut(int versionNumber, String municipalityId, String state, String decisionNumber,
            LocalDate decisionDate, String ada, String diavgeiaUrl, String signatoryName, String signatoryCapacity,
            String authorisationRef, LocalDate signedOn, boolean signedCopy, String method, String officialNameEl,
            String textHashAtSigning, String refusalReason, java.time.Instant verifiedAt, SignatureOut signature,
            int version) {
        static AdoptionOut of(Adoption a, SignatureCheck check) {
            return new AdoptionOut(a.versionNumber(), a.municipalityId(), a.state().name(), a.decisionNumber(),
                    a.decisionDate(), a.ada(), a.diavgeiaUrl(), a.signatoryName(),
                    a.signatoryCapacity() == null ? null : a.signatoryCapacity().name(), a.authorisationRef(),
                    a.signedOn(), a.signedCopyId() != null, a.method(), a.officialNameEl(), a.textHashAtSigning(),
                    a.refusalReason(), a.verifiedAt(), check == null ? null : SignatureOut.of(check), a.version());
        }
    }

    /**
     * What the check of the signed copy's electronic signatures found (EU DSS, offline):
     * {@code integrity} NOT_SIGNED, INTACT, CHANGED_AFTER_SIGNING, BROKEN or UNVERIFIABLE; the
     * signer and issuer as the certificate names them; {@code qualification} UNKNOWN (no trusted list).
     */
    record SignatureOut(String integrity, String signer, java.time.Instant signedAt, String issuer,
            String qualification, int signatures, java.time.Instant checkedAt) {
        static SignatureOut of(SignatureCheck c) {
            return new SignatureOut(c.integrity().name(), c.signer(), c.signedAt(), c.issuer(), c.qualification(),
                    c.signatures(), c.checkedAt());
        }
    }

    record DiffOut(int from, int to, List<Diff.ClauseChange> clauses) {
    }
}
