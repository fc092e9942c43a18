package org.diktyo.mail.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.diktyo.mail.DeliveryStatus;
import org.diktyo.mail.Outbox;
import org.diktyo.mail.domain.ReadOutbox;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/outbox}: outgoing mail and what became of it. The secretariat only. */
@RestController
@RequestMapping("/api/v1/outbox")
@Tag(name = "outbox", description = "Outgoing mail with its delivery status: queued, sending, sent, failed "
        + "with the reason (secretariat only)")
class OutboxApi {

    private static final Pattern PURPOSE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");

    private final ReadOutbox read;
    private final Outbox outbox;
    private final ViewerResolver viewers;

    OutboxApi(ReadOutbox read, Outbox outbox, ViewerResolver viewers) {
        this.read = read;
        this.outbox = outbox;
        this.viewers = viewers;
    }

    @GetMapping
    @Operation(summary = "Messages, newest first, filtered by delivery status and purpose")
    OutboxJson.PageJson list(
            @Parameter(description = "QUEUED, SENDING, SENT or FAILED") @RequestParam(required = false) DeliveryStatus status,
            @Parameter(description = "what the messages are for, e.g. invitation, sign-in-link")
            @RequestParam(required = false) String purpose,
            @Parameter(description = "from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "1 to 200") @RequestParam(defaultValue = "50") int size) {
        secretariat();
        List<Problem.FieldProblem> wrong = new ArrayList<>();
        if (purpose != null && !purpose.isEmpty() && !PURPOSE.matcher(purpose).matches()) {
            wrong.add(new Problem.FieldProblem("purpose", "mail.outbox.purpose.invalid"));
        }
        if (page < 0) {
            wrong.add(new Problem.FieldProblem("page", "mail.outbox.page.invalid"));
        }
        if (size < 1 || size > ReadOutbox.MAX_SIZE) {
            wrong.add(new Problem.FieldProblem("size", "mail.outbox.size.invalid"));
        }
        if (!wrong.isEmpty()) {
            throw Problem.invalid(wrong);
        }
        ReadOutbox.Found found = read.find(status, purpose, page, size);
        return new OutboxJson.PageJson(found.items().stream().map(OutboxJson.EntryJson::of).toList(), found.page(),
                found.size(), found.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One message with its bodies and attachments")
    OutboxJson.DetailJson one(@PathVariable String id) {
        secretariat();
        return OutboxJson.DetailJson.of(outbox.entry(Files.id(id)).orElseThrow(Problem::notFound));
    }

    @GetMapping("/{id}/attachments/{index}")
    @Operation(summary = "Download an attached file")
    ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable int index) {
        secretariat();
        return Files.download(read.attachment(Files.id(id), index).orElseThrow(Problem::notFound));
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Send a FAILED message again: the same message (same Message-ID), attempts counted afresh")
    OutboxJson.EntryJson retry(@PathVariable String id) {
        secretariat();
        long messageId = Files.id(id);
        outbox.retry(messageId);
        return OutboxJson.EntryJson.of(outbox.entry(messageId).orElseThrow(Problem::notFound));
    }

    @PostMapping("/{id}/resend")
    @Operation(summary = "Queue a new copy of a message (a new Message-ID), whatever became of the first")
    ResponseEntity<OutboxJson.EntryJson> resend(@PathVariable String id) {
        secretariat();
        long copy = outbox.resend(Files.id(id));
        return ResponseEntity.created(URI.create("/api/v1/outbox/" + copy))
                .body(OutboxJson.EntryJson.of(outbox.entry(copy).orElseThrow(Problem::notFound)));
    }

    private void secretariat() {
        if (!viewers.current().secretariat()) {
            throw Problem.forbidden();
        }
    }
}
