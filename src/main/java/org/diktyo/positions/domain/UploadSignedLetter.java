package org.diktyo.positions.domain;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.diktyo.accounts.AuditTrail;
import org.diktyo.documents.SignatureCheck;
import org.diktyo.documents.SignatureChecks;
import org.diktyo.documents.StoredFile;
import org.diktyo.documents.StoredFiles;
import org.diktyo.network.Registry;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality signs a position open for signature by uploading the letter its mayor signed
 * (issue 14): a PDF signed electronically (method {@code PADES_LETTER}, its PAdES signatures
 * checked with EU DSS as for the memorandum) or a scan of the signed paper ({@code SIGNED_LETTER}).
 * A broken signature or a letter changed after signing is refused with 422 and a reason, nothing
 * written; an encrypted or unreadable PDF with 415. The same people as {@link SignPosition}: the
 * focal point, the mayor's personal link, the secretariat on the municipality's behalf. The
 * letter replaces an earlier one, which is kept with the signature's history; its reading is audited.
 */
@Service
public class UploadSignedLetter {

    /** A signature's letter to download. */
    public record Letter(StoredFile file, InputStream content) {
    }

    static final String PDF = "application/pdf";

    private final SignPosition sign;
    private final PositionStore positions;
    private final SignatureStore signatures;
    private final Eligibility eligibility;
    private final Registry registry;
    private final StoredFiles files;
    private final SignatureChecks checks;
    private final AuditTrail audit;
    private final ViewerResolver viewers;
    private final Clock clock;

    UploadSignedLetter(SignPosition sign, PositionStore positions, SignatureStore signatures, Eligibility eligibility,
            Registry registry, StoredFiles files, SignatureChecks checks, AuditTrail audit, ViewerResolver viewers,
            Clock clock) {
        this.sign = sign;
        this.positions = positions;
        this.signatures = signatures;
        this.eligibility = eligibility;
        this.registry = registry;
        this.files = files;
        this.checks = checks;
        this.audit = audit;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** Signs (or confirms again) the position's current text with the letter {@code content}. */
    @Transactional
    public CoSignature upload(String positionId, String municipalityId, String filename, long size, InputStream content) {
        Viewer viewer = viewers.current();
        Who.signsFor(viewer, municipalityId);
        if (!registry.exists(municipalityId)) {
            throw Problem.notFound();
        }
        Position p = positions.get(positionId);
        sign.open(p);
        eligibility.require(p, municipalityId);
        StoredFile file = files.store(filename, size, content);
        if (!PDF.equals(file.mediaType())) {
            throw new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "positions.letter.pdf");
        }
        SignatureCheck check = checks.check(file.id());
        if (check.integrity() == SignatureCheck.Integrity.BROKEN) {
            throw new Problem(HttpStatus.UNPROCESSABLE_ENTITY, "positions.letter.broken");
        }
        if (check.integrity() == SignatureCheck.Integrity.CHANGED_AFTER_SIGNING) {
            throw new Problem(HttpStatus.UNPROCESSABLE_ENTITY, "positions.letter.changed");
        }
        String method = check.integrity().signed() ? "PADES_LETTER" : "SIGNED_LETTER";
        Instant now = Instant.now(clock);
        CoSignature existing = signatures.find(positionId, municipalityId).orElse(null);
        if (existing != null) {
            signatures.update(existing.with(SignatureState.VALID, p.textHash(), now, method, viewer.email()));
        } else {
            signatures.insert(sign.signature(positionId, municipalityId, p.textHash(), method, viewer.email(), now));
        }
        signatures.letter(positionId, municipalityId, file.id()); // an earlier letter stays in the history
        if (viewer.secretariat()) {
            audit.record("positions.signed-letter-upload", positionId + "/" + municipalityId);
        }
        return signatures.find(positionId, municipalityId).orElseThrow();
    }

    /** The check of a signature's letter, if it has one and the viewer may read it. */
    @Transactional(readOnly = true)
    public Optional<SignatureCheck> check(String positionId, String municipalityId) {
        Viewer viewer = viewers.current();
        if (!viewer.secretariat() && !viewer.focalPointOf(municipalityId)) {
            return Optional.empty();
        }
        return signatures.letter(positionId, municipalityId).flatMap(checks::find);
    }

    /** The letter, for the secretariat and the municipality's own focal point; the reading is audited. */
    @Transactional
    public Letter letter(String positionId, String municipalityId) {
        Viewer viewer = viewers.current();
        if (!viewer.signedIn()) {
            throw Problem.unauthorized();
        }
        if (!viewer.secretariat() && !viewer.focalPointOf(municipalityId)) {
            throw Problem.notFound();
        }
        String id = signatures.letter(positionId, municipalityId).orElseThrow(Problem::notFound);
        audit.record("positions.signed-letter", positionId + "/" + municipalityId);
        return new Letter(files.find(id), files.open(id));
    }
}
