package org.diktyo.drafting;

import java.util.List;

/** What changed from one text to another, clause by clause, in the order of the newer text. */
public record Diff(List<ClauseChange> clauses) {

    public enum ChangeOp {
        ADDED, DELETED, MOVED, RENUMBERED, CHANGED, SAME
    }

    public enum SegmentOp {
        EQUAL, INSERT, DELETE
    }

    /** A run of text that both texts share, or that one of them adds or removes. */
    public record Segment(SegmentOp op, String text) {
    }

    /**
     * One clause: its numbers before and after (one is null when added or deleted), the accepted
     * amendment behind its change (null for an edit of the secretariat), its heading and its text.
     */
    public record ClauseChange(String key, ChangeOp op, String numberFrom, String numberTo, String amendmentId,
            List<Segment> heading, List<Segment> text) {

        public boolean changed() {
            return op != ChangeOp.SAME;
        }
    }

    /** How many clauses were changed in any way. */
    public long changes() {
        return clauses.stream().filter(ClauseChange::changed).count();
    }
}
