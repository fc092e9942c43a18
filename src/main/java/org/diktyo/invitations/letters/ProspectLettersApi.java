package org.diktyo.invitations.letters;

import org.diktyo.documents.LetterPdf;
import org.diktyo.platform.LanguageParameter;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The letter to a prospective municipality's mayor about joining the network, for the secretariat. */
@RestController
@Tag(name = "letters", description = "Letters of invitation (PDF/A) and calendar files (.ics) of a meeting")
class ProspectLettersApi {

    private final ComposeProspectLetter letters;
    private final ViewerResolver viewers;

    ProspectLettersApi(ComposeProspectLetter letters, ViewerResolver viewers) {
        this.letters = letters;
        this.viewers = viewers;
    }

    @GetMapping(path = "/api/v1/municipalities/{id}/accession-letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The letter to a non-member municipality's mayor about joining the network, as tagged PDF/A-3a"
            + " (secretariat; audited)",
            description = "The network's text with today's number of members, signed by the coordination team, with the"
                    + " join page (the municipality chosen) as a link and a QR code. 409 for a member or a municipality"
                    + " without a mayor among its contacts.",
            responses = {@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf")),
                    @ApiResponse(responseCode = "404", description = "no such municipality"),
                    @ApiResponse(responseCode = "409", description = "a member, or no mayor contact")})
    ResponseEntity<byte[]> letter(@PathVariable String id,
            @Parameter(description = "el (default) or en") @RequestParam(defaultValue = "el") String lang) {
        if (!viewers.current().secretariat()) {
            throw viewers.current().signedIn() ? Problem.forbidden() : Problem.unauthorized();
        }
        byte[] pdf = LetterPdf.render(letters.compose(id, LanguageParameter.locale(lang)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("accession-letter-" + id + "-" + lang + ".pdf").build().toString())
                .body(pdf);
    }
}
