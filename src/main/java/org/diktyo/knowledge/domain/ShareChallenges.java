package org.diktyo.knowledge.domain;

import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * «Αντιμετωπίζουμε κι εμείς»: a municipality marks a published challenge as its own as well (its
 * focal point, or the secretariat on its behalf), with an optional comment, and may take the mark
 * back. The counts show on the challenge.
 */
@Service
public class ShareChallenges {

    static final int COMMENT = 1000;

    private final EntryStore store;
    private final IndexEntries index;
    private final ViewerResolver viewers;
    private final org.diktyo.network.Registry registry;
    private final java.time.Clock clock;

    ShareChallenges(EntryStore store, IndexEntries index, ViewerResolver viewers, org.diktyo.network.Registry registry,
            java.time.Clock clock) {
        this.store = store;
        this.index = index;
        this.viewers = viewers;
        this.registry = registry;
        this.clock = clock;
    }

    @Transactional
    public Entry share(String id, String municipality, String comment) {
        Entry e = challenge(id, municipality);
        if (comment != null && comment.length() > COMMENT) {
            throw Problem.invalid(java.util.List.of(new Problem.FieldProblem("comment", "knowledge.error.tooLong.1000")));
        }
        if (municipality.equals(e.ownerId())) {
            throw new Problem(HttpStatus.CONFLICT, "knowledge.error.ownChallenge");
        }
        store.share(id, municipality, comment == null || comment.isBlank() ? null : comment.strip(), clock.instant());
        index.changed(id);
        return store.find(id).orElseThrow();
    }

    @Transactional
    public Entry unshare(String id, String municipality) {
        challenge(id, municipality);
        store.unshare(id, municipality);
        index.changed(id);
        return store.find(id).orElseThrow();
    }

    private Entry challenge(String id, String municipality) {
        Viewer viewer = viewers.current();
        Entry e = store.find(id).orElseThrow(Problem::notFound);
        if (!Access.readable(e, viewer) || e.kind() != EntryKind.CHALLENGE || e.state() != EntryState.PUBLISHED) {
            throw Problem.notFound();
        }
        if (municipality == null || municipality.isBlank()) {
            throw Problem.invalid(java.util.List.of(new Problem.FieldProblem("municipalityId", "knowledge.error.required")));
        }
        if (!(viewer.secretariat() || viewer.focalPointOf(municipality))) {
            throw Problem.forbidden();
        }
        if (!registry.exists(municipality)) {
            throw Problem.invalid(java.util.List.of(new Problem.FieldProblem("municipalityId", "knowledge.error.owner")));
        }
        return e;
    }
}
