package org.diktyo.drafting.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.diktyo.drafting.Clause;
import org.diktyo.drafting.DraftText;
import org.diktyo.drafting.TextPhase;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a text: creates it (its owner decides who may), copies one into a new text with the same
 * keys, edits a clause and opens or closes its consultation (the secretariat).
 */
@Service
public class WriteText {

    private final TextStore texts;
    private final ViewerResolver viewers;
    private final Clock clock;

    WriteText(TextStore texts, ViewerResolver viewers, Clock clock) {
        this.texts = texts;
        this.viewers = viewers;
        this.clock = clock;
    }

    @Transactional
    public String create(String ownerKind, String ownerId, List<Clause> clauses) {
        checkAll(clauses);
        String id = UUID.randomUUID().toString();
        texts.insert(new DraftText(id, ownerKind, ownerId, TextPhase.EDITING, null, Set.of(), null, 0));
        texts.replaceClauses(id, clauses);
        return id;
    }

    @Transactional
    public String copy(String sourceId, String ownerKind, String ownerId) {
        return create(ownerKind, ownerId, texts.clauses(texts.get(sourceId).id()));
    }

    /** Replaces a clause's heading and text; an amendment written against its earlier revision becomes stale. */
    @Transactional
    public Clause editClause(String textId, String key, Clause edited) {
        Acting.secretariat(viewers.current());
        DraftText text = texts.get(textId);
        if (text.phase() == TextPhase.FROZEN) {
            throw new Problem(HttpStatus.CONFLICT, "drafting.text.frozen");
        }
        ClauseChecks.check(edited.heading(), edited.text(), true);
        List<Clause> clauses = new ArrayList<>(texts.clauses(textId));
        int at = indexOf(clauses, key);
        Clause changed = clauses.get(at).withContent(edited.heading(), edited.text());
        clauses.set(at, new Clause(key, changed.kind(), edited.number() == null ? changed.number() : edited.number(),
                changed.heading(), changed.text(), changed.axisCode()));
        texts.update(text, text.phase(), text.consultationCloses(), null);
        texts.replaceClauses(textId, clauses);
        return clauses.get(at);
    }

    /** All the clauses anew, while the text is still edited (before its consultation). */
    @Transactional
    public void rewrite(String textId, List<Clause> clauses) {
        Acting.secretariat(viewers.current());
        DraftText text = texts.get(textId);
        if (text.phase() != TextPhase.EDITING) {
            throw new Problem(HttpStatus.CONFLICT, "drafting.text.notEditing");
        }
        checkAll(clauses);
        texts.update(text, text.phase(), null, null);
        texts.replaceClauses(textId, clauses);
    }

    @Transactional
    public void openConsultation(String textId, Instant closes, Set<String> eligible) {
        Acting.secretariat(viewers.current());
        DraftText text = texts.get(textId);
        if (text.phase() == TextPhase.FROZEN) {
            throw new Problem(HttpStatus.CONFLICT, "drafting.text.frozen");
        }
        if (closes == null || !closes.isAfter(Instant.now(clock))) {
            throw Problem.invalid(List.of(new Problem.FieldProblem("closes", "drafting.consultation.closesInPast")));
        }
        texts.update(text, TextPhase.CONSULTATION, closes, null);
        texts.eligible(textId, eligible);
    }

    /** Closes the consultation now: no more amendments or stances; decisions and the freeze follow. */
    @Transactional
    public void closeConsultation(String textId) {
        Acting.secretariat(viewers.current());
        DraftText text = texts.get(textId);
        if (text.phase() != TextPhase.CONSULTATION) {
            throw new Problem(HttpStatus.CONFLICT, "drafting.consultation.notOpen");
        }
        Instant now = Instant.now(clock);
        texts.update(text, TextPhase.CONSULTATION,
                text.consultationCloses().isBefore(now) ? text.consultationCloses() : now, null);
    }

    private static void checkAll(List<Clause> clauses) {
        Set<String> keys = new HashSet<>();
        for (Clause clause : clauses) {
            ClauseChecks.check(clause.heading(), clause.text(), true);
            if (!keys.add(clause.key())) {
                throw new Problem(HttpStatus.BAD_REQUEST, "drafting.clause.duplicateKey", clause.key());
            }
        }
    }

    static int indexOf(List<Clause> clauses, String key) {
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new Problem(HttpStatus.NOT_FOUND, "drafting.clause.unknown", key);
    }
}
