package org.diktyo.memorandum.domain;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;

import org.diktyo.documents.SignatureCheck;
import org.diktyo.documents.SignatureChecks;
import org.diktyo.documents.StoredFile;
import org.diktyo.documents.StoredFiles;
import org.diktyo.network.Accession;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 2 of an adoption: the signed copy, a PDF by its content (an encrypted or unreadable one is
 * refused with 415), replacing an earlier one. Its electronic signatures are checked with the EU
 * DSS library ({@link SignatureChecks}): a copy signed electronically is of method {@code PADES},
 * one without an electronic signature {@code WET_INK_SCAN}. A broken signature or a copy changed
 * after signing is kept and shown, never blocked: the secretariat decides when it verifies.
 */
@Service
public class UploadSignedCopy {

    static final String PDF = "application/pdf";

    private final RecordAdoption record;
    private final AdoptionStore adoptions;
    private final StoredFiles files;
    private final SignatureChecks checks;
    private final Accession accession;
    private final Clock clock;

    UploadSignedCopy(RecordAdoption record, AdoptionStore adoptions, StoredFiles files, SignatureChecks checks,
            Accession accession, Clock clock) {
        this.record = record;
        this.adoptions = adoptions;
        this.files = files;
        this.checks = checks;
        this.accession = accession;
        this.clock = clock;
    }

    @Transactional
    public Adoption upload(int number, String municipalityId, String filename, long size, InputStream content) {
        record.adoptable(number, municipalityId);
        Adoption current = record.editable(number, municipalityId);
        if (current.decisionNumber() == null) {
            throw new Problem(HttpStatus.CONFLICT, "memorandum.adoption.decisionFirst");
        }
        StoredFile file = files.store(filename, size, content);
        if (!PDF.equals(file.mediaType())) {
            throw new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "memorandum.adoption.signedCopy.pdf");
        }
        SignatureCheck check = checks.check(file.id());
        String method = check.integrity().signed() ? "PADES" : "WET_INK_SCAN";
        String previous = current.signedCopyId();
        adoptions.update(new Adoption(number, municipalityId, AdoptionState.SIGNED, current.decisionNumber(),
                current.decisionDate(), current.ada(), current.signatoryName(), current.signatoryCapacity(),
                current.authorisationRef(), current.signedOn(), file.id(), method, current.officialNameEl(),
                current.textHashAtSigning(), null, current.requestedAt(), current.recordedAt(), null, null,
                current.version()));
        if (previous != null) {
            checks.forget(previous);
            files.delete(previous);
        }
        accession.paperworkDone(municipalityId, Accession.Paperwork.MEMORANDUM_SIGNED,
                current.signedOn() != null ? current.signedOn() : LocalDate.now(clock.withZone(PlanVersions.ATHENS)),
                record.actor());
        return adoptions.find(number, municipalityId).orElseThrow();
    }
}
