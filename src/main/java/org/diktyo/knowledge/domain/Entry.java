package org.diktyo.knowledge.domain;

import org.diktyo.language.Athens;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.diktyo.language.Bilingual;

/**
 * A challenge or a practice of a municipality ({@code ownerId}), with its texts in Greek and
 * English (the body in CommonMark, raw HTML refused), its themes and target groups (codes of the
 * vocabularies), the period of the work and its status, who may read it once published, where
 * it is in its review, the municipalities that face the challenge too, and its {@link EntryDetails}.
 */
public record Entry(String id, String slug, EntryKind kind, String ownerId, String titleEl, String titleEn,
        String summaryEl, String summaryEn, String bodyEl, String bodyEn, List<String> themes, List<String> targetGroups,
        LocalDate periodStart, LocalDate periodEnd, EntryStatus status, Visibility visibility, EntryState state,
        String reviewNote, Instant createdAt, Instant updatedAt, Instant publishedAt, int version,
        List<String> sharedBy, EntryDetails details) {

    public Entry {
        details = details == null ? EntryDetails.NONE : details;
    }

    /** The same entry with other details. */
    public Entry withDetails(EntryDetails other) {
        return new Entry(id, slug, kind, ownerId, titleEl, titleEn, summaryEl, summaryEn, bodyEl, bodyEn, themes, targetGroups,
                periodStart, periodEnd, status, visibility, state, reviewNote, createdAt, updatedAt, publishedAt, version,
                sharedBy, other);
    }

    public Bilingual title() {
        return Bilingual.of(titleEl, titleEn);
    }

    public Bilingual summary() {
        return Bilingual.of(summaryEl, summaryEn);
    }

    public Bilingual body() {
        return Bilingual.of(bodyEl, bodyEn);
    }

    /** The year the entry is counted under: its period's start, else the year it was written. */
    public Integer year() {
        return periodStart != null ? periodStart.getYear()
                : createdAt == null ? null : createdAt.atZone(Athens.ZONE).getYear();
    }
}
