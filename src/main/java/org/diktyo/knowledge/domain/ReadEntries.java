package org.diktyo.knowledge.domain;

import java.util.List;

import org.diktyo.knowledge.search.EntrySearch;
import org.diktyo.knowledge.search.SearchHits;
import org.diktyo.knowledge.search.SearchRequest;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and finding entries, each viewer what it may see: an entry by id or address (404 when
 * not readable), a municipality's own entries for its focal point, and the search, whose query
 * carries the viewer's visibility.
 */
@Service
@Transactional(readOnly = true)
public class ReadEntries {

    private final EntryStore store;
    private final EntrySearch search;
    private final RevisionStore revisions;
    private final ViewerResolver viewers;

    ReadEntries(EntryStore store, EntrySearch search, RevisionStore revisions, ViewerResolver viewers) {
        this.store = store;
        this.revisions = revisions;
        this.search = search;
        this.viewers = viewers;
    }

    public Entry entry(String id) {
        return readable(store.find(id).orElseThrow(Problem::notFound));
    }

    public Entry bySlug(String slug) {
        return readable(store.findBySlug(slug).orElseThrow(Problem::notFound));
    }

    /** The entries of the viewer's municipality (a focal point), or every entry of the network (the secretariat). */
    public List<Entry> own() {
        Viewer viewer = viewers.current();
        if (viewer.secretariat()) {
            return store.byIds(store.allIds());
        }
        if (!"FOCAL_POINT".equals(viewer.role()) || viewer.municipalityId() == null) {
            throw Problem.forbidden();
        }
        return store.ownedBy(viewer.municipalityId());
    }

    /** The pending revision of a published entry, for those who may write it (else none). */
    public java.util.Optional<Entry> revision(Entry e) {
        return Access.writable(e.ownerId(), viewers.current()) ? revisions.find(e.id()) : java.util.Optional.empty();
    }

    /** Whether the viewer may edit the entry. */
    public boolean writable(Entry e) {
        return Access.writable(e.ownerId(), viewers.current()) && e.state() != EntryState.ARCHIVED;
    }

    public SearchHits search(String text, java.util.Map<String, List<String>> filters, boolean english, int page, int size) {
        return search.search(new SearchRequest(text, filters, Access.of(viewers.current()), english, page, size));
    }

    /** The entry if the viewer may read it, without the contact's name for the public; otherwise a 404. */
    private Entry readable(Entry e) {
        Viewer viewer = viewers.current();
        if (!Access.readable(e, viewer)) {
            throw Problem.notFound();
        }
        return viewer.signedIn() ? e : e.withDetails(e.details().withoutPerson());
    }
}
