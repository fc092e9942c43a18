package org.diktyo.positions.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.diktyo.drafting.CommentJson;
import org.diktyo.drafting.Drafts;
import org.diktyo.positions.domain.ReadPositions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/positions/{id}/clauses/{key}/comments}: comments on a clause of a position in
 * consultation, as on the memorandum's (the drafting engine's rules); those on its amendments are
 * under {@code /api/v1/amendments/{id}/comments}.
 */
@RestController
@RequestMapping("/api/v1/positions/{id}/clauses/{key}/comments")
@Tag(name = "positions", description = "Joint positions: drafted together, co-signed by municipalities, sent to the ministries")
class PositionCommentsApi {

    private final ReadPositions read;
    private final Drafts drafts;

    PositionCommentsApi(ReadPositions read, Drafts drafts) {
        this.read = read;
        this.drafts = drafts;
    }

    @GetMapping
    @Operation(summary = "The comments on a clause of a position (signed in); a hidden comment's body only for the secretariat")
    List<CommentJson> comments(@PathVariable String id, @PathVariable String key) {
        return drafts.clauseComments(read.one(id).textId(), key).stream().map(CommentJson::of).toList();
    }

    @PostMapping
    @Operation(summary = "Comments on a clause of a position in consultation (a focal point of a municipality taking part, the secretariat or a partner)")
    ResponseEntity<CommentJson> comment(@PathVariable String id, @PathVariable String key, @RequestBody CommentJson.CommentIn in) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(CommentJson.of(drafts.commentOnClause(read.one(id).textId(), key, in.body())));
    }
}
