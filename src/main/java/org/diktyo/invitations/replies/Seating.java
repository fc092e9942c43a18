package org.diktyo.invitations.replies;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diktyo.invitations.StoredAnswers;
import org.springframework.stereotype.Component;

/**
 * Applies an answer's seats, part by part, within the reply's transaction.
 *
 * <p>Fast path (the usual case: seats are free): the answer's rows and its "confirmation due"
 * row are written first, assuming the seats (the part rows in one batch); then one conditional
 * update per part takes them, the last statements before the commit, so that the seat row is
 * held only for the commit. If a part has no room on that stripe,
 * {@link Contended} rolls the whole reply back and it is done again on the slow path.
 *
 * <p>Slow path (a part nearly full, or seats given back): the part's seats are locked first;
 * the answer takes what is free and the rest of the delegation waits, at the end of the
 * waitlist; seats given back go at once to the head of the waitlist, whose municipality is
 * told by mail.
 */
@Component
class Seating {

    /** What an answer asks of a part: attend or not, how many seats; {@code old} the stored answer, if any. */
    record Change(String partId, boolean attending, int wanted, StoredAnswers.PartRow old) {
        int seatedBefore() {
            return old == null ? 0 : old.seated();
        }

        boolean waitingBefore() {
            return old != null && old.waiting() && old.waitlistSeq() != null;
        }
    }

    /** The answer's part rows as stored, and the invitations moved up from a waitlist. */
    record Outcome(Map<String, StoredAnswers.PartRow> rows, List<String> promoted) {
    }

    /** The fast path found no room: do the whole reply again on the slow path. */
    static final class Contended extends RuntimeException {
        Contended() {
            super("no room on the chosen stripe", null, false, false);
        }
    }

    private final Seats seats;
    private final ReplyStore store;
    private final java.time.Clock clock;

    Seating(Seats seats, ReplyStore store, java.time.Clock clock) {
        this.seats = seats;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Stores the answer's part rows and takes or gives back its seats; {@code beforeSeats} runs
     * after the rows are written, before the fast path takes the seats.
     */
    Outcome apply(String invitationId, List<Change> changes, Instant now, boolean slow, Runnable beforeSeats) {
        boolean needsSlow = slow || changes.stream().anyMatch(c -> seats.limited(c.partId()) && c.wanted() < c.seatedBefore());
        if (needsSlow) {
            return slow(invitationId, changes, now, beforeSeats);
        }
        List<Change> takes = new ArrayList<>();
        Map<String, StoredAnswers.PartRow> rows = new LinkedHashMap<>();
        List<StoredAnswers.PartRow> inserts = new ArrayList<>();
        for (Change c : changes) {
            StoredAnswers.PartRow row;
            if (!seats.limited(c.partId())) {
                row = row(c, c.wanted(), null);
            } else if (c.wanted() > c.seatedBefore() && c.waitingBefore()) {
                row = row(c, c.seatedBefore(), c.old().waitlistSeq());
            } else if (c.wanted() > c.seatedBefore()) {
                row = row(c, c.wanted(), null);
                takes.add(c);
            } else {
                row = row(c, c.wanted(), null);
            }
            rows.put(c.partId(), row);
            if (c.old() == null) {
                inserts.add(row);
            } else if (!row.equals(c.old())) {
                store.savePart(invitationId, row, true, now);
            }
        }
        store.insertParts(Map.of(invitationId, inserts), now);
        beforeSeats.run();
        for (Change c : takes) {
            if (!seats.tryTake(c.partId(), c.wanted() - c.seatedBefore())) {
                throw new Contended();
            }
        }
        return new Outcome(rows, List.of());
    }

    private Outcome slow(String invitationId, List<Change> changes, Instant now, Runnable beforeSeats) {
        List<String> promoted = new ArrayList<>();
        Map<String, StoredAnswers.PartRow> rows = new LinkedHashMap<>();
        for (Change c : changes) {
            String part = c.partId();
            if (!seats.limited(part)) {
                rows.put(part, save(invitationId, c, c.wanted(), null, now));
                continue;
            }
            int before = c.seatedBefore();
            if (c.wanted() > before && c.waitingBefore()) {
                rows.put(part, save(invitationId, c, before, c.old().waitlistSeq(), now));
            } else if (c.wanted() > before) {
                seats.lock(part);
                int seated = before + seats.takeLocked(part, c.wanted() - before);
                Long seq = seated < c.wanted() ? store.nextWaitlistSeq(part) : null;
                // the moment it joined the waitlist, under the lock
                rows.put(part, save(invitationId, c, seated, seq, Instant.now(clock)));
            } else if (c.wanted() < before) {
                seats.lock(part);
                seats.releaseLocked(part, before - c.wanted());
                rows.put(part, save(invitationId, c, c.wanted(), null, now));
                promote(part, invitationId, promoted);
            } else {
                rows.put(part, save(invitationId, c, c.wanted(), null, now));
            }
        }
        beforeSeats.run();
        return new Outcome(rows, promoted);
    }

    /** Gives free seats of a part (locked by the caller) to the head of its waitlist, in order. */
    void promote(String part, String except, List<String> promoted) {
        int free = seats.lock(part);
        String[] invitation = new String[1];
        while (free > 0) {
            var head = store.waitlistHead(part, except, invitation);
            if (head.isEmpty()) {
                break;
            }
            int give = Math.min(free, head.get().wanted() - head.get().seated());
            seats.takeLocked(part, give);
            store.seat(invitation[0], part, head.get().seated() + give);
            free -= give;
            if (!promoted.contains(invitation[0])) {
                promoted.add(invitation[0]);
            }
        }
    }

    private static StoredAnswers.PartRow row(Change c, int seated, Long seq) {
        return new StoredAnswers.PartRow(c.partId(), c.attending(), c.wanted(), seated, seq);
    }

    private StoredAnswers.PartRow save(String invitationId, Change c, int seated, Long seq, Instant now) {
        StoredAnswers.PartRow row = row(c, seated, seq);
        store.savePart(invitationId, row, c.old() != null, now);
        return row;
    }
}
