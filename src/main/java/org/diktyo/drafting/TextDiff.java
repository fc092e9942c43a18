package org.diktyo.drafting;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

import org.diktyo.language.Language;

/**
 * Two texts compared clause by clause and word by word. Clauses are aligned by key: a key only
 * in the newer text is ADDED, only in the older DELETED; a common key outside the longest common
 * subsequence of the two orders is MOVED; a changed number alone is RENUMBERED. Inside a clause
 * the heading and the text are split into words, numbers, spaces and single signs (after NFC, so
 * «ένταξη,» is two tokens and a changed tonos is a change) and compared with java-diff-utils.
 */
public final class TextDiff {

    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\p{N}+|\\s+|[^\\p{L}\\p{N}\\s]");

    private TextDiff() {
    }

    /**
     * @param amendments the accepted amendment behind a change, by the key of the clause it changed
     */
    public static Diff compare(List<Clause> from, List<Clause> to, Map<String, String> amendments, Language language) {
        Map<String, Clause> older = byKey(from);
        Map<String, Clause> newer = byKey(to);
        Set<String> moved = moved(from, to, older, newer);
        List<Diff.ClauseChange> changes = new ArrayList<>();
        for (Clause clause : to) {
            Clause before = older.get(clause.key());
            changes.add(before == null
                    ? whole(clause, Diff.ChangeOp.ADDED, Diff.SegmentOp.INSERT, amendments, language)
                    : change(before, clause, moved.contains(clause.key()), amendments, language));
        }
        placeDeleted(from, newer, changes, amendments, language);
        return new Diff(changes);
    }

    /** Word-level segments of two strings; equal strings give one EQUAL segment (none when empty). */
    public static List<Diff.Segment> segments(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Diff.Segment> out = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(out, Diff.SegmentOp.EQUAL, a.subList(at, start));
            if (delta.getType() != DeltaType.INSERT) {
                add(out, Diff.SegmentOp.DELETE, delta.getSource().getLines());
            }
            if (delta.getType() != DeltaType.DELETE) {
                add(out, Diff.SegmentOp.INSERT, delta.getTarget().getLines());
            }
            at = start + delta.getSource().size();
        }
        add(out, Diff.SegmentOp.EQUAL, a.subList(at, a.size()));
        return out;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static void add(List<Diff.Segment> out, Diff.SegmentOp op, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).op() == op) {
            out.set(last, new Diff.Segment(op, out.get(last).text() + text));
        } else {
            out.add(new Diff.Segment(op, text));
        }
    }

    private static Diff.ClauseChange change(Clause before, Clause after, boolean moved, Map<String, String> amendments,
            Language language) {
        String headingBefore = before.heading().in(language);
        String headingAfter = after.heading().in(language);
        String textBefore = before.text().in(language);
        String textAfter = after.text().in(language);
        boolean changed = !Objects.equals(headingBefore, headingAfter) || !Objects.equals(textBefore, textAfter);
        boolean renumbered = !Objects.equals(before.number().in(language), after.number().in(language));
        Diff.ChangeOp op = moved ? Diff.ChangeOp.MOVED : changed ? Diff.ChangeOp.CHANGED
                : renumbered ? Diff.ChangeOp.RENUMBERED : Diff.ChangeOp.SAME;
        return new Diff.ClauseChange(after.key(), op, before.number().in(language), after.number().in(language),
                changed ? amendments.get(after.key()) : null,
                segments(headingBefore, headingAfter), segments(textBefore, textAfter));
    }

    private static Diff.ClauseChange whole(Clause clause, Diff.ChangeOp op, Diff.SegmentOp segment,
            Map<String, String> amendments, Language language) {
        String number = clause.number().in(language);
        return new Diff.ClauseChange(clause.key(), op, op == Diff.ChangeOp.ADDED ? null : number,
                op == Diff.ChangeOp.ADDED ? number : null, amendments.get(clause.key()),
                all(segment, clause.heading().in(language)), all(segment, clause.text().in(language)));
    }

    private static List<Diff.Segment> all(Diff.SegmentOp op, String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(new Diff.Segment(op, text));
    }

    /** A deleted clause stands after the nearest clause before it (in the older text) that is still there. */
    private static void placeDeleted(List<Clause> from, Map<String, Clause> newer, List<Diff.ClauseChange> changes,
            Map<String, String> amendments, Language language) {
        String anchor = null;
        for (Clause clause : from) {
            if (newer.containsKey(clause.key())) {
                anchor = clause.key();
                continue;
            }
            int at = 0;
            if (anchor != null) {
                for (int i = 0; i < changes.size(); i++) {
                    if (changes.get(i).key().equals(anchor)) {
                        at = i + 1;
                    }
                }
            }
            while (at < changes.size() && changes.get(at).op() == Diff.ChangeOp.DELETED) {
                at++;
            }
            changes.add(at, whole(clause, Diff.ChangeOp.DELETED, Diff.SegmentOp.DELETE, amendments, language));
        }
    }

    /** Common keys outside the longest common subsequence of the two orders. */
    private static Set<String> moved(List<Clause> from, List<Clause> to, Map<String, Clause> older,
            Map<String, Clause> newer) {
        List<String> a = from.stream().map(Clause::key).filter(newer::containsKey).toList();
        List<String> b = to.stream().map(Clause::key).filter(older::containsKey).toList();
        Set<String> moved = new HashSet<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            moved.addAll(delta.getTarget().getLines());
        }
        return moved;
    }

    private static Map<String, Clause> byKey(List<Clause> clauses) {
        Map<String, Clause> map = new LinkedHashMap<>();
        clauses.forEach(c -> map.put(c.key(), c));
        return map;
    }
}
