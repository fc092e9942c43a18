package org.diktyo.positions.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.diktyo.drafting.Clause;
import org.diktyo.language.Bilingual;
import org.diktyo.positions.domain.Addressee;
import org.diktyo.positions.domain.AddresseeRole;
import org.diktyo.positions.domain.CoSignature;
import org.diktyo.positions.domain.DraftPositions;
import org.diktyo.positions.domain.OpenTo;
import org.diktyo.positions.domain.Position;
import org.diktyo.positions.domain.SignatoryOrder;

/**
 * The positions' JSON: field pairs for the two languages, as the rest of the API. The names
 * begin with {@code Position} so that the API's schemas stay unique across modules.
 */
final class PositionsJson {

    private PositionsJson() {
    }

    /** A clause of a new position: its text is CommonMark without HTML. */
    record PositionClauseIn(String headingEl, String headingEn, @NotBlank String textEl, String textEn) {
        DraftPositions.ClauseDraft draft() {
            return new DraftPositions.ClauseDraft(Bilingual.of(headingEl == null ? "" : headingEl,
                    headingEn == null ? "" : headingEn), Bilingual.of(textEl, textEn == null ? "" : textEn));
        }
    }

    /**
     * A new position: title, subject (Θέμα) and clauses; who may sign (MEMBERS by default); the letter's order of
     * signatories (COLLATION by default); whether partners may endorse it (false by default).
     */
    record PositionIn(@NotBlank String titleEl, String titleEn, @NotBlank String subjectEl, String subjectEn,
            @NotNull List<PositionClauseIn> clauses, OpenTo openTo, SignatoryOrder signatoryOrder,
            List<String> relatedAxes, List<String> relatedEntries, Boolean partnersMayEndorse) {
        DraftPositions.Draft draft() {
            return new DraftPositions.Draft(Bilingual.of(titleEl, titleEn), Bilingual.of(subjectEl, subjectEn),
                    clauses == null ? null : clauses.stream().map(c -> c == null ? null : c.draft()).toList(), openTo,
                    signatoryOrder, relatedAxes, relatedEntries, Boolean.TRUE.equals(partnersMayEndorse));
        }
    }

    /**
     * The details of a position until signing opens: left out, who signs and the order stay as they
     * are; the codes, the planned last day and minimum are cleared; partners may not endorse.
     */
    record PositionDetailsIn(@NotBlank String titleEl, String titleEn, @NotBlank String subjectEl, String subjectEn,
            OpenTo openTo, SignatoryOrder signatoryOrder, List<String> relatedAxes, List<String> relatedEntries,
            LocalDate closesOn, Integer minSignatories, Boolean partnersMayEndorse, @NotNull Integer version) {
    }

    /** An addressee: the body as printed, TO or CC, an e-mail (none: by post) and a postal address. */
    record PositionAddresseeIn(@NotBlank String body, @NotNull AddresseeRole role, String email, String postalAddress) {
        Addressee addressee() {
            return new Addressee(body, role, email, postalAddress);
        }
    }

    record PositionConsultationIn(@NotNull LocalDate closesOn) {
    }

    /** Signing until the end of {@code closesOn} (Athens); the minimum of signatories defaults to half the members. */
    record PositionSignatureOpenIn(@NotNull LocalDate closesOn, Integer minSignatories, OpenTo openTo) {
    }

    /** A correction of one clause of the frozen text, with the reason the signatories read. */
    record PositionCorrectionIn(@NotBlank String clauseKey, String headingEl, String headingEn, @NotBlank String textEl,
            String textEn, @NotBlank String reason) {
    }

    /** The protocol number the letter carries; a reason to send it below the minimum of signatories. */
    record PositionSendIn(@NotBlank String protocolNo, String reason) {
    }

    /** The hash of the text the signer read ({@code textHash} of the position). */
    record PositionSignIn(@NotBlank String textHash) {
    }

    record PositionOut(String id, String titleEl, String titleEn, String subjectEl, String subjectEn, String state,
            String openTo, String signatoryOrder, List<String> relatedAxes, List<String> relatedEntries,
            LocalDate consultationClosesOn, Instant signatureOpens, Instant signatureCloses, LocalDate closesOn,
            Integer minSignatories, String textHash, String protocolNo, LocalDate sentOn, String sentAnywayReason,
            int version, boolean partnersMayEndorse) {
        static PositionOut of(Position p) {
            return new PositionOut(p.id(), p.title().el(), p.title().en(), p.subject().el(), p.subject().en(),
                    p.state().name(), p.openTo().name(), p.signatoryOrder().name(), p.relatedAxes(), p.relatedEntries(),
                    p.consultationClosesOn(), p.signatureOpens(), p.signatureCloses(), p.closesOn(), p.minSignatories(),
                    p.textHash(), p.protocolNo(), p.sentOn(), p.sentAnywayReason(), p.version(),
                    p.partnersMayEndorse());
        }
    }

    record PositionClauseOut(String key, String headingEl, String headingEn, String textEl, String textEn,
            String revision) {
        static PositionClauseOut of(Clause c) {
            return new PositionClauseOut(c.key(), c.heading().el(), c.heading().en(), c.text().el(), c.text().en(),
                    c.revision());
        }
    }

    record PositionAddresseeOut(String body, String role, String email, String postalAddress) {
        static PositionAddresseeOut of(Addressee a) {
            return new PositionAddresseeOut(a.body(), a.role().name(), a.email(), a.postalAddress());
        }
    }

    record PositionDetailOut(PositionOut position, List<PositionClauseOut> clauses, List<PositionAddresseeOut> addressees) {
    }

    record PositionListOut(List<PositionOut> items, int total) {
    }

    /** A signature: the mayor's name and capacity and the text's hash as at signing; {@code counts} for the current text. */
    record PositionSignatureOut(String municipalityId, String officialNameEl, String officialNameEn, String signatoryName,
            String capacityEl, String capacityEn, String method, Instant signedAt, String textHash, String state,
            boolean counts) {
        static PositionSignatureOut of(CoSignature s, String currentHash) {
            return new PositionSignatureOut(s.municipalityId(), s.officialName().el(), s.officialName().en(),
                    s.signatoryName(), s.capacity().el(), s.capacity().en(), s.method(), s.signedAt(), s.textHash(),
                    s.state().name(), s.counts(currentHash));
        }
    }

    /** A signature as it was before it was replaced: the hash it signed, how, when, whether it had a letter. */
    record PositionEarlierSignatureOut(String method, Instant signedAt, String textHash, String state, boolean letter,
            Instant replacedAt) {
        static PositionEarlierSignatureOut of(org.diktyo.positions.domain.EarlierSignature e) {
            return new PositionEarlierSignatureOut(e.method(), e.signedAt(), e.textHash(), e.state().name(),
                    e.letterFileId() != null, e.replacedAt());
        }
    }

    record PositionSignaturesOut(List<PositionSignatureOut> items, long counting, Integer minSignatories) {
    }

    record PositionOpenedOut(PositionOut position, List<String> withoutAddress) {
    }

    record PositionCorrectedOut(PositionOut position, List<String> toReconfirm) {
    }

    /** A ministry's answer: received on, from (the body), their protocol number, a summary; {@code published}: shown to the public. */
    record PositionResponseIn(@NotNull LocalDate receivedOn, @NotBlank String fromBody, String protocolNo,
            @NotBlank String summaryEl, String summaryEn, Boolean published) {
    }

    record PositionResponseOut(String id, LocalDate receivedOn, String fromBody, String protocolNo, String summaryEl,
            String summaryEn, boolean published) {
        static PositionResponseOut of(org.diktyo.positions.domain.PositionResponse r) {
            return new PositionResponseOut(r.id(), r.receivedOn(), r.fromBody(), r.protocolNo(), r.summary().el(),
                    r.summary().en(), r.published());
        }
    }

    /** A follow-up action of an answer: what, who, by when, done. */
    record PositionFollowUpOut(String id, String action, String owner, LocalDate dueOn, boolean done) {
        static PositionFollowUpOut of(org.diktyo.followups.FollowUp f) {
            return new PositionFollowUpOut(f.id(), f.action(), f.owner(), f.dueOn(), f.done());
        }
    }

    record PositionSentMessageOut(String recipient, String kind, String status, String error) {
    }
}
