package org.diktyo.invitations.replies;

import jakarta.servlet.http.HttpServletRequest;

import org.diktyo.links.LinkGuesses;
import org.diktyo.platform.Problem;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/v1/rsvp/{token}}: what an invited municipality sees and answers, without an
 * account. Unknown, revoked and expired tokens are refused and counted per client address.
 */
@RestController
@RequestMapping("/api/v1/rsvp/{token}")
@Tag(name = "rsvp", description = "The invited municipality's answer through its personal link")
class RsvpApi {

    private final AnswerInvitation replies;
    private final SendLateRequest late;
    private final LinkGuesses guesses;
    private final ReplyDocuments documents;

    RsvpApi(AnswerInvitation replies, SendLateRequest late, LinkGuesses guesses, ReplyDocuments documents) {
        this.replies = replies;
        this.late = late;
        this.guesses = guesses;
        this.documents = documents;
    }

    private static String base(String token) {
        return "/api/v1/rsvp/" + token + "/documents/";
    }

    @GetMapping
    RsvpJson.RsvpOut get(@PathVariable String token, HttpServletRequest request) {
        return guesses.guarded(request, () -> RsvpJson.RsvpOut.of(replies.view(token), base(token)));
    }

    @PutMapping
    @Operation(summary = "Answer per part (ATTEND or DECLINE) and name the delegates, up to the quota, until the deadline")
    RsvpJson.RsvpOut put(@PathVariable String token, @RequestBody ReplyInput input, HttpServletRequest request) {
        if (input == null) {
            throw new Problem(HttpStatus.BAD_REQUEST, "platform.error.body");
        }
        return guesses.guarded(request, () -> RsvpJson.RsvpOut.of(replies.answer(token, input), base(token)));
    }

    record LateRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) String message) {
    }

    @PostMapping("/late-request")
    @Operation(summary = "After the deadline: a request to the secretariat")
    ResponseEntity<Void> late(@PathVariable String token, @RequestBody LateRequest body, HttpServletRequest request) {
        guesses.guarded(request, () -> late.send(token, body == null ? null : body.message()));
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/documents/{documentId}")
    ResponseEntity<InputStreamResource> document(@PathVariable String token, @PathVariable String documentId,
            HttpServletRequest request) {
        return guesses.guarded(request, () -> documents.download(token, documentId));
    }
}
