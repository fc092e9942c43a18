package org.diktyo.invitations.letters;

import java.time.LocalDate;
import java.util.List;

import org.diktyo.documents.CalendarFiles;
import org.diktyo.documents.LetterPdf;
import org.diktyo.meetings.MeetingVisibility;
import org.diktyo.network.Addressees;
import org.diktyo.platform.LanguageParameter;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A meeting's letter of invitation and calendar file, until campaigns send them per
 * invitation ({@code /invitations/{id}/letter.pdf}): the letter to one municipality, for the
 * secretariat; the calendar file to whoever may see the meeting.
 */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "letters", description = "Letters of invitation (PDF/A) and calendar files (.ics) of a meeting")
class LettersApi {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final LetterFiles files;
    private final MeetingVisibility visibility;
    private final ViewerResolver viewers;

    LettersApi(LetterFiles files, MeetingVisibility visibility, ViewerResolver viewers) {
        this.files = files;
        this.visibility = visibility;
        this.viewers = viewers;
    }

    @GetMapping(path = "/{id}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The letter of invitation to one municipality's mayor, as tagged PDF/A-3a (secretariat)",
            description = "The network's own text with the meeting's date, times, address and the reply deadline filled in."
                    + " Refused (400/409, problem+json) before rendering: a deadline after the meeting, a municipality without"
                    + " a mayor among its contacts, a meeting without parts.",
            responses = {@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf")),
                    @ApiResponse(responseCode = "400", description = "bad deadline or language"),
                    @ApiResponse(responseCode = "409", description = "no mayor contact, no parts")})
    ResponseEntity<byte[]> letter(@PathVariable String id,
            @Parameter(description = "the recipient municipality's id, e.g. larissa") @RequestParam String municipality,
            @Parameter(description = "el (default) or en") @RequestParam(defaultValue = "el") String lang,
            @Parameter(description = "the last day to reply, YYYY-MM-DD, not after the meeting")
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {
        requireSecretariat();
        byte[] pdf = LetterPdf.render(files.letter(id, municipality, LanguageParameter.locale(lang), deadline));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("letter-" + municipality + "-" + lang + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping(path = "/{id}/calendar.ics", produces = "text/calendar")
    @Operation(summary = "The meeting's calendar file (RFC 5545): one event per part, Europe/Athens times",
            description = "Anyone who may see the meeting gets METHOD:PUBLISH. With municipality= (secretariat only) it is"
                    + " the invitation of that municipality's mayor: METHOD:REQUEST with organiser and attendee. A cancelled"
                    + " meeting gives METHOD:CANCEL. UIDs stay the same; SEQUENCE grows when a part's time, place or status"
                    + " changes.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/calendar")))
    ResponseEntity<String> calendar(@PathVariable String id, @RequestParam(defaultValue = "el") String lang,
            @Parameter(description = "optional: the invited municipality (secretariat only)")
            @RequestParam(required = false) String municipality) {
        if (!visibility.maySee(id)) {
            throw Problem.notFound();
        }
        List<CalendarFiles.Person> attendees = List.of();
        String key = "meeting";
        if (municipality != null && !municipality.isBlank()) {
            requireSecretariat();
            Addressees.Official mayor = files.mayor(municipality);
            attendees = List.of(new CalendarFiles.Person(mayor.fullName(), mayor.email()));
            key = "municipality:" + municipality;
        }
        String ics = files.calendar(id, key, attendees, LanguageParameter.locale(lang));
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("meeting-" + id + ".ics").build().toString())
                .body(ics);
    }

    private void requireSecretariat() {
        if (!viewers.current().secretariat()) {
            throw viewers.current().signedIn() ? Problem.forbidden() : Problem.unauthorized();
        }
    }
}
