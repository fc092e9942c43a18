package org.diktyo.knowledge.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a writer sends for an entry, as typed; checked by {@link WriteEntries} before anything is
 * written. {@code version} is the revision the edit was made on (a stale one is refused);
 * {@code details} the funding, results, lessons, contact, partners and axes (none when null).
 */
public record EntryInput(EntryKind kind, String ownerId, String titleEl, String titleEn, String summaryEl,
        String summaryEn, String bodyEl, String bodyEn, List<String> themes, List<String> targetGroups,
        LocalDate periodStart, LocalDate periodEnd, EntryStatus status, Visibility visibility, Integer version, EntryDetails details) {

    public EntryInput {
        details = details == null ? EntryDetails.NONE : details;
    }
}
