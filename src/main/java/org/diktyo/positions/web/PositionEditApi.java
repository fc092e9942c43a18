package org.diktyo.positions.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.diktyo.language.Bilingual;
import org.diktyo.platform.Problem;
import org.diktyo.positions.domain.EditPosition;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PATCH /api/v1/positions/{id}}: the details of a position until signing opens, the same
 * use case as the secretariat's form ({@link EditPosition}); {@code version} as read (409 when stale).
 */
@RestController
@RequestMapping("/api/v1/positions")
@Tag(name = "positions")
class PositionEditApi {

    private final EditPosition edit;

    PositionEditApi(EditPosition edit) {
        this.edit = edit;
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Changes the details of a position not yet open for signature (the secretariat): title, subject, "
            + "who signs, the order of signatories, related codes, the planned last day of signing and minimum, whether "
            + "partners may endorse; `version` as read, 409 when stale")
    PositionsJson.PositionOut patch(@PathVariable String id, @RequestBody PositionsJson.PositionDetailsIn in) {
        if (in.version() == null) {
            throw Problem.invalid(List.of(new Problem.FieldProblem("version", "platform.error.required")));
        }
        return PositionsJson.PositionOut.of(edit.edit(id, in.version(), new EditPosition.Details(
                Bilingual.of(in.titleEl(), in.titleEn()), Bilingual.of(in.subjectEl(), in.subjectEn()), in.openTo(),
                in.signatoryOrder(), in.relatedAxes(), in.relatedEntries(), in.closesOn(), in.minSignatories(),
                Boolean.TRUE.equals(in.partnersMayEndorse()))));
    }
}
