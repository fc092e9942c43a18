package org.diktyo.knowledge.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/** An entry as a Lucene document: keyword filters, texts under each analyser, facets (ADR 0023). */
final class EntryDocuments {

    private EntryDocuments() {
    }

    static Document document(IndexedEntry e) {
        Document d = new Document();
        d.add(new StringField(Fields.ID, e.id(), Field.Store.YES));
        d.add(new StoredField(Fields.SLUG, e.slug()));
        d.add(new StringField(Fields.KIND, e.kind(), Field.Store.YES));
        d.add(new StringField(Fields.OWNER, e.owner(), Field.Store.YES));
        d.add(new StringField(Fields.STATE, e.state(), Field.Store.YES));
        d.add(new StringField(Fields.VISIBILITY, e.visibility(), Field.Store.YES));
        d.add(new NumericDocValuesField(Fields.UPDATED, e.updatedMillis()));
        text(d, Fields.TITLE_EL, Fields.TITLE_F, e.titleEl(), true);
        text(d, Fields.SUMMARY_EL, Fields.SUMMARY_F, e.summaryEl(), true);
        text(d, Fields.BODY_EL, Fields.BODY_F, nz(e.bodyEl()) + "\n" + nz(e.moreEl()), false);
        d.add(new TextField(Fields.TITLE_EN, nz(e.titleEn()), Field.Store.YES));
        d.add(new TextField(Fields.SUMMARY_EN, nz(e.summaryEn()), Field.Store.YES));
        d.add(new TextField(Fields.BODY_EN, nz(e.bodyEn()) + "\n" + nz(e.moreEn()), Field.Store.NO));
        d.add(new TextField(Fields.LATIN, nz(e.titleEl()) + "\n" + nz(e.summaryEl()) + "\n" + nz(e.bodyEl()) + "\n"
                + nz(e.moreEl()), Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(Fields.FACET_KIND, e.kind()));
        d.add(new SortedSetDocValuesFacetField(Fields.FACET_MUNICIPALITY, e.owner()));
        if (e.status() != null) {
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_STATUS, e.status()));
        }
        if (e.region() != null) {
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_REGION, e.region()));
        }
        for (String source : e.funding()) {
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_FUNDING, source));
        }
        for (String theme : e.themes()) {
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_THEME, theme));
            d.add(new StoredField(Fields.FACET_THEME, theme));
        }
        for (String group : e.targetGroups()) {
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_TARGET, group));
        }
        if (e.year() != null) {
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_YEAR, e.year().toString()));
            d.add(new StoredField(Fields.FACET_YEAR, e.year().toString()));
        }
        return d;
    }

    private static void text(Document d, String stemmed, String folded, String text, boolean store) {
        d.add(new TextField(stemmed, nz(text), store ? Field.Store.YES : Field.Store.NO));
        d.add(new TextField(folded, nz(text), Field.Store.NO));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(Fields.FACET_THEME, true);
        config.setMultiValued(Fields.FACET_TARGET, true);
        config.setMultiValued(Fields.FACET_FUNDING, true);
        return config;
    }

    static List<String> stored(Document d, String field) {
        List<String> values = new ArrayList<>();
        for (var f : d.getFields(field)) {
            if (f.stringValue() != null) {
                values.add(f.stringValue());
            }
        }
        return values;
    }
}
