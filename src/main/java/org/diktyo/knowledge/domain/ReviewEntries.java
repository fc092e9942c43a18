package org.diktyo.knowledge.domain;

import java.util.List;

import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's review: the queue of submitted entries, publishing one, sending it back to
 * its writers as a draft with a note, archiving a published one. Others are refused (403), or
 * told the entry does not exist when they may not read it (404).
 */
@Service
public class ReviewEntries {

    private final EntryStore store;
    private final IndexEntries index;
    private final ViewerResolver viewers;
    private final java.time.Clock clock;

    ReviewEntries(EntryStore store, IndexEntries index, ViewerResolver viewers, java.time.Clock clock) {
        this.store = store;
        this.index = index;
        this.viewers = viewers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Entry> queue() {
        secretariat();
        return store.inState(EntryState.SUBMITTED);
    }

    @Transactional
    public Entry publish(String id) {
        return move(id, EntryState.SUBMITTED, EntryState.PUBLISHED, null);
    }

    /** Back to DRAFT with a note saying what to change. */
    @Transactional
    public Entry sendBack(String id, String note) {
        if (note == null || note.isBlank() || note.length() > 2000) {
            reviewable(id);
            throw Problem.invalid(List.of(new Problem.FieldProblem("note",
                    note == null || note.isBlank() ? "knowledge.error.required" : "knowledge.error.tooLong.2000")));
        }
        return move(id, EntryState.SUBMITTED, EntryState.DRAFT, note.strip());
    }

    @Transactional
    public Entry archive(String id) {
        return move(id, EntryState.PUBLISHED, EntryState.ARCHIVED, null);
    }

    private Entry move(String id, EntryState from, EntryState to, String note) {
        Entry e = reviewable(id);
        if (e.state() != from) {
            throw new Problem(HttpStatus.CONFLICT, "knowledge.error.state", e.state().name());
        }
        store.move(e, to, note, clock.instant());
        index.changed(id);
        return store.find(id).orElseThrow();
    }

    private Entry reviewable(String id) {
        Viewer viewer = viewers.current();
        Entry e = store.find(id).orElseThrow(Problem::notFound);
        if (!Access.readable(e, viewer)) {
            throw Problem.notFound();
        }
        secretariat();
        return e;
    }

    private void secretariat() {
        if (!viewers.current().secretariat()) {
            throw Problem.forbidden();
        }
    }
}
