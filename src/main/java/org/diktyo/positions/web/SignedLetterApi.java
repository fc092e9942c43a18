package org.diktyo.positions.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.diktyo.documents.FileDownloads;
import org.diktyo.documents.SignatureCheck;
import org.diktyo.documents.StoredFiles;
import org.diktyo.documents.Uploads;
import org.diktyo.positions.domain.ReadPositions;
import org.diktyo.positions.domain.UploadSignedLetter;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * {@code /api/v1/positions/{id}/signatures/{municipalityId}/letter}: a municipality signs with
 * the letter its mayor signed, electronically (PAdES, checked with EU DSS) or on paper; the
 * letter read back by the secretariat or the municipality's focal point, audited.
 */
@RestController
@RequestMapping("/api/v1/positions/{id}/signatures/{municipalityId}/letter")
@Tag(name = "positions")
class SignedLetterApi {

    record SignedLetterIn(@Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED) String file) {
    }

    /** What the check of the letter's electronic signatures found (offline: qualification UNKNOWN). */
    record LetterCheckOut(String integrity, String signer, Instant signedAt, String issuer, String qualification,
            int signatures) {
        static LetterCheckOut of(SignatureCheck c) {
            return c == null ? null : new LetterCheckOut(c.integrity().name(), c.signer(), c.signedAt(), c.issuer(),
                    c.qualification(), c.signatures());
        }
    }

    /** The signature the letter made, and the check of the letter. */
    record SignedLetterOut(PositionsJson.PositionSignatureOut signature, LetterCheckOut check) {
    }

    private final UploadSignedLetter letters;
    private final ReadPositions read;
    private final StoredFiles files;

    SignedLetterApi(UploadSignedLetter letters, ReadPositions read, StoredFiles files) {
        this.letters = letters;
        this.read = read;
        this.files = files;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Signs (or confirms again) for a municipality with the letter its mayor signed, a PDF, multipart "
            + "field `file`: signed electronically (PAdES, method PADES_LETTER, checked with the EU DSS library, offline) "
            + "or a scan of the signed paper (SIGNED_LETTER). A broken signature or a letter changed after signing: 422 "
            + "with the reason, nothing written; encrypted, unreadable or not a PDF: 415; too large: 413")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = SignedLetterIn.class)))
    SignedLetterOut upload(@PathVariable String id, @PathVariable String municipalityId,
            MultipartHttpServletRequest request) throws IOException {
        MultipartFile file = Uploads.file(request, files.maxSizeText());
        try (InputStream in = file.getInputStream()) {
            var signature = letters.upload(id, municipalityId, file.getOriginalFilename(), file.getSize(), in);
            return new SignedLetterOut(PositionsJson.PositionSignatureOut.of(signature, read.one(id).textHash()),
                    LetterCheckOut.of(letters.check(id, municipalityId).orElse(null)));
        }
    }

    @GetMapping
    @Operation(summary = "The signed letter (the secretariat, the municipality's focal point); the reading is audited")
    ResponseEntity<InputStreamResource> letter(@PathVariable String id, @PathVariable String municipalityId) {
        UploadSignedLetter.Letter letter = letters.letter(id, municipalityId);
        return FileDownloads.attachment(letter.file(), letter.content());
    }
}
