package org.diktyo.invitations.campaigns;

import org.diktyo.invitations.FileResponses;
import org.diktyo.platform.LanguageParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** One invitation's letter (PDF/A) and calendar file (.ics), for the secretariat. */
@RestController
@RequestMapping("/api/v1/invitations/{id}")
@Tag(name = "invitations")
class InvitationFilesApi {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final InvitationFiles files;

    InvitationFilesApi(InvitationFiles files) {
        this.files = files;
    }

    @GetMapping(path = "/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The invitation's letter, tagged PDF/A, with a new personal reply link and its QR code",
            description = "A link is stored only as its hash, so each letter made carries a new link, added to the"
                    + " invitation's live links (revoke revokes them all). Audited. 409 when no letter can be made"
                    + " (no mayor among the municipality's contacts).")
    ResponseEntity<byte[]> letter(@PathVariable String id,
            @Parameter(description = "el (default) or en") @RequestParam(defaultValue = "el") String lang) {
        return file(files.letter(id, LanguageParameter.locale(lang)), MediaType.APPLICATION_PDF, true);
    }

    @GetMapping(path = "/calendar.ics", produces = "text/calendar")
    @Operation(summary = "The invitation's calendar file (RFC 5545, METHOD:REQUEST)",
            description = "After an answer: the parts attended, the delegates as attendees, declined parts cancelled."
                    + " Before: every part offered, the invitee as attendee. UIDs are stable per part and invitation.")
    ResponseEntity<byte[]> calendar(@PathVariable String id) {
        return file(files.calendar(id), CALENDAR, false);
    }

    static ResponseEntity<byte[]> file(InvitationFiles.File file, MediaType type, boolean inline) {
        return FileResponses.of(file.filename(), file.content(), type, inline);
    }
}
