package org.diktyo.knowledge.domain;

import org.diktyo.knowledge.search.SearchRequest;
import org.diktyo.platform.Viewer;

/** Who may read and write which entry (KNOWLEDGE.md, "Who may do what"); the one place it is decided. */
final class Access {

    private Access() {
    }

    /** The secretariat reads everything; a focal point its own municipality's entries; others what is published for them. */
    static boolean readable(Entry e, Viewer viewer) {
        if (viewer.secretariat() || viewer.focalPointOf(e.ownerId())) {
            return true;
        }
        return e.state() == EntryState.PUBLISHED && (e.visibility() == Visibility.PUBLIC || viewer.signedIn());
    }

    /** The secretariat writes any entry; a focal point those of its own municipality. */
    static boolean writable(String ownerId, Viewer viewer) {
        return viewer.secretariat() || viewer.focalPointOf(ownerId);
    }

    static SearchRequest.Visibility of(Viewer viewer) {
        if (viewer.secretariat()) {
            return SearchRequest.Visibility.ALL;
        }
        if (!viewer.signedIn()) {
            return SearchRequest.Visibility.PUBLIC;
        }
        return new SearchRequest.Visibility(false, true, "FOCAL_POINT".equals(viewer.role()) ? viewer.municipalityId() : null);
    }
}
