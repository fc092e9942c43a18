package org.diktyo.knowledge.search;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.springframework.web.util.HtmlUtils;

/**
 * A hit of the page shown, with a snippet of its summary in the reader's language: the matched
 * words in {@code <mark>} (accents kept), the rest escaped; when the stems matched nothing there,
 * the folded twin is tried. Made only for the hits of the page (ADR 0030).
 */
final class Snippets {

    private final UnifiedHighlighter highlighter;

    Snippets(Analyzer analyzer) {
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer).withHandleMultiTermQuery(true)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true)).withMaxNoHighlightPassages(1)
                .build();
    }

    SearchHits.Hit hit(Document d, EntryQuery.Built built, boolean english) throws IOException {
        String summaryEl = d.get(Fields.SUMMARY_EL);
        String summaryEn = d.get(Fields.SUMMARY_EN);
        boolean englishText = english && summaryEn != null && !summaryEn.isBlank();
        String snippet = null;
        if (!built.words().isEmpty()) {
            snippet = englishText ? highlight(Fields.SUMMARY_EN, built.query(), summaryEn)
                    : highlight(Fields.SUMMARY_EL, built.query(), summaryEl);
            if (snippet == null || !snippet.contains("<mark>")) {
                String folded = englishText ? null : highlight(Fields.SUMMARY_F, built.query(), summaryEl);
                snippet = folded != null && folded.contains("<mark>") ? folded : snippet;
            }
        }
        if (snippet == null) {
            snippet = HtmlUtils.htmlEscape(englishText ? summaryEn : summaryEl);
        }
        String year = d.get(Fields.FACET_YEAR);
        return new SearchHits.Hit(d.get(Fields.ID), d.get(Fields.SLUG), d.get(Fields.KIND), d.get(Fields.OWNER),
                d.get(Fields.STATE), d.get(Fields.TITLE_EL), d.get(Fields.TITLE_EN), snippet,
                EntryDocuments.stored(d, Fields.FACET_THEME), year == null ? null : Integer.valueOf(year));
    }

    private String highlight(String field, Query query, String text) throws IOException {
        if (text == null || text.isBlank()) {
            return null;
        }
        Object out = highlighter.highlightWithoutSearcher(field, query, text, 2);
        return out == null ? null : out.toString();
    }
}
