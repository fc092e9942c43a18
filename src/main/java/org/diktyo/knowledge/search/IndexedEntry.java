package org.diktyo.knowledge.search;

import java.util.List;

/**
 * What the index holds of an entry: its texts, its facets and what decides who sees it.
 * {@code moreEl} and {@code moreEn} are searched with the body (lessons, transferability,
 * indicators, programmes); {@code status}, {@code region} (of the owner, may be null) and
 * {@code funding} (source codes) are facets.
 */
public record IndexedEntry(String id, String slug, String kind, String owner, String state, String visibility,
        String titleEl, String titleEn, String summaryEl, String summaryEn, String bodyEl, String bodyEn,
        List<String> themes, List<String> targetGroups, Integer year, long updatedMillis, String status, String region,
        List<String> funding, String moreEl, String moreEn) {

    public IndexedEntry {
        funding = funding == null ? List.of() : funding;
    }
}
