package org.diktyo.knowledge.search;

import java.util.List;

/** What the index holds of an entry: its texts, its facets and what decides who sees it. */
public record IndexedEntry(String id, String slug, String kind, String owner, String state, String visibility,
        String titleEl, String titleEn, String summaryEl, String summaryEn, String bodyEl, String bodyEn,
        List<String> themes, List<String> targetGroups, Integer year, long updatedMillis) {
}
