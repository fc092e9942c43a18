package org.diktyo.drafting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.diktyo.drafting.domain.AmendText;
import org.diktyo.drafting.domain.DecideAmendment;
import org.diktyo.drafting.domain.FreezeText;
import org.diktyo.drafting.domain.ReadTexts;
import org.diktyo.drafting.domain.TakeStance;
import org.diktyo.drafting.domain.WriteComment;
import org.diktyo.drafting.domain.WriteText;
import org.diktyo.language.Bilingual;
import org.diktyo.language.Language;
import org.springframework.stereotype.Service;

/**
 * The drafting engine as its owners use it. Creating and copying a text is left to the owner's
 * rules; editing, consultation, decisions and the freeze are the secretariat's; amendments and
 * stances are a municipality's, by its focal point or the secretariat on its behalf.
 */
@Service
public class Drafts {

    private final WriteText write;
    private final AmendText amend;
    private final TakeStance stances;
    private final DecideAmendment decide;
    private final FreezeText freeze;
    private final ReadTexts read;
    private final WriteComment comments;

    Drafts(WriteText write, AmendText amend, TakeStance stances, DecideAmendment decide, FreezeText freeze, ReadTexts read,
            WriteComment comments) {
        this.comments = comments;
        this.write = write;
        this.amend = amend;
        this.stances = stances;
        this.decide = decide;
        this.freeze = freeze;
        this.read = read;
    }

    public String create(String ownerKind, String ownerId, List<Clause> clauses) {
        return write.create(ownerKind, ownerId, clauses);
    }

    /** A new text with the clauses (and keys) of {@code sourceId}. */
    public String copy(String sourceId, String ownerKind, String ownerId) {
        return write.copy(sourceId, ownerKind, ownerId);
    }

    public DraftText text(String textId) {
        return read.text(textId);
    }

    public List<Clause> clauses(String textId) {
        return read.clauses(textId);
    }

    public Clause editClause(String textId, String key, Clause edited) {
        return write.editClause(textId, key, edited);
    }

    /** All the clauses anew, while the text is edited. */
    public void rewrite(String textId, List<Clause> clauses) {
        write.rewrite(textId, clauses);
    }

    public void openConsultation(String textId, Instant closes, Set<String> eligible) {
        write.openConsultation(textId, closes, eligible);
    }

    public void closeConsultation(String textId) {
        write.closeConsultation(textId);
    }

    public Amendment propose(String textId, Proposal proposal) {
        return amend.propose(textId, proposal);
    }

    public Amendment submit(String amendmentId) {
        return amend.submit(amendmentId);
    }

    public Amendment withdraw(String amendmentId) {
        return amend.withdraw(amendmentId);
    }

    /** {@code stance} null takes the municipality's stance back. */
    public Amendment stance(String amendmentId, String municipality, Stance stance, String reason) {
        return stances.take(amendmentId, municipality, stance, reason);
    }

    public Amendment decide(String amendmentId, Decision decision) {
        return decide.decide(amendmentId, decision);
    }

    /** Merges the accepted amendments and returns the text's hash. */
    public String freeze(String textId) {
        return freeze.freeze(textId);
    }

    /** Corrects a clause of a frozen text; it stays frozen, and its new hash is returned. */
    public String correct(String textId, String key, Bilingual heading, Bilingual text) {
        return freeze.correct(textId, key, heading, text);
    }

    public Amendment amendment(String amendmentId) {
        return read.amendment(amendmentId);
    }

    public List<Amendment> amendments(String textId) {
        return read.amendments(textId);
    }

    /** Comments on a clause of a text in consultation (not those on its amendments). */
    public List<Comment> clauseComments(String textId, String clauseKey) {
        return read.clauseComments(textId, clauseKey);
    }

    public List<Comment> amendmentComments(String amendmentId) {
        return read.amendmentComments(amendmentId);
    }

    /** How many comments each amendment of a text has, by amendment id. */
    public Map<String, Integer> commentCounts(String textId) {
        return read.commentCounts(textId);
    }

    public Comment commentOnClause(String textId, String clauseKey, String body) {
        return comments.onClause(textId, clauseKey, body);
    }

    public Comment commentOnAmendment(String amendmentId, String body) {
        return comments.onAmendment(amendmentId, body);
    }

    /** The secretariat hides a comment on an amendment, with a reason; it is kept. */
    public Comment hideAmendmentComment(String amendmentId, long commentId, String reason) {
        return comments.hideOnAmendment(amendmentId, commentId, reason);
    }

    /** The secretariat hides a comment on a clause, with a reason; it is kept. */
    public Comment hideClauseComment(String textId, String clauseKey, long commentId, String reason) {
        return comments.hideOnClause(textId, clauseKey, commentId, reason);
    }

    /** What changed from one text to the other, each change linked to the accepted amendment of the newer text behind it. */
    public Diff compare(String fromTextId, String toTextId, Language language) {
        Map<String, String> behind = read.amendments(toTextId).stream().filter(a -> a.state().accepted())
                .collect(Collectors.toMap(a -> a.kind() == AmendmentKind.INSERT_AFTER ? a.newKey() : a.clauseKey(),
                        Amendment::id, (a, b) -> a));
        return TextDiff.compare(read.clauses(fromTextId), read.clauses(toTextId), behind, language);
    }
}
