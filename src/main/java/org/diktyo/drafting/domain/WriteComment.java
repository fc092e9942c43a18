package org.diktyo.drafting.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.diktyo.drafting.Amendment;
import org.diktyo.drafting.ClauseMarkdown;
import org.diktyo.drafting.Comment;
import org.diktyo.drafting.DraftText;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Problem.FieldProblem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on a clause or an amendment while the text is in consultation: by the focal point of a
 * municipality taking part (for it), the secretariat or a partner; plain text or CommonMark, no
 * HTML. The secretariat hides a comment with a reason; it is kept, marked hidden.
 */
@Service
public class WriteComment {

    public static final int MAX_BODY = 4_000;
    static final int MAX_REASON = 500;

    private final TextStore texts;
    private final AmendmentStore amendments;
    private final CommentStore comments;
    private final ViewerResolver viewers;
    private final Clock clock;

    WriteComment(TextStore texts, AmendmentStore amendments, CommentStore comments, ViewerResolver viewers, Clock clock) {
        this.texts = texts;
        this.amendments = amendments;
        this.comments = comments;
        this.viewers = viewers;
        this.clock = clock;
    }

    @Transactional
    public Comment onClause(String textId, String clauseKey, String body) {
        DraftText text = texts.get(textId);
        WriteText.indexOf(texts.clauses(textId), clauseKey);
        return write(text, clauseKey, null, body);
    }

    @Transactional
    public Comment onAmendment(String amendmentId, String body) {
        Amendment amendment = amendments.find(amendmentId).orElseThrow(Problem::notFound);
        return write(texts.get(amendment.textId()), null, amendmentId, body);
    }

    /** Hides a comment on the amendment {@code amendmentId}; another's comment is not found. */
    @Transactional
    public Comment hideOnAmendment(String amendmentId, long commentId, String reason) {
        return hide(commentId, reason, c -> amendmentId.equals(c.amendmentId()));
    }

    /** Hides a comment on the clause {@code clauseKey} of the text {@code textId}; another's comment is not found. */
    @Transactional
    public Comment hideOnClause(String textId, String clauseKey, long commentId, String reason) {
        return hide(commentId, reason, c -> c.amendmentId() == null && textId.equals(c.textId())
                && clauseKey.equals(c.clauseKey()));
    }

    private Comment hide(long commentId, String reason, java.util.function.Predicate<Comment> where) {
        Viewer viewer = viewers.current();
        Acting.secretariat(viewer);
        Comment comment = comments.find(commentId).filter(where).orElseThrow(Problem::notFound);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw Problem.invalid(List.of(new FieldProblem("reason", "drafting.comment.hideReason")));
        }
        if (why.length() > MAX_REASON) {
            throw Problem.invalid(List.of(new FieldProblem("reason", "drafting.comment.reasonTooLong")));
        }
        if (!comment.hidden()) {
            comments.hide(commentId, why, viewer.email(), Instant.now(clock));
        }
        return comments.find(commentId).orElseThrow();
    }

    private Comment write(DraftText text, String clauseKey, String amendmentId, String body) {
        Viewer viewer = viewers.current();
        if (!viewer.signedIn()) {
            throw Problem.unauthorized();
        }
        String municipality = null;
        if (!viewer.staff()) {
            municipality = viewer.municipalityId();
            if (municipality == null || !text.eligible().contains(municipality)) {
                throw Problem.forbidden();
            }
        }
        String clean = check(body);
        Instant now = Instant.now(clock);
        Consultation.requireOpen(text, now);
        long id = comments.insert(new Comment(0, text.id(), clauseKey, amendmentId, municipality, viewer.role(), clean,
                now, false, null), viewer.email());
        return comments.find(id).orElseThrow();
    }

    private static String check(String body) {
        String clean = body == null ? "" : body.strip();
        if (clean.isEmpty()) {
            throw Problem.invalid(List.of(new FieldProblem("body", "drafting.comment.required")));
        }
        if (clean.length() > MAX_BODY) {
            throw Problem.invalid(List.of(new FieldProblem("body", "drafting.comment.tooLong")));
        }
        if (ClauseMarkdown.hasHtml(clean)) {
            throw Problem.invalid(List.of(new FieldProblem("body", "drafting.text.html")));
        }
        return clean;
    }
}
