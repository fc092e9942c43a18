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
            List<Facet> facets, boolean onlyStopWords, String previous, String next, int page, int pages) {
    }

    /** An entry on its page. */
    public record EntryPage(Entry entry, String title, String summary, String bodyHtml, String owner, List<String> themes,
            List<String> targetGroups, List<String> sharedBy, String period, boolean writable, boolean mayShare,
            boolean shared, String base) {
    }

    /** A municipality's entries, or every entry for the secretariat. */
    public record OwnPage(List<Row> entries) {
    }

    /** An entry in a list: its title, kind, owner and state, and where to edit it. */
    public record Row(Entry entry, String title, String owner, String href, boolean editable) {
    }

    /** The form of an entry, new ({@code id} null) or existing. */
    public record FormPage(String id, EntryKind kind, EntryForm form, FormErrors errors, Map<String, String> owners,
            List<Term> themes, List<Term> targetGroups, boolean chooseOwner, String reviewNote) {
    }

    /** The secretariat's queue. */
    public record ReviewPage(List<Row> submitted, FormErrors errors) {
    }

    static List<Facet> facets(SearchHits hits, Map<String, List<String>> ticked, Map<String, Term> themes,
            Map<String, Term> groups, Map<String, Bilingual> municipalities, Locale locale) {
        List<Facet> facets = new ArrayList<>();
        for (String name : List.of("theme", "targetGroup", "municipality", "year")) {
            List<Option> options = new ArrayList<>();
            List<String> on = ticked.getOrDefault(name, List.of());
            for (SearchHits.FacetCount c : hits.facets().getOrDefault(name, List.of())) {
                String label = switch (name) {
                    case "theme" -> themes.containsKey(c.value()) ? themes.get(c.value()).label().in(locale) : c.value();
                    case "targetGroup" -> groups.containsKey(c.value()) ? groups.get(c.value()).label().in(locale) : c.value();
                    case "municipality" -> municipalities.containsKey(c.value())
                            ? municipalities.get(c.value()).in(locale) : c.value();
                    default -> c.value();
                };
                options.add(new Option(c.value(), label, c.count(), on.contains(c.value())));
            }
            if (name.equals("year")) {
                options.sort((a, b) -> b.value().compareTo(a.value()));
            } else {
                options.sort((a, b) -> a.label().compareToIgnoreCase(b.label()));
            }
            if (!options.isEmpty()) {
                facets.add(new Facet(name, "knowledge.facet." + name, options));
            }
        }
        return facets;
    }
}
