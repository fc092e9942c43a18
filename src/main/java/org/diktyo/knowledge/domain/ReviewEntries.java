package org.diktyo.knowledge.domain;

import java.util.List;

import org.diktyo.knowledge.search.EntrySearch;
import org.diktyo.knowledge.search.SearchHits;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's review: the queue of submitted entries, publishing one, sending it back to
 * its writers as a draft with a note, archiving a published one. Others are refused (403), or
 * told the entry does not exist when they may not read it (404). The same for the revisions of
 * published entries: published over the old text, or dropped with a note.
 */
@Service
public class ReviewEntries {

    private final EntryStore store;
    private final IndexEntries index;
    private final EntrySearch search;
    private final RevisionStore revisions;
    private final ViewerResolver viewers;
    private final java.time.Clock clock;

    ReviewEntries(EntryStore store, IndexEntries index, EntrySearch search, RevisionStore revisions, ViewerResolver viewers,
            java.time.Clock clock) {
        this.store = store;
        this.revisions = revisions;
        this.search = search;
        this.index = index;
        this.viewers = viewers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Entry> queue() {
        secretariat();
        return store.inState(EntryState.SUBMITTED);
    }

    /** Up to three published entries whose title is close to the submitted entry's: possibly the same (a hint). */
    public List<SearchHits.Hit> possibleDuplicates(Entry submitted) {
        secretariat();
        return search.similar(submitted.id(), submitted.titleEl(), 3);
    }

    @Transactional
    public Entry publish(String id) {
        return move(id, EntryState.SUBMITTED, EntryState.PUBLISHED, null);
    }

    /** Back to DRAFT with a note saying what to change. */
    @Transactional
    public Entry sendBack(String id, String note) {
        return move(id, EntryState.SUBMITTED, EntryState.DRAFT, note(id, note));
    }

    /** The published entries' pending revisions, as proposed (the published texts are as they were). */
    @Transactional(readOnly = true)
    public List<Entry> revisions() {
        secretariat();
        return revisions.all();
    }

    /** The revision replaces the published text (a 409 if the entry changed since it was proposed). */
    @Transactional
    public Entry publishRevision(String id) {
        Entry e = reviewable(id);
        Entry proposed = revision(e);
        store.update(proposed, proposed.version());
        revisions.delete(id);
        index.changed(id);
        return store.find(id).orElseThrow();
    }

    /** The revision is dropped, the published text stays; the note tells the writers why. */
    @Transactional
    public Entry sendBackRevision(String id, String note) {
        String why = note(id, note);
        Entry e = reviewable(id);
        revision(e);
        revisions.delete(id);
        store.note(e, why, clock.instant());
        return store.find(id).orElseThrow();
    }

    private Entry revision(Entry e) {
        if (e.state() != EntryState.PUBLISHED) {
            throw new Problem(HttpStatus.CONFLICT, "knowledge.error.state", e.state().name());
        }
        return revisions.find(e.id()).orElseThrow(() -> new Problem(HttpStatus.CONFLICT, "knowledge.error.noRevision"));
    }

    /** A reviewer's note: required, up to 2,000 characters (checked after who may, so a stranger gets a 404). */
    private String note(String id, String note) {
        if (note == null || note.isBlank() || note.length() > 2000) {
            reviewable(id);
            throw Problem.invalid(List.of(new Problem.FieldProblem("note",
                    note == null || note.isBlank() ? "knowledge.error.required" : "knowledge.error.tooLong.2000")));
        }
        return note.strip();
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
