package org.diktyo.memorandum.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.diktyo.drafting.AmendmentJson;
import org.diktyo.drafting.Clause;
import org.diktyo.language.Bilingual;
import org.diktyo.memorandum.domain.AmendVersion;
import org.diktyo.memorandum.domain.PlanVersions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/memorandum/versions}: the secretariat drafts the next version, edits its clauses,
 * opens and closes its consultation, freezes, adopts or abandons it; a municipality proposes an
 * amendment to a version in consultation.
 */
@RestController
@RequestMapping("/api/v1/memorandum/versions")
@Tag(name = "memorandum", description = "The memorandum of cooperation: versions, clauses, what changed, amendments")
class MemorandumAdminApi {

    record VersionIn(@NotBlank String labelEl, String labelEn, String changelogEl, String changelogEn) {
    }

    record ClauseIn(String numberEl, String numberEn, String headingEl, String headingEn, @NotBlank String textEl,
            String textEn) {
    }

    record ConsultationIn(@NotNull LocalDate closesOn) {
    }

    /** {@code committeeDecision}, optional: the Committee of Mayors' decision that adopted the version. */
    record AdoptionIn(@NotNull LocalDate inForceFrom, CommitteeDecisionIn committeeDecision) {
    }

    /** A decision recorded in meetings: the meeting and the decision's position in it (from 1). */
    record CommitteeDecisionIn(@NotBlank String meetingId, @NotNull Integer decision) {
    }

    private final PlanVersions plan;
    private final AmendVersion amend;

    MemorandumAdminApi(PlanVersions plan, AmendVersion amend) {
        this.plan = plan;
        this.amend = amend;
    }

    @PostMapping
    @Operation(summary = "Drafts the next version from the latest (the secretariat); one open version at a time")
    ResponseEntity<MemorandumJson.VersionOut> draft(@RequestBody VersionIn in) {
        return ResponseEntity.status(HttpStatus.CREATED).body(MemorandumJson.VersionOut.of(plan.draftNext(
                Bilingual.of(in.labelEl(), in.labelEn()), Bilingual.of(in.changelogEl(), in.changelogEn()))));
    }

    @PutMapping("/{number}/clauses/{key}")
    @Operation(summary = "Rewrites a clause of a version not yet frozen (the secretariat); amendments written against its old revision become stale")
    MemorandumJson.ClauseOut clause(@PathVariable int number, @PathVariable String key, @RequestBody ClauseIn in) {
        Bilingual clauseNumber = in.numberEl() == null ? null : Bilingual.of(in.numberEl(), in.numberEn());
        return MemorandumJson.ClauseOut.of(amend.editClause(number, key, new Clause(key, null, clauseNumber,
                Bilingual.of(in.headingEl(), in.headingEn()), Bilingual.of(in.textEl(), in.textEn()), null)));
    }

    @PostMapping("/{number}/open-consultation")
    @Operation(summary = "Opens the consultation to members and candidates until the end of `closesOn` (Athens time)")
    MemorandumJson.VersionOut open(@PathVariable int number, @RequestBody ConsultationIn in) {
        return MemorandumJson.VersionOut.of(plan.openConsultation(number, in.closesOn()));
    }

    @PostMapping("/{number}/close-consultation")
    @Operation(summary = "Closes the consultation now")
    MemorandumJson.VersionOut close(@PathVariable int number) {
        return MemorandumJson.VersionOut.of(plan.closeConsultation(number));
    }

    @PostMapping("/{number}/freeze")
    @Operation(summary = "Merges the accepted amendments and fixes the text's hash; refused while any waits for a decision")
    MemorandumJson.VersionOut freeze(@PathVariable int number) {
        return MemorandumJson.VersionOut.of(plan.freeze(number));
    }

    @PostMapping("/{number}/adopt")
    @Operation(summary = "Adopted by the Committee of Mayors, in force from `inForceFrom` (today or later; a later date "
            + "is applied on that day by a job); `committeeDecision` (`meetingId`, `decision`) cites the decision recorded in meetings")
    MemorandumJson.VersionOut adopt(@PathVariable int number, @RequestBody AdoptionIn in) {
        CommitteeDecisionIn cited = in.committeeDecision();
        return MemorandumJson.VersionOut.of(plan.adopt(number, in.inForceFrom(), cited == null ? null : cited.meetingId(),
                cited == null ? null : cited.decision()));
    }

    @PostMapping("/{number}/abandon")
    @Operation(summary = "Abandons a version before it is adopted")
    MemorandumJson.VersionOut abandon(@PathVariable int number) {
        return MemorandumJson.VersionOut.of(plan.abandon(number));
    }

    @PostMapping("/{number}/amendments")
    @Operation(summary = "Proposes an amendment (a municipality's focal point, or the secretariat on its behalf) as a draft")
    ResponseEntity<AmendmentJson> propose(@PathVariable int number, @RequestBody AmendmentJson.ProposalIn in) {
        return ResponseEntity.status(HttpStatus.CREATED).body(AmendmentJson.of(amend.propose(number, in.proposal())));
    }
}
