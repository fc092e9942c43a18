package org.diktyo.positions.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.diktyo.language.Bilingual;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat creates a position with its addressees in one go (the page's form), and edits
 * its details until signing opens: title, subject, related entries and axes, who may sign, the
 * order of the signatories, whether partners may endorse, and the planned signature window (the
 * last day of signing) and minimum of signatories, which opening the signature takes unless told
 * otherwise. A stale version is a 409; nothing is written when a field is wrong.
 */
@Service
public class EditPosition {

    /** The details the secretariat edits; {@code closesOn} and {@code minSignatories} are planned. */
    public record Details(Bilingual title, Bilingual subject, OpenTo openTo, SignatoryOrder signatoryOrder,
            List<String> relatedAxes, List<String> relatedEntries, LocalDate closesOn, Integer minSignatories,
            boolean partnersMayEndorse) {
    }

    static final Set<PositionState> EDITABLE = Set.of(PositionState.DRAFT, PositionState.CONSULTATION,
            PositionState.FROZEN);

    private final DraftPositions draft;
    private final PositionStore positions;
    private final ViewerResolver viewers;
    private final Clock clock;

    EditPosition(DraftPositions draft, PositionStore positions, ViewerResolver viewers, Clock clock) {
        this.draft = draft;
        this.positions = positions;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** Whether the details of {@code p} may still be edited (until signing opens). */
    public static boolean editable(Position p) {
        return EDITABLE.contains(p.state());
    }

    /** The secretariat's forms only: 401 for nobody, 403 for anyone else. */
    public void allowed() {
        Who.secretariat(viewers.current());
    }

    /**
     * The page's edit at {@code version} (409 when stale): the details (null once signing has
     * opened: only the addressees change then, until it is sent) and the addressees.
     */
    @Transactional
    public Position update(String id, int version, Details details, List<Addressee> addressees) {
        Who.secretariat(viewers.current());
        if (details != null) {
            edit(id, version, details); // the fields checked first, then the version
        } else if (positions.get(id).version() != version) {
            throw new Problem(HttpStatus.CONFLICT, "platform.error.conflict");
        }
        draft.addressees(id, addressees);
        return positions.get(id);
    }

    /** A new position, its planned window and its addressees; all or nothing. */
    @Transactional
    public Position create(DraftPositions.Draft d, LocalDate closesOn, Integer minSignatories, List<Addressee> addressees) {
        Who.secretariat(viewers.current());
        Checks checks = new Checks();
        plan(checks, closesOn, minSignatories);
        DraftPositions.checked(checks, addressees);
        Position p = null;
        try {
            p = draft.create(d);
        } catch (Problem invalid) {
            if (invalid.fields().isEmpty()) {
                throw invalid;
            }
            invalid.fields().forEach(f -> checks.problem(f.field(), f.key()));
        }
        checks.done(); // a refusal of either rolls the whole back
        if (!addressees.isEmpty()) {
            draft.addressees(p.id(), addressees);
            p = positions.get(p.id());
        }
        if (closesOn != null || minSignatories != null) {
            positions.update(p.withDetails(p.title(), p.subject(), p.openTo(), p.signatoryOrder(), p.relatedAxes(),
                    p.relatedEntries(), closesOn, minSignatories, p.partnersMayEndorse(), p.version()));
        }
        return positions.get(p.id());
    }

    /** The details of a position not yet open for signature, at {@code version} (409 when stale). */
    @Transactional
    public Position edit(String id, int version, Details details) {
        Who.secretariat(viewers.current());
        Checks checks = new Checks();
        String titleEl = checks.text("titleEl", details.title().el(), true, 300);
        String titleEn = checks.text("titleEn", details.title().en(), false, 300);
        String subjectEl = checks.text("subjectEl", details.subject().el(), true, 500);
        String subjectEn = checks.text("subjectEn", details.subject().en(), false, 500);
        checks.codes("relatedAxes", details.relatedAxes());
        checks.codes("relatedEntries", details.relatedEntries());
        plan(checks, details.closesOn(), details.minSignatories());
        checks.done();
        Position p = positions.get(id);
        if (!editable(p)) {
            throw new Problem(HttpStatus.CONFLICT, "positions.state", p.state().name());
        }
        positions.update(p.withDetails(Bilingual.of(titleEl, titleEn == null ? "" : titleEn),
                Bilingual.of(subjectEl, subjectEn == null ? "" : subjectEn),
                details.openTo() == null ? p.openTo() : details.openTo(),
                details.signatoryOrder() == null ? p.signatoryOrder() : details.signatoryOrder(),
                details.relatedAxes() == null ? List.of() : details.relatedAxes(),
                details.relatedEntries() == null ? List.of() : details.relatedEntries(), details.closesOn(),
                details.minSignatories(), details.partnersMayEndorse(), version));
        return positions.get(id);
    }

    private void plan(Checks checks, LocalDate closesOn, Integer minSignatories) {
        LocalDate closes = checks.date("closesOn", closesOn, false);
        if (closes != null && closes.isBefore(LocalDate.now(clock.withZone(DraftPositions.ATHENS)))) {
            checks.problem("closesOn", "positions.date.past");
        }
        if (minSignatories != null && (minSignatories < 1 || minSignatories > 1000)) {
            checks.problem("minSignatories", "positions.minSignatories.range");
        }
    }
}
