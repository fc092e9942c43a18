package org.diktyo.drafting.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.diktyo.drafting.Amendment;
import org.diktyo.drafting.DraftText;
import org.diktyo.drafting.Stance;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A municipality supports or objects to a submitted amendment (a reason is needed to object), or takes its stance back. */
@Service
public class TakeStance {

    private final TextStore texts;
    private final AmendmentStore amendments;
    private final ViewerResolver viewers;
    private final Clock clock;

    TakeStance(TextStore texts, AmendmentStore amendments, ViewerResolver viewers, Clock clock) {
        this.texts = texts;
        this.amendments = amendments;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** {@code stance} null takes the municipality's stance back. */
    @Transactional
    public Amendment take(String amendmentId, String municipality, Stance stance, String reason) {
        Viewer viewer = viewers.current();
        Acting.forMunicipality(viewer, municipality);
        Amendment amendment = amendments.find(amendmentId).orElseThrow(Problem::notFound);
        DraftText text = texts.get(amendment.textId());
        Instant now = Instant.now(clock);
        Consultation.requireOpen(text, now);
        Consultation.requireEligible(text, municipality);
        if (!amendment.state().undecided()) {
            throw new Problem(HttpStatus.CONFLICT, "drafting.stance.notOpen");
        }
        String why = reason == null ? null : reason.strip();
        if (stance == Stance.OBJECT && ClauseChecks.blank(why)) {
            throw Problem.invalid(List.of(new Problem.FieldProblem("reason", "drafting.stance.reasonRequired")));
        }
        if (why != null && why.length() > 2_000) {
            throw Problem.invalid(List.of(new Problem.FieldProblem("reason", "drafting.stance.reasonTooLong")));
        }
        amendments.stance(amendmentId, municipality, stance, why == null || why.isEmpty() ? null : why, viewer.email(), now);
        return amendments.find(amendmentId).orElseThrow();
    }
}
