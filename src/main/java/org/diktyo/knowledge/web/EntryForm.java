package org.diktyo.knowledge.web;

import java.time.LocalDate;
import java.util.List;

import org.diktyo.knowledge.domain.Entry;
import org.diktyo.knowledge.domain.EntryInput;
import org.diktyo.knowledge.domain.EntryKind;
import org.diktyo.knowledge.domain.EntryStatus;
import org.diktyo.knowledge.domain.Visibility;

/** An entry's form as typed on the page. */
public record EntryForm(EntryKind kind, String ownerId, String titleEl, String titleEn, String summaryEl, String summaryEn,
        String bodyEl, String bodyEn, List<String> themes, List<String> targetGroups, LocalDate periodStart,
        LocalDate periodEnd, EntryStatus status, Visibility visibility, Integer version) {

    public EntryForm {
        themes = themes == null ? List.of() : themes;
        targetGroups = targetGroups == null ? List.of() : targetGroups;
    }

    static EntryForm empty(EntryKind kind, String owner) {
        return new EntryForm(kind, owner, "", "", "", "", "", "", List.of(), List.of(), null, null, EntryStatus.ONGOING,
                Visibility.PUBLIC, null);
    }

    static EntryForm of(Entry e) {
        return new EntryForm(e.kind(), e.ownerId(), e.titleEl(), e.titleEn(), e.summaryEl(), e.summaryEn(), e.bodyEl(),
                e.bodyEn(), e.themes(), e.targetGroups(), e.periodStart(), e.periodEnd(), e.status(), e.visibility(),
                e.version());
    }

    EntryInput input() {
        return new EntryInput(kind, ownerId, titleEl, titleEn, summaryEl, summaryEn, bodyEl, bodyEn, themes, targetGroups,
                periodStart, periodEnd, status, visibility, version);
    }

    public String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
