package org.diktyo.drafting.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.diktyo.drafting.Amendment;
import org.diktyo.drafting.AmendmentKind;
import org.diktyo.drafting.AmendmentState;
import org.diktyo.drafting.Clause;
import org.diktyo.drafting.DraftText;
import org.diktyo.drafting.Proposal;
import org.diktyo.language.Bilingual;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Problem.FieldProblem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality proposes an amendment during the consultation, against the revision of the clause
 * it read (the clause it replaces or deletes, or the one it inserts after; a stale one is refused
 * with 409), submits it, or withdraws it before the decision.
 */
@Service
public class AmendText {

    static final int MAX_JUSTIFICATION = 5_000;

    private final TextStore texts;
    private final AmendmentStore amendments;
    private final ViewerResolver viewers;
    private final Clock clock;

    AmendText(TextStore texts, AmendmentStore amendments, ViewerResolver viewers, Clock clock) {
        this.texts = texts;
        this.amendments = amendments;
        this.viewers = viewers;
        this.clock = clock;
    }

    @Transactional
    public Amendment propose(String textId, Proposal proposal) {
        Viewer viewer = viewers.current();
        check(proposal);
        Acting.forMunicipality(viewer, proposal.municipalityId());
        DraftText text = texts.get(textId);
        Instant now = Instant.now(clock);
        Consultation.requireOpen(text, now);
        Consultation.requireEligible(text, proposal.municipalityId());
        Set<String> cosponsors = proposal.cosponsors() == null ? Set.of() : Set.copyOf(proposal.cosponsors());
        if (cosponsors.contains(proposal.municipalityId()) || !text.eligible().containsAll(cosponsors)) {
            throw Problem.invalid(List.of(new FieldProblem("cosponsors", "drafting.cosponsors.invalid")));
        }
        List<Clause> clauses = texts.clauses(textId);
        Clause clause = clauses.get(WriteText.indexOf(clauses, proposal.clauseKey()));
        if (!clause.revision().equals(proposal.baseRevision())) {
            throw new Problem(HttpStatus.CONFLICT, "drafting.amendment.stale", clause.number().el());
        }
        Bilingual heading = proposal.heading() == null ? Bilingual.of("", "") : proposal.heading();
        Amendment amendment = new Amendment(UUID.randomUUID().toString(), textId, proposal.municipalityId(),
                viewer.email(), proposal.kind(), proposal.clauseKey(),
                clause.revision(),
                proposal.kind() == AmendmentKind.INSERT_AFTER ? newKey(textId, clauses, proposal.clauseKey()) : null,
                heading, proposal.kind() == AmendmentKind.DELETE ? Bilingual.of("", "") : proposal.text(),
                proposal.justification().strip(), proposal.cosponsors() == null ? List.of() : proposal.cosponsors(),
                AmendmentState.DRAFT, null, null, null, null, now, 0, 0, 0);
        amendments.insert(amendment);
        return amendments.find(amendment.id()).orElseThrow();
    }

    @Transactional
    public Amendment submit(String amendmentId) {
        Amendment amendment = mine(amendmentId);
        Consultation.requireOpen(texts.get(amendment.textId()), Instant.now(clock));
        if (amendment.state() != AmendmentState.DRAFT) {
            throw new Problem(HttpStatus.CONFLICT, "drafting.amendment.notDraft");
        }
        amendments.state(amendment, AmendmentState.SUBMITTED, null, null, null, null, null);
        return amendments.find(amendmentId).orElseThrow();
    }

    @Transactional
    public Amendment withdraw(String amendmentId) {
        Amendment amendment = mine(amendmentId);
        if (amendment.state() != AmendmentState.DRAFT && !amendment.state().undecided()) {
            throw new Problem(HttpStatus.CONFLICT, "drafting.amendment.decided");
        }
        amendments.state(amendment, AmendmentState.WITHDRAWN, null, null, null, null, null);
        return amendments.find(amendmentId).orElseThrow();
    }

    private Amendment mine(String amendmentId) {
        Amendment amendment = amendments.find(amendmentId).orElseThrow(Problem::notFound);
        Acting.onAmendment(viewers.current(), amendment);
        return amendment;
    }

    private static void check(Proposal proposal) {
        List<FieldProblem> problems = new ArrayList<>();
        if (ClauseChecks.blank(proposal.municipalityId())) {
            problems.add(new FieldProblem("municipalityId", "platform.error.required"));
        }
        if (ClauseChecks.blank(proposal.baseRevision())) {
            problems.add(new FieldProblem("baseRevision", "platform.error.required"));
        }
        if (proposal.kind() == null) {
            problems.add(new FieldProblem("kind", "platform.error.required"));
        }
        if (ClauseChecks.blank(proposal.clauseKey())) {
            problems.add(new FieldProblem("clauseKey", "platform.error.required"));
        }
        if (ClauseChecks.blank(proposal.justification())) {
            problems.add(new FieldProblem("justification", "platform.error.required"));
        } else if (proposal.justification().length() > MAX_JUSTIFICATION) {
            problems.add(new FieldProblem("justification", "drafting.justification.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        if (proposal.kind() != AmendmentKind.DELETE) {
            ClauseChecks.check(proposal.heading() == null ? Bilingual.NONE : proposal.heading(),
                    proposal.text() == null ? Bilingual.NONE : proposal.text(), true);
        }
    }

    /** A key for an inserted clause: its anchor's key and the next free number, e.g. {@code axis.integration-bodies+1}. */
    private String newKey(String textId, List<Clause> clauses, String after) {
        Set<String> taken = clauses.stream().map(Clause::key).collect(Collectors.toSet());
        amendments.ofText(textId).forEach(a -> taken.add(a.newKey()));
        int n = 1;
        while (taken.contains(after + "+" + n)) {
            n++;
        }
        return after + "+" + n;
    }
}
