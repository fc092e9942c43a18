package org.diktyo.positions.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.diktyo.followups.FollowUpForm;
import org.diktyo.positions.domain.TrackFollowUps;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/positions/{id}/responses/{responseId}/follow-ups}: the follow-up actions of a
 * ministry's answer, the same body as the meetings' follow-ups ({@code FollowUpForm}).
 */
@RestController
@RequestMapping("/api/v1/positions/{id}/responses/{responseId}/follow-ups")
@Tag(name = "positions")
class PositionFollowUpsApi {

    private final TrackFollowUps followUps;

    PositionFollowUpsApi(TrackFollowUps followUps) {
        this.followUps = followUps;
    }

    @GetMapping
    @Operation(summary = "The follow-up actions of an answer, by due date (anyone signed in)")
    List<PositionsJson.PositionFollowUpOut> list(@PathVariable String id, @PathVariable String responseId) {
        return followUps.of(id, responseId).stream().map(PositionsJson.PositionFollowUpOut::of).toList();
    }

    @PostMapping
    @Operation(summary = "Adds a follow-up action to an answer (the secretariat)")
    ResponseEntity<PositionsJson.PositionFollowUpOut> add(@PathVariable String id, @PathVariable String responseId,
            @RequestBody FollowUpForm form) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(PositionsJson.PositionFollowUpOut.of(followUps.add(id, responseId, form)));
    }

    @PutMapping("/{actionId}")
    @Operation(summary = "Changes a follow-up action of an answer, done or not (the secretariat)")
    PositionsJson.PositionFollowUpOut update(@PathVariable String id, @PathVariable String responseId,
            @PathVariable String actionId, @RequestBody FollowUpForm form) {
        return PositionsJson.PositionFollowUpOut.of(followUps.update(id, responseId, actionId, form));
    }
}
