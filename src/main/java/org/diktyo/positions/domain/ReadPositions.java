package org.diktyo.positions.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.drafting.Clause;
import org.diktyo.drafting.Drafts;
import org.diktyo.language.Bilingual;
import org.diktyo.mail.Outbox;
import org.diktyo.network.Addressees;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads positions as the viewer may: the public reads those sent (their text, addressees, the
 * signatures that count, the letter); anyone signed in reads drafts and who signed; the
 * secretariat also reads what was sent to whom and what became of it. An unpublished position is
 * a 404 to the public.
 */
@Service
@Transactional(readOnly = true)
public class ReadPositions {

    /** A municipality in the signature tracker: {@code SIGNED}, {@code TO_RECONFIRM}, {@code WITHDRAWN} or {@code NOT_SIGNED}. */
    public record TrackerRow(String municipalityId, Bilingual name, String status, CoSignature signature) {
    }

    /** The tracker: every eligible municipality (and any other that signed), and how many signatures count. */
    public record Tracker(Position position, List<TrackerRow> rows, long counting) {
    }

    /** A message queued when the letter was sent, and what became of it (the relay's words when it failed). */
    public record SentMessage(String recipient, String kind, String status, String error) {
    }

    /** A position open for signature to a focal point's municipality, and its signature if any. */
    public record ToSign(Position position, CoSignature signature) {
    }

    private final PositionStore positions;
    private final SignatureStore signatures;
    private final Eligibility eligibility;
    private final Drafts drafts;
    private final PrintLetter letters;
    private final Outbox outbox;
    private final ViewerResolver viewers;

    ReadPositions(PositionStore positions, SignatureStore signatures, Eligibility eligibility, Drafts drafts,
            PrintLetter letters, Outbox outbox, ViewerResolver viewers) {
        this.positions = positions;
        this.signatures = signatures;
        this.eligibility = eligibility;
        this.drafts = drafts;
        this.letters = letters;
        this.outbox = outbox;
        this.viewers = viewers;
    }

    public List<Position> list(PositionState state) {
        boolean drafts = Who.readsDrafts(viewers.current());
        return positions.all().stream().filter(p -> drafts || p.state().published())
                .filter(p -> state == null || p.state() == state).toList();
    }

    public Position one(String id) {
        Position p = positions.get(id);
        if (!p.state().published() && !Who.readsDrafts(viewers.current())) {
            throw Problem.notFound();
        }
        return p;
    }

    public List<Clause> clauses(String id) {
        return drafts.clauses(one(id).textId());
    }

    /** The amendments proposed to the position's text: anyone signed in. */
    public List<org.diktyo.drafting.Amendment> amendments(String id) {
        if (!viewers.current().signedIn()) {
            throw Problem.unauthorized();
        }
        return drafts.amendments(one(id).textId());
    }

    public List<Addressee> addressees(String id) {
        return positions.addressees(one(id).id());
    }

    /** The signatures: to the public, those that count on a sent position; to anyone signed in, all. */
    public List<CoSignature> signatures(String id) {
        Position p = one(id);
        List<CoSignature> all = signatures.of(id);
        return Who.readsDrafts(viewers.current()) ? all : letters.signatories(p);
    }

    public Tracker tracker(String id) {
        Viewer viewer = viewers.current();
        if (!viewer.signedIn()) {
            throw Problem.unauthorized();
        }
        Position p = one(id);
        Map<String, CoSignature> byMunicipality = new LinkedHashMap<>();
        signatures.of(id).forEach(s -> byMunicipality.put(s.municipalityId(), s));
        List<TrackerRow> rows = new ArrayList<>();
        for (Addressees.Addressee m : eligibility.signers(p.openTo())) {
            rows.add(row(p, m.municipalityId(), m.officialName(), byMunicipality.remove(m.municipalityId())));
        }
        byMunicipality.values().forEach(s -> rows.add(row(p, s.municipalityId(), s.officialName(), s)));
        return new Tracker(p, rows, rows.stream().filter(r -> r.status().equals("SIGNED")).count());
    }

    private static TrackerRow row(Position p, String id, Bilingual name, CoSignature s) {
        String status = s == null ? "NOT_SIGNED" : s.counts(p.textHash()) ? "SIGNED"
                : s.state() == SignatureState.WITHDRAWN ? "WITHDRAWN" : "TO_RECONFIRM";
        return new TrackerRow(id, name, status, s);
    }

    /** A focal point's positions to sign: open for signature to its municipality. */
    public List<ToSign> toSign() {
        Viewer viewer = viewers.current();
        if (!viewer.signedIn()) {
            throw Problem.unauthorized();
        }
        String m = viewer.municipalityId();
        if (m == null) {
            return List.of();
        }
        List<ToSign> open = new ArrayList<>();
        for (Position p : positions.inStates(List.of(PositionState.OPEN_FOR_SIGNATURE))) {
            if (eligibility.municipalities(p.openTo()).contains(m)) {
                open.add(new ToSign(p, signatures.find(p.id(), m).orElse(null)));
            }
        }
        return open;
    }

    /** The letter as a PDF in Greek or English, to whoever may read the position. */
    public byte[] letter(String id, Locale locale) {
        return letters.pdf(one(id), locale);
    }

    /** What was sent to whom and what became of it (the secretariat). */
    public List<SentMessage> sent(String id) {
        Who.secretariat(viewers.current());
        one(id);
        return signatures.sent(id).stream().map(s -> outbox.entry(s.outboxId())
                .map(e -> new SentMessage(s.recipient(), s.kind(), e.status().name(), e.lastError()))
                .orElse(new SentMessage(s.recipient(), s.kind(), "UNKNOWN", null))).toList();
    }

    /** The earlier states of a municipality's signature, the latest first: anyone signed in. */
    public List<EarlierSignature> history(String id, String municipalityId) {
        if (!viewers.current().signedIn()) {
            throw Problem.unauthorized();
        }
        one(id);
        return signatures.history(id, municipalityId);
    }

    /** The corrections of the text while it was signed: how many, and the latest reason. */
    public List<String> correctionReasons(String id) {
        one(id);
        return signatures.corrections(id).stream().map(SignatureStore.Correction::reason).toList();
    }
}
