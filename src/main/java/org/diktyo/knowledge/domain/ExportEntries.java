package org.diktyo.knowledge.domain;

import java.util.List;

import org.diktyo.accounts.AuditTrail;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entries for a spreadsheet (KNOWLEDGE.md, "Who may do what"): the secretariat every entry in
 * every state; a partner the published ones, without the contact's name (no personal fields).
 * Everyone else is refused; every export is recorded in the audit trail.
 */
@Service
public class ExportEntries {

    /** What the audit trail calls an export. */
    public static final String ACTION = "export-knowledge-xlsx";

    private final EntryStore store;
    private final ViewerResolver viewers;
    private final AuditTrail audit;

    ExportEntries(EntryStore store, ViewerResolver viewers, AuditTrail audit) {
        this.store = store;
        this.viewers = viewers;
        this.audit = audit;
    }

    @Transactional
    public List<Entry> entries() {
        Viewer viewer = viewers.current();
        if (!viewer.signedIn()) {
            throw Problem.unauthorized();
        }
        if (!viewer.staff()) {
            throw Problem.forbidden();
        }
        audit.record(ACTION, "knowledge");
        List<Entry> all = store.byIds(store.allIds());
        return viewer.secretariat() ? all : all.stream().filter(e -> e.state() == EntryState.PUBLISHED)
                .map(e -> e.withDetails(e.details().withoutPerson())).toList();
    }
}
