package org.diktyo.memorandum.domain;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.diktyo.accounts.AuditTrail;
import org.diktyo.documents.SignatureCheck;
import org.diktyo.documents.SignatureChecks;
import org.diktyo.documents.StoredFile;
import org.diktyo.documents.StoredFiles;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who adopted a version: everyone sees the verified adoptions (decision number, date, ΑΔΑ); the
 * secretariat and the partners see every adoption in every state, a focal point its own; the
 * signed copy is for the secretariat and the municipality's own focal point, and its reading is
 * audited. What a reader may not see is left out, not hidden in the page.
 */
@Service
public class ReadAdoptions {

    /** A signed copy to download. */
    public record SignedCopy(StoredFile file, InputStream content) {
    }

    private final AdoptionStore adoptions;
    private final VersionStore versions;
    private final StoredFiles files;
    private final AuditTrail audit;
    private final ViewerResolver viewers;
    private final SignatureChecks checks;

    ReadAdoptions(AdoptionStore adoptions, VersionStore versions, StoredFiles files, AuditTrail audit,
            ViewerResolver viewers, SignatureChecks checks) {
        this.checks = checks;
        this.adoptions = adoptions;
        this.versions = versions;
        this.files = files;
        this.audit = audit;
        this.viewers = viewers;
    }

    @Transactional(readOnly = true)
    public List<Adoption> of(int number) {
        versions.get(number);
        Viewer viewer = viewers.current();
        return adoptions.of(number).stream()
                .filter(a -> viewer.staff() || viewer.focalPointOf(a.municipalityId()) || a.state() == AdoptionState.VERIFIED)
                .map(a -> full(viewer, a.municipalityId()) ? a : published(a))
                .toList();
    }

    /** The adoption of the version in force that the public page lists: verified ones, by decision date. */
    @Transactional(readOnly = true)
    public List<Adoption> verified(int number) {
        return adoptions.inState(number, AdoptionState.VERIFIED).stream().map(ReadAdoptions::published).toList();
    }

    /** One municipality's adoption; a pending one if nothing is recorded yet and the viewer may record it. */
    @Transactional(readOnly = true)
    public Adoption one(int number, String municipalityId) {
        versions.get(number);
        Viewer viewer = viewers.current();
        Adoption a = adoptions.find(number, municipalityId).orElse(null);
        if (full(viewer, municipalityId) || viewer.partner()) {
            return a != null ? a : Adoption.pending(number, municipalityId, null);
        }
        if (a == null || a.state() != AdoptionState.VERIFIED) {
            throw Problem.notFound();
        }
        return published(a);
    }

    /** The signed copy, for the secretariat and the municipality's own focal point; the reading is audited. */
    @Transactional
    public SignedCopy signedCopy(int number, String municipalityId) {
        Viewer viewer = viewers.current();
        if (!viewer.signedIn()) {
            throw Problem.unauthorized();
        }
        Adoption a = adoptions.find(number, municipalityId).filter(x -> full(viewer, municipalityId))
                .filter(x -> x.signedCopyId() != null).orElseThrow(Problem::notFound);
        audit.record("memorandum.adoption.signed-copy", number + "/" + municipalityId);
        return new SignedCopy(files.find(a.signedCopyId()), files.open(a.signedCopyId()));
    }

    /**
     * What the check of the adoption's signed copy found (EU DSS): only where the copy itself is
     * readable by the viewer, as {@code a} then still names it.
     */
    @Transactional(readOnly = true)
    public Optional<SignatureCheck> signature(Adoption a) {
        return checks.find(a.signedCopyId());
    }

    private static boolean full(Viewer viewer, String municipalityId) {
        return viewer.secretariat() || viewer.focalPointOf(municipalityId);
    }

    /** What anyone may read of an adoption: the decision, not the people or the files. */
    private static Adoption published(Adoption a) {
        return new Adoption(a.versionNumber(), a.municipalityId(), a.state(), a.decisionNumber(), a.decisionDate(),
                a.ada(), null, null, null, a.signedOn(), null, a.method(), a.officialNameEl(), a.textHashAtSigning(), null,
                null, a.recordedAt(), a.verifiedAt(), null, a.version());
    }
}
