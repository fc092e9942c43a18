package org.diktyo.memorandum.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diktyo.language.Ada;
import org.diktyo.language.DecisionNumber;
import org.diktyo.network.Accession;
import org.diktyo.network.Registry;
import org.diktyo.platform.PlausibleDates;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Problem.FieldProblem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality records its council's decision to adopt a version (step 1; the signed copy, step 2,
 * is {@link UploadSignedCopy}): its focal point, the holder of its adoption link, or the secretariat on
 * its behalf. The version's text must be fixed (frozen, adopted or in force); the text's hash and
 * the municipality's official name are kept as they were when the decision was recorded.
 */
@Service
public class RecordAdoption {

    private static final Set<VersionState> ADOPTABLE = Set.of(VersionState.FROZEN, VersionState.ADOPTED,
            VersionState.IN_FORCE);

    private final AdoptionStore adoptions;
    private final VersionStore versions;
    private final Registry registry;
    private final ViewerResolver viewers;
    private final Accession accession;
    private final Clock clock;

    RecordAdoption(AdoptionStore adoptions, VersionStore versions, Registry registry,
            ViewerResolver viewers, Accession accession, Clock clock) {
        this.accession = accession;
        this.adoptions = adoptions;
        this.versions = versions;
        this.registry = registry;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** Step 1: the council's decision and who signs; checked field by field before anything is written. */
    @Transactional
    public Adoption recordDecision(int number, String municipalityId, CouncilDecision in) {
        MemorandumVersion version = adoptable(number, municipalityId);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(PlanVersions.ATHENS));
        LocalDate decided = in.decisionDate();
        date(problems, "decisionDate", decided, today);
        DecisionNumber.Result decisionNumber = DecisionNumber.normalise(in.decisionNumber(), decided);
        if (decisionNumber.problem() != null) {
            problems.add(new FieldProblem("decisionNumber", decisionNumber.problem() == DecisionNumber.Problem.REQUIRED
                    ? "platform.error.required" : "memorandum.adoption.decisionNumber." + switch (decisionNumber.problem()) {
                        case TWO_DIGIT_YEAR -> "twoDigitYear";
                        case YEAR_MISMATCH -> "yearMismatch";
                        case YEAR_MISSING -> "yearMissing";
                        default -> "invalid";
                    }));
        }
        String ada = null;
        if (in.ada() != null && !in.ada().isBlank()) {
            ada = Ada.normalise(in.ada()).orElse(null);
            if (ada == null) {
                problems.add(new FieldProblem("ada", "memorandum.adoption.ada.invalid"));
            }
        }
        String signatory = text(problems, "signatoryName", in.signatoryName(), true);
        if (in.signatoryCapacity() == null) {
            problems.add(new FieldProblem("signatoryCapacity", "platform.error.required"));
        }
        boolean mayor = in.signatoryCapacity() == SignatoryCapacity.MAYOR;
        String authorisation = text(problems, "authorisationRef", in.authorisationRef(), in.signatoryCapacity() != null && !mayor);
        date(problems, "signedOn", in.signedOn(), today);
        if (in.signedOn() != null && decided != null && in.signedOn().isBefore(decided)) {
            problems.add(new FieldProblem("signedOn", "memorandum.adoption.signedOn.beforeDecision"));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        Adoption current = editable(number, municipalityId);
        String officialName = registry.names(municipalityId).map(n -> n.officialNameEl()).orElse(null);
        Adoption recorded = new Adoption(number, municipalityId,
                current.signedCopyId() == null ? AdoptionState.DECISION_RECORDED : AdoptionState.SIGNED,
                decisionNumber.number(), decided, ada, signatory, in.signatoryCapacity(), mayor ? null : authorisation,
                in.signedOn(), current.signedCopyId(), current.method(), officialName, version.textHash(), null,
                current.requestedAt(), Instant.now(clock), null, null, current.version());
        adoptions.update(recorded);
        accession.paperworkDone(municipalityId, Accession.Paperwork.COUNCIL_DECISION, decided, actor());
        return adoptions.find(number, municipalityId).orElseThrow();
    }

    /** Who recorded it, for the accession case's timeline: the signed-in address, or the personal link. */
    String actor() {
        Viewer viewer = viewers.current();
        return viewer.email() != null ? viewer.email() : "memorandum";
    }

    /** The version, if the viewer may act for the municipality and the version's text is fixed. */
    MemorandumVersion adoptable(int number, String municipalityId) {
        Viewer viewer = viewers.current();
        if (!viewer.signedIn()) {
            throw Problem.unauthorized();
        }
        if (viewer.partner()) {
            throw Problem.forbidden();
        }
        if (!viewer.mayEdit(municipalityId) || !registry.exists(municipalityId)) {
            throw Problem.notFound();
        }
        return versionToAdopt(number);
    }

    /** The version, if its text is fixed (frozen, adopted or in force); a 409 naming its state otherwise. */
    MemorandumVersion versionToAdopt(int number) {
        MemorandumVersion version = versions.get(number);
        if (!ADOPTABLE.contains(version.state())) {
            throw new Problem(HttpStatus.CONFLICT, "memorandum.adoption.versionState", version.state().name());
        }
        return version;
    }

    Adoption editable(int number, String municipalityId) {
        Adoption current = adoptions.find(number, municipalityId).orElseGet(() -> {
            adoptions.insert(Adoption.pending(number, municipalityId, null));
            return adoptions.find(number, municipalityId).orElseThrow();
        });
        if (!current.state().editable()) {
            throw new Problem(HttpStatus.CONFLICT, "memorandum.adoption.state", current.state().name());
        }
        return current;
    }

    private static void date(List<FieldProblem> problems, String field, LocalDate date, LocalDate today) {
        if (date == null) {
            problems.add(new FieldProblem(field, "platform.error.required"));
        } else if (!PlausibleDates.within(date)) {
            problems.add(new FieldProblem(field, PlausibleDates.KEY));
        } else if (date.isAfter(today)) {
            problems.add(new FieldProblem(field, "memorandum.adoption.date.future"));
        }
    }

    private static String text(List<FieldProblem> problems, String field, String value, boolean required) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "platform.error.required"));
            }
            return null;
        }
        if (text.length() > 200) {
            problems.add(new FieldProblem(field, "memorandum.field.tooLong"));
        }
        return text;
    }
}
