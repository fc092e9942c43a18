package org.diktyo.knowledge.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.knowledge.domain.Entry;
import org.diktyo.knowledge.domain.EntryKind;
import org.diktyo.knowledge.domain.Term;
import org.diktyo.knowledge.search.SearchHits;
import org.diktyo.language.Bilingual;
import org.diktyo.platform.FormErrors;

/** What the knowledge pages show, already in the reader's language. */
public final class KnowledgeViews {

    private KnowledgeViews() {
    }

    /** A facet's value as a checkbox: ticked or not, with its count under the current search. */
    public record Option(String value, String label, int count, boolean checked) {
    }

    /** A facet as a fieldset of checkboxes. */
    public record Facet(String name, String legendKey, List<Option> options) {
    }

    /** A result: the title linked, the snippet as safe HTML, who wrote it, the year, the themes. */
    public record Hit(String title, String href, String snippetHtml, String owner, Integer year, List<String> themes,
            String state) {
    }

    /** The search page of one kind: what was typed, the facets, a page of results, and links to the pages around it. */
    public record SearchPage(EntryKind kind, String base, String q, boolean cut, long total, List<Hit> hits,
            List<Facet> facets, boolean onlyStopWords, String previous, String next, int page, int pages,
            boolean mayExport) {
    }

    /** An entry on its page. */
    public record EntryPage(Entry entry, String title, String summary, String bodyHtml, String owner, List<String> themes,
            List<String> targetGroups, List<String> sharedBy, String period, boolean writable, boolean mayShare,
            boolean shared, String base, List<String> partners, List<String> organisations) {

        /** An amount or a value as the reader writes numbers: «1.234,5» in Greek, «1,234.5» in English. */
        public String number(java.math.BigDecimal n, java.util.Locale locale) {
            if (n == null) {
                return "";
            }
            java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
            f.setMaximumFractionDigits(2);
            return f.format(n);
        }
    }

    /** A municipality's entries, or every entry for the secretariat. */
    public record OwnPage(List<Row> entries) {
    }

    /** An entry in a list: its title, kind, owner and state, and where to edit it. */
    public record Row(Entry entry, String title, String owner, String href, boolean editable) {
    }

    /** The form of an entry, new ({@code id} null) or existing. */
    public record FormPage(String id, EntryKind kind, EntryForm form, FormErrors errors, Map<String, String> owners,
            Map<String, String> themes, Map<String, String> targetGroups, boolean chooseOwner, String reviewNote,
            Map<String, String> municipalities, Map<String, String> organisations, Map<String, String> axes,
            boolean revisionPending) {
    }

    /**
     * The secretariat's queue; {@code duplicates} by entry id: published entries of a close title
     * (title, link); {@code revisions}: edits of published entries, as proposed, linked to their form.
     */
    public record ReviewPage(List<Row> submitted, FormErrors errors, Map<String, Map<String, String>> duplicates,
            List<Row> revisions) {
    }

    /**
     * The facets shown beside the results, each value labelled in the reader's language and the
     * labels sorted by the language's collation ({@code java.text.Collator}: «Άρτα» beside «Αθήνα»,
     * not after «Ω»); years newest first.
     */
    static List<Facet> facets(SearchHits hits, Map<String, List<String>> ticked, Map<String, Term> themes,
            Map<String, Term> groups, Map<String, Bilingual> municipalities, Map<String, Bilingual> regions,
            java.util.function.UnaryOperator<String> message, Locale locale) {
        List<Facet> facets = new ArrayList<>();
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        collator.setStrength(java.text.Collator.SECONDARY);
        for (String name : List.of("theme", "targetGroup", "funding", "region", "municipality", "status", "year")) {
            List<Option> options = new ArrayList<>();
            List<String> on = ticked.getOrDefault(name, List.of());
            for (SearchHits.FacetCount c : hits.facets().getOrDefault(name, List.of())) {
                String v = c.value();
                String label = switch (name) {
                    case "theme" -> themes.containsKey(v) ? themes.get(v).label().in(locale) : v;
                    case "targetGroup" -> groups.containsKey(v) ? groups.get(v).label().in(locale) : v;
                    case "municipality" -> municipalities.containsKey(v) ? municipalities.get(v).in(locale) : v;
                    case "region" -> regions.containsKey(v) ? regions.get(v).in(locale) : v;
                    case "funding" -> message.apply("knowledge.funding." + v);
                    case "status" -> message.apply("knowledge.status." + v);
                    default -> v;
                };
                options.add(new Option(v, label, c.count(), on.contains(v)));
            }
            if (name.equals("year")) {
                options.sort((x, y) -> y.value().compareTo(x.value()));
            } else {
                options.sort((x, y) -> collator.compare(x.label(), y.label()));
            }
            if (!options.isEmpty()) {
                facets.add(new Facet(name, "knowledge.facet." + name, options));
            }
        }
        return facets;
    }
}
