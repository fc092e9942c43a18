package org.diktyo.drafting.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.diktyo.drafting.Amendment;
import org.diktyo.drafting.AmendmentDecided;
import org.diktyo.drafting.AmendmentState;
import org.diktyo.drafting.CitedDecision;
import org.diktyo.drafting.DraftText;
import org.diktyo.drafting.TextOwner;
import org.diktyo.drafting.Decision;
import org.diktyo.language.Bilingual;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat records the body's decision on a submitted amendment: accepted, accepted as modified, rejected. */
@Service
public class DecideAmendment {

    private final AmendmentStore amendments;
    private final ViewerResolver viewers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TextStore texts;
    private final ObjectProvider<TextOwner> owners; // read when used: the owners themselves use drafting

    DecideAmendment(AmendmentStore amendments, ViewerResolver viewers, ApplicationEventPublisher events, Clock clock,
            TextStore texts, ObjectProvider<TextOwner> owners) {
        this.texts = texts;
        this.owners = owners;
        this.amendments = amendments;
        this.viewers = viewers;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Amendment decide(String amendmentId, Decision decision) {
        Acting.secretariat(viewers.current());
        Amendment amendment = amendments.find(amendmentId).orElseThrow(Problem::notFound);
        if (decision.state() == null || !(decision.state().accepted() || decision.state() == AmendmentState.REJECTED)) {
            throw Problem.invalid(List.of(new Problem.FieldProblem("state", "drafting.decision.state")));
        }
        if (!amendment.state().undecided()) {
            throw new Problem(HttpStatus.CONFLICT, "drafting.amendment.notSubmitted");
        }
        Bilingual heading = null;
        Bilingual text = null;
        if (decision.state() == AmendmentState.ACCEPTED_MODIFIED) {
            heading = decision.heading() == null ? amendment.heading() : decision.heading();
            text = decision.text() == null ? Bilingual.NONE : decision.text();
            ClauseChecks.check(heading, text, true);
        }
        String reference = trim(decision.reference(), 200);
        cited(amendment.textId(), reference);
        amendments.state(amendment, decision.state(), heading, text, trim(decision.note(), 2_000), reference,
                Instant.now(clock));
        events.publishEvent(new AmendmentDecided(amendmentId, amendment.textId(), decision.state()));
        return amendments.find(amendmentId).orElseThrow();
    }

    /** A reference in the form of a meeting's decision must be one the text's owner offers (free text otherwise). */
    private void cited(String textId, String reference) {
        if (reference == null || !reference.startsWith(CitedDecision.PREFIX)) {
            return;
        }
        DraftText text = texts.get(textId);
        boolean offered = owners.orderedStream().filter(o -> o.kind().equals(text.ownerKind()))
                .flatMap(o -> o.decisions(text.ownerId()).stream()).anyMatch(d -> d.reference().equals(reference));
        if (!offered) {
            throw Problem.invalid(List.of(new Problem.FieldProblem("reference", "drafting.decision.unknownDecision")));
        }
    }

    private static String trim(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw Problem.invalid(List.of(new Problem.FieldProblem(max == 200 ? "reference" : "note", "drafting.decision.tooLong")));
        }
        return stripped;
    }
}
