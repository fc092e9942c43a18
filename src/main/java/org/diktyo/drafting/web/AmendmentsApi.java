package org.diktyo.drafting.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.diktyo.drafting.AmendmentJson;
import org.diktyo.drafting.AmendmentState;
import org.diktyo.drafting.CommentJson;
import org.diktyo.drafting.Decision;
import org.diktyo.drafting.Drafts;
import org.diktyo.drafting.Stance;
import org.diktyo.language.Bilingual;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/amendments/{id}}: an amendment of any text (a memorandum version, a position):
 * read it, submit or withdraw it (its municipality), support or object to it (a municipality
 * taking part), decide it (the secretariat).
 */
@RestController
@RequestMapping("/api/v1/amendments/{id}")
@Tag(name = "amendments", description = "Amendments to texts in consultation: submit, withdraw, support or object, decide")
class AmendmentsApi {

    /** A municipality's stance; a reason is needed to object. */
    record StanceIn(@NotBlank String municipalityId, @NotNull Stance stance, String reason) {
    }

    /** The body's decision: ACCEPTED, ACCEPTED_MODIFIED (with the text accepted) or REJECTED. */
    record DecisionIn(@NotNull AmendmentState state, String headingEl, String headingEn, String textEl, String textEn, String note,
            String reference) {
    }

    private final Drafts drafts;

    AmendmentsApi(Drafts drafts) {
        this.drafts = drafts;
    }

    @GetMapping
    @Operation(summary = "An amendment with its counts of supports and objections")
    AmendmentJson get(@PathVariable String id) {
        return AmendmentJson.of(drafts.amendment(id));
    }

    @PostMapping("/submit")
    @Operation(summary = "Submits a draft amendment for the body's decision (its municipality, during the consultation)")
    AmendmentJson submit(@PathVariable String id) {
        return AmendmentJson.of(drafts.submit(id));
    }

    @PostMapping("/withdraw")
    @Operation(summary = "Withdraws an amendment before it is decided (its municipality)")
    AmendmentJson withdraw(@PathVariable String id) {
        return AmendmentJson.of(drafts.withdraw(id));
    }

    @PutMapping("/support")
    @Operation(summary = "A municipality supports (SUPPORT) or objects (OBJECT, with a reason); its earlier stances are kept")
    AmendmentJson support(@PathVariable String id, @RequestBody StanceIn stance) {
        if (stance.municipalityId() == null || stance.municipalityId().isBlank()) {
            throw Problem.invalid(List.of(new Problem.FieldProblem("municipalityId", "platform.error.required")));
        }
        if (stance.stance() == null) {
            throw Problem.invalid(List.of(new Problem.FieldProblem("stance", "platform.error.required")));
        }
        return AmendmentJson.of(drafts.stance(id, stance.municipalityId(), stance.stance(), stance.reason()));
    }

    @DeleteMapping("/support")
    @Operation(summary = "A municipality takes its stance back")
    AmendmentJson unsupport(@PathVariable String id, @RequestParam String municipality) {
        return AmendmentJson.of(drafts.stance(id, municipality, null, null));
    }

    @PostMapping("/decision")
    @Operation(summary = "Records the body's decision (the secretariat)")
    AmendmentJson decide(@PathVariable String id, @RequestBody DecisionIn decision) {
        Bilingual heading = decision.headingEl() == null && decision.headingEn() == null ? null
                : Bilingual.of(decision.headingEl(), decision.headingEn());
        Bilingual text = decision.textEl() == null && decision.textEn() == null ? null
                : Bilingual.of(decision.textEl(), decision.textEn());
        return AmendmentJson.of(drafts.decide(id, new Decision(decision.state(), heading, text, decision.note(),
                decision.reference())));
    }

    @GetMapping("/comments")
    @Operation(summary = "The comments on an amendment, oldest first (signed in); a hidden comment's body only for the secretariat")
    List<CommentJson> comments(@PathVariable String id) {
        return drafts.amendmentComments(id).stream().map(CommentJson::of).toList();
    }

    @PostMapping("/comments")
    @Operation(summary = "Comments on an amendment during the consultation (a focal point of a municipality taking part, the secretariat or a partner)")
    ResponseEntity<CommentJson> comment(@PathVariable String id, @RequestBody CommentJson.CommentIn in) {
        return ResponseEntity.status(HttpStatus.CREATED).body(CommentJson.of(drafts.commentOnAmendment(id, in.body())));
    }

    @PostMapping("/comments/{commentId}/hide")
    @Operation(summary = "Hides a comment, with a reason (the secretariat); it is kept, marked hidden")
    CommentJson hide(@PathVariable String id, @PathVariable long commentId, @RequestBody CommentJson.HideIn in) {
        return CommentJson.of(drafts.hideAmendmentComment(id, commentId, in.reason()));
    }
}
