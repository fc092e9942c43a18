package org.diktyo.positions.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.diktyo.drafting.Clause;
import org.diktyo.drafting.Drafts;
import org.diktyo.drafting.TextHash;
import org.diktyo.language.Bilingual;
import org.diktyo.network.Addressees;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat corrects a clause of a frozen position (a typo found while it is signed), with
 * a reason: the text as it was is kept (a copy, for the comparison), the text gets a new hash, every
 * valid signature must be confirmed again, and each signing municipality is mailed a new link to
 * confirm or withdraw. Unconfirmed signatures do not count at the close.
 */
@Service
public class CorrectPosition {

    static final String BEFORE = "POSITION_BEFORE_CORRECTION";

    private final PositionStore positions;
    private final SignatureStore signatures;
    private final Drafts drafts;
    private final Addressees addressees;
    private final SignatureMails mails;
    private final ViewerResolver viewers;
    private final Clock clock;

    CorrectPosition(PositionStore positions, SignatureStore signatures, Drafts drafts, Addressees addressees,
            SignatureMails mails, ViewerResolver viewers, Clock clock) {
        this.positions = positions;
        this.signatures = signatures;
        this.drafts = drafts;
        this.addressees = addressees;
        this.mails = mails;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** The position corrected, and the municipalities asked to confirm their signature again. */
    public record Corrected(Position position, List<String> toReconfirm) {
    }

    @Transactional
    public Corrected correct(String id, String clauseKey, Bilingual heading, Bilingual text, String reason) {
        Who.secretariat(viewers.current());
        Checks checks = new Checks();
        String key = checks.text("clauseKey", clauseKey, true, 100);
        String why = checks.text("reason", reason, true, 2_000);
        if (text == null || text.el() == null || text.el().isBlank()) {
            checks.problem("textEl", "platform.error.required");
        }
        checks.done();
        Position p = positions.get(id);
        if (p.state() != PositionState.OPEN_FOR_SIGNATURE && p.state() != PositionState.FROZEN) {
            throw new Problem(HttpStatus.CONFLICT, "positions.state", p.state().name());
        }
        List<Clause> clauses = drafts.clauses(p.textId());
        Clause clause = clauses.stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "drafting.clause.unknown", key));
        Bilingual newHeading = heading == null ? clause.heading() : heading;
        boolean changes = !TextHash.of(clauses.stream().map(c -> c == clause ? c.withContent(newHeading, text) : c)
                .toList()).equals(p.textHash());
        String before = changes ? drafts.copy(p.textId(), BEFORE, id + ":" + UUID.randomUUID()) : null;
        String hash = drafts.correct(p.textId(), key, newHeading, text);
        if (!changes) {
            return new Corrected(positions.get(id), List.of());
        }
        positions.update(p.withHash(p.state(), hash));
        Position corrected = positions.get(id);
        signatures.correction(id, new SignatureStore.Correction(why, before, p.textHash(), hash, Instant.now(clock),
                viewers.current().email()));
        List<String> asked = signatures.askReconfirmation(id);
        for (String municipality : asked) {
            addressees.one(municipality).ifPresent(m -> mails.send(corrected, m, "reconfirm", true));
        }
        return new Corrected(corrected, asked);
    }
}
