package org.diktyo.memorandum.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.diktyo.documents.FileDownloads;
import org.diktyo.documents.StoredFiles;
import org.diktyo.documents.Uploads;
import org.diktyo.memorandum.domain.CouncilDecision;
import org.diktyo.memorandum.domain.ReadAdoptions;
import org.diktyo.memorandum.domain.RecordAdoption;
import org.diktyo.memorandum.domain.RequestAdoptions;
import org.diktyo.memorandum.domain.SignatoryCapacity;
import org.diktyo.memorandum.domain.UploadSignedCopy;
import org.diktyo.memorandum.domain.VerifyAdoption;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * {@code /api/v1/memorandum/versions/{n}/adoptions}: who adopted a version; a municipality's
 * council decision and signed copy (its focal point, or the secretariat on its behalf); the
 * secretariat's verification or refusal of the evidence.
 */
@RestController
@RequestMapping("/api/v1/memorandum/versions/{number}")
@Tag(name = "memorandum")
class AdoptionsApi {

    record CouncilDecisionIn(@NotBlank String decisionNumber, @NotNull LocalDate decisionDate, String ada,
            @NotBlank String signatoryName, @NotNull SignatoryCapacity signatoryCapacity, String authorisationRef,
            @NotNull LocalDate signedOn) {
        CouncilDecision decision() {
            return new CouncilDecision(decisionNumber, decisionDate, ada, signatoryName, signatoryCapacity,
                    authorisationRef, signedOn);
        }
    }

    record EvidenceRefusalIn(@NotBlank String reason) {
    }

    record SignedCopyIn(@Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED) String file) {
    }

    record AdoptionRequestIn(LocalDate deadline) {
    }

    private final ReadAdoptions read;
    private final RecordAdoption record;
    private final VerifyAdoption verify;
    private final StoredFiles files;
    private final RequestAdoptions requests;
    private final UploadSignedCopy upload;

    AdoptionsApi(ReadAdoptions read, RecordAdoption record, VerifyAdoption verify, StoredFiles files,
            RequestAdoptions requests, UploadSignedCopy upload) {
        this.upload = upload;
        this.requests = requests;
        this.read = read;
        this.record = record;
        this.verify = verify;
        this.files = files;
    }

    /** An adoption with the check of its signed copy, where the reader may see the copy. */
    private MemorandumJson.AdoptionOut out(org.diktyo.memorandum.domain.Adoption a) {
        return MemorandumJson.AdoptionOut.of(a, read.signature(a).orElse(null));
    }

    @PostMapping("/adoption-requests")
    @Operation(summary = "Asks every member that has not adopted the version yet to adopt it: a personal link each, "
            + "mailed to the mayor with the focal point in copy (a new request replaces the old links); with a "
            + "`deadline`, reminders 14 and 3 days before it, each once")
    RequestAdoptions.Requested request(@PathVariable int number,
            @RequestBody(required = false) AdoptionRequestIn in) {
        return requests.request(number, in == null ? null : in.deadline());
    }

    @GetMapping("/adoptions")
    @Operation(summary = "Adoptions of a version: verified ones for everyone; all, for the secretariat and partners; a focal point's own")
    MemorandumJson.PageOut<MemorandumJson.AdoptionOut> list(@PathVariable int number) {
        var items = read.of(number).stream().map(this::out).toList();
        return new MemorandumJson.PageOut<>(items, 0, items.size(), items.size());
    }

    @GetMapping("/adoptions/{municipalityId}")
    @Operation(summary = "One municipality's adoption (PENDING when nothing is recorded yet)")
    MemorandumJson.AdoptionOut one(@PathVariable int number, @PathVariable String municipalityId) {
        return out(read.one(number, municipalityId));
    }

    @PutMapping("/adoptions/{municipalityId}")
    @Operation(summary = "Records the council's decision: number (as people type it, normalised to 123/2024), date, ADA (Diavgeia), "
            + "signatory and capacity (an authorisation reference unless the mayor signs), date of signing")
    MemorandumJson.AdoptionOut decide(@PathVariable int number, @PathVariable String municipalityId,
            @RequestBody CouncilDecisionIn in) {
        return out(record.recordDecision(number, municipalityId, in.decision()));
    }

    @PostMapping(path = "/adoptions/{municipalityId}/signed-copy", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Uploads the signed copy, a PDF (checked by content; "
            + "encrypted or unreadable: 415), multipart field `file`; its electronic signatures (PAdES) are checked with "
            + "the EU DSS library, offline: `signature` tells integrity, signer, issuer; method PADES or WET_INK_SCAN. "
            + "A broken signature or a copy changed after signing is kept and shown, the secretariat decides")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = SignedCopyIn.class)))
    MemorandumJson.AdoptionOut upload(@PathVariable int number, @PathVariable String municipalityId,
            MultipartHttpServletRequest request) throws IOException {
        MultipartFile file = Uploads.file(request, files.maxSizeText());
        try (InputStream in = file.getInputStream()) {
            return out(upload.upload(number, municipalityId,
                    file.getOriginalFilename(), file.getSize(), in));
        }
    }

    @GetMapping("/adoptions/{municipalityId}/signed-copy")
    @Operation(summary = "The signed copy (the secretariat, the municipality's focal point); the reading is audited")
    ResponseEntity<InputStreamResource> signedCopy(@PathVariable int number, @PathVariable String municipalityId) {
        ReadAdoptions.SignedCopy copy = read.signedCopy(number, municipalityId);
        return FileDownloads.attachment(copy.file(), copy.content());
    }

    @PostMapping("/adoptions/{municipalityId}/verify")
    @Operation(summary = "The secretariat verifies a signed adoption: evidence of membership")
    MemorandumJson.AdoptionOut verify(@PathVariable int number, @PathVariable String municipalityId) {
        return out(verify.verify(number, municipalityId));
    }

    @PostMapping("/adoptions/{municipalityId}/reject")
    @Operation(summary = "The secretariat refuses the evidence, with a reason the municipality reads")
    MemorandumJson.AdoptionOut reject(@PathVariable int number, @PathVariable String municipalityId,
            @RequestBody EvidenceRefusalIn in) {
        return out(verify.reject(number, municipalityId, in.reason()));
    }

    @PostMapping("/adoptions/{municipalityId}/revoke")
    @Operation(summary = "The secretariat records the formal withdrawal of a verified adoption (REVOKED), with its reason; "
            + "the municipality's membership is derived again and the public no longer lists it")
    MemorandumJson.AdoptionOut revoke(@PathVariable int number, @PathVariable String municipalityId,
            @RequestBody EvidenceRefusalIn in) {
        return out(verify.revoke(number, municipalityId, in.reason()));
    }
}
