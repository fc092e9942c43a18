package org.diktyo.meetings.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Set;

import org.diktyo.documents.Uploads;
import org.diktyo.meetings.MeetingKind;
import org.diktyo.meetings.MeetingStatus;
import org.diktyo.meetings.domain.AgendaItemForm;
import org.diktyo.meetings.domain.ArrangeParts;
import org.diktyo.meetings.domain.AttachDocuments;
import org.diktyo.meetings.domain.DraftAgenda;
import org.diktyo.followups.FollowUpForm;
import org.diktyo.meetings.domain.Meeting;
import org.diktyo.meetings.domain.MeetingForm;
import org.diktyo.meetings.domain.PartForm;
import org.diktyo.meetings.domain.PlanMeetings;
import org.diktyo.meetings.domain.RecordOutcome;
import org.diktyo.platform.JsonMergePatch;
import org.diktyo.platform.Problem;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/meetings}: meetings, parts, agenda, documents, outcome. */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "meetings", description = "Meetings of the network, their parts, agenda, documents and outcome")
class MeetingsApi {

    static final int MAX_PAGE_SIZE = 200;

    private final PlanMeetings plan;
    private final ArrangeParts parts;
    private final DraftAgenda agenda;
    private final AttachDocuments documents;
    private final RecordOutcome outcome;
    private final JsonMergePatch patches;

    MeetingsApi(PlanMeetings plan, ArrangeParts parts, DraftAgenda agenda, AttachDocuments documents,
            RecordOutcome outcome, JsonMergePatch patches) {
        this.patches = patches;
        this.plan = plan;
        this.parts = parts;
        this.agenda = agenda;
        this.documents = documents;
        this.outcome = outcome;
    }

    @GetMapping
    @Operation(summary = "The meetings the caller may see, the latest first; filtered by status and kind, paged")
    MeetingJson.PageOut<MeetingJson.MeetingOut> list(@RequestParam(required = false) MeetingStatus status,
            @RequestParam(required = false) MeetingKind kind, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new Problem(HttpStatus.BAD_REQUEST, "meetings.page.invalid", MAX_PAGE_SIZE);
        }
        List<MeetingJson.MeetingOut> all = plan.calendar().stream()
                .filter(s -> status == null || s.meeting().status() == status)
                .filter(s -> kind == null || s.meeting().kind() == kind)
                .map(MeetingJson.MeetingOut::of).toList();
        int from = (int) Math.min((long) page * size, all.size());
        return new MeetingJson.PageOut<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }

    @PostMapping
    ResponseEntity<MeetingJson.MeetingOut> create(@RequestBody MeetingForm form) {
        Meeting m = plan.create(form);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + m.id())).body(MeetingJson.MeetingOut.of(plan.summary(m)));
    }

    @GetMapping("/{id}")
    MeetingJson.MeetingOut one(@PathVariable String id) {
        return MeetingJson.MeetingOut.of(plan.summary(plan.meeting(id)));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change some of a meeting's description (JSON Merge Patch, RFC 7396)",
            description = "Only the fields sent change; a field left out keeps its value. An explicit null empties "
                    + "a field that may be empty (hostMunicipalityId, hostOfficialEl, hostOfficialEn) and is refused "
                    + "with 400 for a required one (kind, titleEl, titleEn, visibility, status, zone), as is a field "
                    + "the meeting does not have.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = MeetingJson.MeetingPatch.class)))
    MeetingJson.MeetingOut edit(@PathVariable String id, @RequestBody JsonNode patch) {
        MeetingForm form = patches.apply(MeetingForm.of(plan.editable(id)), patch, MeetingForm.class,
                Set.of("status", "zone"));
        return MeetingJson.MeetingOut.of(plan.summary(plan.edit(id, form)));
    }

    @PostMapping("/{id}/cancel")
    MeetingJson.MeetingOut cancel(@PathVariable String id) {
        return MeetingJson.MeetingOut.of(plan.summary(plan.cancel(id)));
    }

    @GetMapping("/{id}/parts")
    List<MeetingJson.PartOut> parts(@PathVariable String id) {
        var zone = plan.meeting(id).zone();
        return parts.parts(id).stream().map(p -> MeetingJson.PartOut.of(p, zone)).toList();
    }

    @PostMapping("/{id}/parts")
    @Operation(summary = "Add a part: date and wall-clock times in the meeting's zone, venue, room, floor, capacity")
    ResponseEntity<MeetingJson.PartOut> addPart(@PathVariable String id, @RequestBody PartForm form) {
        var part = parts.add(id, form);
        return ResponseEntity.status(HttpStatus.CREATED).body(MeetingJson.PartOut.of(part, plan.meeting(id).zone()));
    }

    @PutMapping("/{id}/parts/{partId}")
    MeetingJson.PartOut updatePart(@PathVariable String id, @PathVariable String partId, @RequestBody PartForm form) {
        return MeetingJson.PartOut.of(parts.update(id, partId, form), plan.meeting(id).zone());
    }

    @DeleteMapping("/{id}/parts/{partId}")
    ResponseEntity<Void> removePart(@PathVariable String id, @PathVariable String partId) {
        parts.remove(id, partId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/agenda")
    @Operation(summary = "The published agenda; the secretariat also sees the draft")
    MeetingJson.AgendaOut agenda(@PathVariable String id) {
        return MeetingJson.AgendaOut.of(agenda.agenda(id, true), plan.meeting(id).zone());
    }

    @PutMapping("/{id}/agenda")
    @Operation(summary = "Replace the agenda's items: the draft before publication, a new version after")
    MeetingJson.AgendaOut replaceAgenda(@PathVariable String id, @RequestBody List<AgendaItemForm> items) {
        return MeetingJson.AgendaOut.of(agenda.replace(id, items), plan.meeting(id).zone());
    }

    @PostMapping("/{id}/agenda/publish")
    MeetingJson.AgendaOut publish(@PathVariable String id) {
        return MeetingJson.AgendaOut.of(agenda.publish(id), plan.meeting(id).zone());
    }

    @GetMapping("/{id}/documents")
    List<MeetingJson.DocumentOut> documents(@PathVariable String id) {
        return documents.documents(id).stream().map(MeetingJson.DocumentOut::of).toList();
    }

    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file (PDF, DOCX, XLSX, PPTX, ODT, ODP, PNG, JPEG; checked by content): "
            + "multipart fields file, titleEl, titleEn")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = MeetingJson.UploadIn.class)))
    ResponseEntity<MeetingJson.DocumentOut> upload(@PathVariable String id, MultipartHttpServletRequest request)
            throws IOException {
        Uploads.Upload upload = Uploads.read(request, documents.maxSizeText());
        try (InputStream in = upload.file().getInputStream()) {
            var listed = documents.attach(id, upload.titleEl(), upload.titleEn(), upload.file().getOriginalFilename(),
                    upload.file().getSize(), in);
            return ResponseEntity.status(HttpStatus.CREATED).body(MeetingJson.DocumentOut.of(listed));
        }
    }

    @DeleteMapping("/{id}/documents/{documentId}")
    ResponseEntity<Void> removeDocument(@PathVariable String id, @PathVariable String documentId) {
        documents.remove(id, documentId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/documents/{documentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable String id, @PathVariable String documentId) {
        return Downloads.attachment(documents, id, documentId);
    }

    @PutMapping("/{id}/outcome")
    @Operation(summary = "Minutes, number present and decisions, after the meeting")
    ResponseEntity<Void> outcome(@PathVariable String id, @RequestBody RecordOutcome.OutcomeForm form) {
        outcome.record(id, form);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/follow-ups")
    List<MeetingJson.FollowUpOut> followUps(@PathVariable String id) {
        return outcome.followUps(id).stream().map(MeetingJson.FollowUpOut::of).toList();
    }

    @PostMapping("/{id}/follow-ups")
    ResponseEntity<MeetingJson.FollowUpOut> addFollowUp(@PathVariable String id, @RequestBody FollowUpForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(MeetingJson.FollowUpOut.of(outcome.addFollowUp(id, form)));
    }

    @PutMapping("/{id}/follow-ups/{followUpId}")
    MeetingJson.FollowUpOut updateFollowUp(@PathVariable String id, @PathVariable String followUpId,
            @RequestBody FollowUpForm form) {
        return MeetingJson.FollowUpOut.of(outcome.updateFollowUp(id, followUpId, form));
    }
}
