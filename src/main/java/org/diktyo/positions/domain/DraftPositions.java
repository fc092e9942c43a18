package org.diktyo.positions.domain;

import org.diktyo.language.Athens;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diktyo.drafting.Amendment;
import org.diktyo.drafting.Clause;
import org.diktyo.drafting.ClauseKind;
import org.diktyo.drafting.Drafts;
import org.diktyo.drafting.Proposal;
import org.diktyo.language.Bilingual;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat drafts a position: creates it with its clauses (a drafting text of kind
 * {@code POSITION}), sets its addressees, opens it to the municipalities' amendments until a
 * date, freezes it (at least one «ΠΡΟΣ» addressee) or withdraws it before it is sent. Amendments
 * and stances are drafting's, under the same rules as the memorandum's.
 */
@Service
public class DraftPositions {

    public static final String OWNER = "POSITION";
    static final ZoneId ATHENS = Athens.ZONE;

    /** A clause as the secretariat writes it; its key is given by the order ({@code p.1}, {@code p.2} …). */
    public record ClauseDraft(Bilingual heading, Bilingual text) {
    }

    /** A new position. */
    public record Draft(Bilingual title, Bilingual subject, List<ClauseDraft> clauses, OpenTo openTo,
            SignatoryOrder signatoryOrder, List<String> relatedAxes, List<String> relatedEntries,
            boolean partnersMayEndorse) {
    }

    private final PositionStore positions;
    private final Drafts drafts;
    private final Eligibility eligibility;
    private final ViewerResolver viewers;
    private final Clock clock;

    DraftPositions(PositionStore positions, Drafts drafts, Eligibility eligibility, ViewerResolver viewers, Clock clock) {
        this.positions = positions;
        this.drafts = drafts;
        this.eligibility = eligibility;
        this.viewers = viewers;
        this.clock = clock;
    }

    @Transactional
    public Position create(Draft draft) {
        Who.secretariat(viewers.current());
        Checks checks = new Checks();
        String titleEl = checks.text("titleEl", draft.title().el(), true, 300);
        String titleEn = checks.text("titleEn", draft.title().en(), false, 300);
        String subjectEl = checks.text("subjectEl", draft.subject().el(), true, 500);
        String subjectEn = checks.text("subjectEn", draft.subject().en(), false, 500);
        if (draft.clauses() == null || draft.clauses().isEmpty()) {
            checks.problem("clauses", "platform.error.required");
        } else if (draft.clauses().size() > 100 || draft.clauses().contains(null)) {
            checks.problem("clauses", "positions.field.clauses");
        }
        checks.codes("relatedAxes", draft.relatedAxes());
        checks.codes("relatedEntries", draft.relatedEntries());
        checks.done();
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < draft.clauses().size(); i++) {
            ClauseDraft c = draft.clauses().get(i);
            clauses.add(new Clause("p." + (i + 1), ClauseKind.PARAGRAPH, Bilingual.of("", ""),
                    c.heading() == null ? Bilingual.of("", "") : c.heading(), c.text() == null ? Bilingual.NONE : c.text(),
                    null));
        }
        String id = newId();
        String textId = drafts.create(OWNER, id, clauses);
        positions.insert(new Position(id, Bilingual.of(titleEl, titleEn == null ? "" : titleEn),
                Bilingual.of(subjectEl, subjectEn == null ? "" : subjectEn), textId, PositionState.DRAFT,
                draft.openTo() == null ? OpenTo.MEMBERS : draft.openTo(),
                draft.signatoryOrder() == null ? SignatoryOrder.COLLATION : draft.signatoryOrder(),
                draft.relatedAxes() == null ? List.of() : draft.relatedAxes(),
                draft.relatedEntries() == null ? List.of() : draft.relatedEntries(), null, null, null, null, null, null,
                null, null, null, Instant.now(clock), 0, draft.partnersMayEndorse()));
        return positions.get(id);
    }

    /** The whole ordered list of addressees, until the position is sent. */
    @Transactional
    public List<Addressee> addressees(String id, List<Addressee> addressees) {
        Who.secretariat(viewers.current());
        Checks checks = new Checks();
        List<Addressee> clean = checked(checks, addressees);
        checks.done();
        Position p = positions.get(id);
        if (p.state().published() || p.state() == PositionState.WITHDRAWN) {
            throw new Problem(HttpStatus.CONFLICT, "positions.state", p.state().name());
        }
        positions.replaceAddressees(id, clean);
        positions.update(p);
        return positions.addressees(id);
    }

    /** The addressees checked, each refusal naming its row ({@code [2].email}); stripped. */
    static List<Addressee> checked(Checks checks, List<Addressee> addressees) {
        List<Addressee> clean = new ArrayList<>();
        if (addressees == null || addressees.size() > 30) {
            checks.problem("addressees", "positions.addressees.count");
            return clean;
        }
        for (int i = 0; i < addressees.size(); i++) {
            Addressee a = addressees.get(i);
            if (a == null) {
                checks.problem("[" + i + "]", "platform.error.required");
                continue;
            }
            String body = checks.text("[" + i + "].body", a.body(), true, 300);
            if (a.role() == null) {
                checks.problem("[" + i + "].role", "platform.error.required");
            }
            String email = checks.text("[" + i + "].email", a.email(), false, 320);
            checks.email("[" + i + "].email", email);
            String postal = checks.text("[" + i + "].postalAddress", a.postalAddress(), false, 500);
            clean.add(new Addressee(body, a.role(), email, postal));
        }
        return clean;
    }

    /** Open to the eligible municipalities' amendments until the end of {@code closesOn} (Athens). */
    @Transactional
    public Position openConsultation(String id, LocalDate closesOn) {
        Who.secretariat(viewers.current());
        Checks checks = new Checks();
        checks.date("closesOn", closesOn, true);
        checks.done();
        if (closesOn.isBefore(LocalDate.now(clock.withZone(ATHENS)))) {
            throw Problem.invalid(List.of(new Problem.FieldProblem("closesOn", "positions.date.past")));
        }
        Position p = inState(id, PositionState.DRAFT);
        Set<String> eligible = eligibility.municipalities(p.openTo());
        drafts.openConsultation(p.textId(), closesOn.plusDays(1).atStartOfDay(ATHENS).toInstant(), eligible);
        positions.update(p.withState(PositionState.CONSULTATION).withConsultation(closesOn));
        return positions.get(id);
    }

    /** A municipality's amendment to the position in consultation (drafting's rules: its focal point or the secretariat). */
    @Transactional
    public Amendment propose(String id, Proposal proposal) {
        Position p = positions.get(id);
        if (!viewers.current().signedIn()) {
            throw Problem.unauthorized();
        }
        if (p.state() != PositionState.CONSULTATION) {
            throw new Problem(HttpStatus.CONFLICT, "positions.state", p.state().name());
        }
        return drafts.propose(p.textId(), proposal);
    }

    /** Merges the accepted amendments and fixes the hash; needs at least one «ΠΡΟΣ» addressee. */
    @Transactional
    public Position freeze(String id) {
        Who.secretariat(viewers.current());
        Position p = positions.get(id);
        if (p.state() != PositionState.DRAFT && p.state() != PositionState.CONSULTATION) {
            throw new Problem(HttpStatus.CONFLICT, "positions.state", p.state().name());
        }
        if (positions.addressees(id).stream().noneMatch(a -> a.role() == AddresseeRole.TO)) {
            throw new Problem(HttpStatus.CONFLICT, "positions.freeze.noAddressee");
        }
        if (p.state() == PositionState.CONSULTATION && drafts.text(p.textId()).openAt(clock.instant())) {
            drafts.closeConsultation(p.textId());
        }
        String hash = drafts.freeze(p.textId());
        positions.update(p.withHash(PositionState.FROZEN, hash));
        return positions.get(id);
    }

    /** Withdrawn by the network, in any state before it is sent. */
    @Transactional
    public Position withdraw(String id) {
        Who.secretariat(viewers.current());
        Position p = positions.get(id);
        if (p.state().published() || p.state() == PositionState.WITHDRAWN) {
            throw new Problem(HttpStatus.CONFLICT, "positions.state", p.state().name());
        }
        if (p.state() == PositionState.CONSULTATION && drafts.text(p.textId()).openAt(clock.instant())) {
            drafts.closeConsultation(p.textId());
        }
        positions.update(p.withState(PositionState.WITHDRAWN));
        return positions.get(id);
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /**
     * 16 hexadecimal digits (64 random bits): short enough that a personal link's subject,
     * {@code <position>/<municipality>}, fits the 64 characters of {@code personal_link.subject_id}.
     */
    static String newId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private Position inState(String id, PositionState state) {
        Position p = positions.get(id);
        if (p.state() != state) {
            throw new Problem(HttpStatus.CONFLICT, "positions.state", p.state().name());
        }
        return p;
    }
}
