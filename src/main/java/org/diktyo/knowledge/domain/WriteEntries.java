package org.diktyo.knowledge.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.diktyo.network.Registry;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's focal point writes its municipality's challenges and practices (the
 * secretariat any municipality's), edits them and sends them for review. An edit of a published
 * entry keeps it published, the edit waiting for review as a revision. Someone who may not write an
 * entry is told it does not exist (404).
 */
@Service
public class WriteEntries {

    private final EntryStore store;
    private final Vocabularies vocabularies;
    private final Registry registry;
    private final IndexEntries index;
    private final RevisionStore revisions;
    private final ViewerResolver viewers;
    private final Clock clock;

    WriteEntries(EntryStore store, Vocabularies vocabularies, Registry registry, IndexEntries index, RevisionStore revisions,
            ViewerResolver viewers, Clock clock) {
        this.store = store;
        this.revisions = revisions;
        this.vocabularies = vocabularies;
        this.registry = registry;
        this.index = index;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** A new entry in DRAFT, owned by {@code in.ownerId()} (a focal point's own municipality when not given). */
    @Transactional
    public Entry create(EntryInput in) {
        Viewer viewer = viewers.current();
        String owner = in.ownerId() == null || in.ownerId().isBlank() ? viewer.municipalityId() : in.ownerId();
        if (!viewer.signedIn()) {
            throw Problem.unauthorized();
        }
        if (!Access.writable(owner, viewer)) {
            throw Problem.forbidden();
        }
        check(in, owner);
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        Entry e = new Entry(id, slug(in.titleEl(), id), in.kind(), owner, in.titleEl().strip(), strip(in.titleEn()),
                in.summaryEl().strip(), strip(in.summaryEn()), strip(in.bodyEl()), strip(in.bodyEn()), distinct(in.themes()),
                distinct(in.targetGroups()), in.periodStart(), in.periodEnd(), in.status(),
                in.visibility() == null ? Visibility.PUBLIC : in.visibility(), EntryState.DRAFT, null, now, now, null, 0,
                List.of(), in.details());
        store.insert(e);
        index.changed(id);
        return store.find(id).orElseThrow();
    }

    /**
     * Rewrites an entry's texts and terms (not its kind or owner), at the version it was read at. A
     * municipality's edit of a published entry becomes its pending revision instead (the published
     * text stays as it is until the secretariat publishes the revision; a later edit replaces it);
     * the secretariat's edit applies at once and drops a pending revision. Returns what was saved.
     */
    @Transactional
    public Entry edit(String id, EntryInput in) {
        Entry e = writable(id);
        if (e.state() == EntryState.ARCHIVED) {
            throw new Problem(HttpStatus.CONFLICT, "knowledge.error.state", e.state().name());
        }
        EntryInput same = new EntryInput(e.kind(), e.ownerId(), in.titleEl(), in.titleEn(), in.summaryEl(), in.summaryEn(),
                in.bodyEl(), in.bodyEn(), in.themes(), in.targetGroups(), in.periodStart(), in.periodEnd(), in.status(),
                in.visibility(), in.version(), in.details());
        check(same, e.ownerId());
        if (in.version() != null && in.version() != e.version()) {
            throw new Problem(HttpStatus.CONFLICT, "platform.error.conflict");
        }
        Entry edited = new Entry(e.id(), e.slug(), e.kind(), e.ownerId(), in.titleEl().strip(), strip(in.titleEn()),
                in.summaryEl().strip(), strip(in.summaryEn()), strip(in.bodyEl()), strip(in.bodyEn()), distinct(in.themes()),
                distinct(in.targetGroups()), in.periodStart(), in.periodEnd(), in.status(),
                in.visibility() == null ? e.visibility() : in.visibility(), e.state(), e.reviewNote(), e.createdAt(),
                clock.instant(), e.publishedAt(), e.version(), e.sharedBy(), in.details());
        if (e.state() == EntryState.PUBLISHED && !viewers.current().secretariat()) {
            revisions.save(edited, clock.instant());
            return edited;
        }
        store.update(edited, e.version());
        revisions.delete(id);
        index.changed(id);
        return store.find(id).orElseThrow();
    }

    /** Sends a draft for review by the secretariat. */
    @Transactional
    public Entry submit(String id) {
        Entry e = writable(id);
        if (e.state() != EntryState.DRAFT) {
            throw new Problem(HttpStatus.CONFLICT, "knowledge.error.state", e.state().name());
        }
        store.move(e, EntryState.SUBMITTED, e.reviewNote(), clock.instant());
        index.changed(id);
        return store.find(id).orElseThrow();
    }

    /** The entry if the viewer may write it; otherwise, as if it did not exist. */
    Entry writable(String id) {
        Entry e = store.find(id).orElseThrow(Problem::notFound);
        if (!Access.writable(e.ownerId(), viewers.current())) {
            throw Problem.notFound();
        }
        return e;
    }

    private void check(EntryInput in, String owner) {
        EntryChecks.check(in, vocabularies.themesByCode().keySet(), vocabularies.targetGroupsByCode().keySet(), owner,
                registry::exists, registry.partners().stream().map(Registry.PartnerNames::id).collect(Collectors.toSet()));
    }

    private String slug(String title, String id) {
        String base = Slugs.of(title);
        return store.slugTaken(base) ? base + "-" + id.substring(0, 8) : base;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static List<String> distinct(List<String> codes) {
        return codes == null ? List.of() : codes.stream().distinct().toList();
    }
}
