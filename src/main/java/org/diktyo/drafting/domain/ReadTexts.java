package org.diktyo.drafting.domain;

import java.util.List;
import java.util.Map;

import org.diktyo.drafting.Amendment;
import org.diktyo.drafting.Clause;
import org.diktyo.drafting.Comment;
import org.diktyo.drafting.DraftText;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads texts, clauses and amendments; who may read them is the owner's rule. */
@Service
@Transactional(readOnly = true)
public class ReadTexts {

    private final TextStore texts;
    private final AmendmentStore amendments;
    private final CommentStore comments;
    private final ViewerResolver viewers;

    ReadTexts(TextStore texts, AmendmentStore amendments, CommentStore comments, ViewerResolver viewers) {
        this.texts = texts;
        this.amendments = amendments;
        this.comments = comments;
        this.viewers = viewers;
    }

    public DraftText text(String textId) {
        return texts.get(textId);
    }

    public List<Clause> clauses(String textId) {
        return texts.clauses(texts.get(textId).id());
    }

    public Amendment amendment(String amendmentId) {
        return amendments.find(amendmentId).orElseThrow(Problem::notFound);
    }

    public List<Amendment> amendments(String textId) {
        return amendments.ofText(textId);
    }

    /** The comments on a clause (not on its amendments), oldest first; a hidden one's body only for the secretariat. */
    public List<Comment> clauseComments(String textId, String clauseKey) {
        return readable(comments.ofClause(texts.get(textId).id(), clauseKey));
    }

    public List<Comment> amendmentComments(String amendmentId) {
        return readable(comments.ofAmendment(amendment(amendmentId).id()));
    }

    /** How many comments each amendment of a text has; by amendment id. */
    public Map<String, Integer> commentCounts(String textId) {
        return comments.countsByAmendment(textId);
    }

    private List<Comment> readable(List<Comment> all) {
        if (!viewers.current().signedIn()) {
            throw Problem.unauthorized();
        }
        boolean secretariat = viewers.current().secretariat();
        return all.stream().map(c -> c.readBy(secretariat)).toList();
    }
}
