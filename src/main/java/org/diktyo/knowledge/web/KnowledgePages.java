package org.diktyo.knowledge.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.drafting.ClauseMarkdown;
import org.diktyo.knowledge.domain.Entry;
import org.diktyo.knowledge.domain.EntryKind;
import org.diktyo.knowledge.domain.EntryState;
import org.diktyo.knowledge.domain.ReadEntries;
import org.diktyo.knowledge.domain.ShareChallenges;
import org.diktyo.knowledge.domain.Term;
import org.diktyo.knowledge.domain.Vocabularies;
import org.diktyo.knowledge.search.SearchHits;
import org.diktyo.language.Bilingual;
import org.diktyo.language.DatePhrases;
import org.diktyo.language.Language;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The knowledge base for everyone: {@code /practices} and {@code /challenges}, each a search box
 * and facets as checkboxes in one GET form (no JavaScript needed), with highlighted results and
 * paging; an entry's page; «we face this too» on a challenge for a focal point.
 */
@Controller
class KnowledgePages {

    static final int PAGE_SIZE = 10;

    private final ReadEntries read;
    private final ShareChallenges share;
    private final Vocabularies vocabularies;
    private final Names names;
    private final ViewerResolver viewers;
    private final MessageSource messages;

    KnowledgePages(ReadEntries read, ShareChallenges share, Vocabularies vocabularies, Names names, ViewerResolver viewers,
            MessageSource messages) {
        this.messages = messages;
        this.read = read;
        this.share = share;
        this.vocabularies = vocabularies;
        this.names = names;
        this.viewers = viewers;
    }

    /** The facets' values come as repeated parameters named after the facet ({@code theme=HOUSING&theme=KEM}). */
    @GetMapping("/practices")
    String practices(@RequestParam(required = false) String q, @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        return search(EntryKind.PRACTICE, q, params, page, model, locale);
    }

    @GetMapping("/challenges")
    String challenges(@RequestParam(required = false) String q, @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        return search(EntryKind.CHALLENGE, q, params, page, model, locale);
    }

    @GetMapping("/practices/{slug}")
    String practice(@PathVariable String slug, Model model, Locale locale) {
        return entry(EntryKind.PRACTICE, slug, model, locale);
    }

    @GetMapping("/challenges/{slug}")
    String challenge(@PathVariable String slug, Model model, Locale locale) {
        return entry(EntryKind.CHALLENGE, slug, model, locale);
    }

    /** «Αντιμετωπίζουμε κι εμείς» by the viewer's municipality, or its mark taken back. */
    @PostMapping("/challenges/{slug}/shared")
    String shared(@PathVariable String slug, @RequestParam(defaultValue = "true") boolean shared,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        Entry e = read.bySlug(slug);
        String municipality = viewers.current().municipalityId();
        if (municipality == null) {
            throw Problem.forbidden();
        }
        if (shared) {
            share.share(e.id(), municipality, comment);
        } else {
            share.unshare(e.id(), municipality);
        }
        Notices.confirm(redirect, shared ? "knowledge.shared.saved" : "knowledge.shared.removed");
        return "redirect:/challenges/" + slug;
    }

    private String search(EntryKind kind, String q, MultiValueMap<String, String> params, int page, Model model,
            Locale locale) {
        String typed = q == null ? "" : q.strip();
        boolean cut = typed.length() > KnowledgeApi.MAX_QUERY;
        if (cut) {
            typed = typed.substring(0, KnowledgeApi.MAX_QUERY);
        }
        page = Math.max(0, Math.min(page, 1000));
        Map<String, List<String>> filters = KnowledgeApi.filters(List.of(kind.name()), params);
        SearchHits hits = read.search(typed, filters, Language.english(locale), page, PAGE_SIZE);
        Map<String, Term> themes = vocabularies.themesByCode();
        Map<String, Bilingual> municipalities = names.all();
        String base = base(kind);
        List<KnowledgeViews.Hit> rows = new ArrayList<>();
        for (SearchHits.Hit h : hits.hits()) {
            rows.add(new KnowledgeViews.Hit(Bilingual.of(h.titleEl(), h.titleEn()).in(locale), base + "/" + h.slug(),
                    h.snippetHtml(), name(municipalities, h.owner(), locale), h.year(),
                    h.themes().stream().map(t -> themes.containsKey(t) ? themes.get(t).label().in(locale) : t).toList(),
                    "PUBLISHED".equals(h.state()) ? null : h.state()));
        }
        int pages = (int) Math.min(1001, (hits.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(base);
        if (!typed.isEmpty()) {
            link.queryParam("q", typed);
        }
        filters.forEach((name, values) -> {
            if (!name.equals("kind")) {
                values.forEach(v -> link.queryParam(name, v));
            }
        });
        String previous = page > 0 ? link.cloneBuilder().queryParam("page", page - 1).encode().build().toUriString() : null;
        String next = page + 1 < pages ? link.cloneBuilder().queryParam("page", page + 1).encode().build().toUriString() : null;
        model.addAttribute("view", new KnowledgeViews.SearchPage(kind, base, typed, cut, hits.total(), rows,
                KnowledgeViews.facets(hits, filters, themes, vocabularies.targetGroupsByCode(), municipalities, names.regions(),
                        key -> messages.getMessage(key, null, key, locale), locale),
                hits.onlyStopWords(), previous, next, page, pages, viewers.current().staff()));
        return "knowledge/search";
    }

    private String entry(EntryKind kind, String slug, Model model, Locale locale) {
        Entry e = read.bySlug(slug);
        if (e.kind() != kind) {
            throw Problem.notFound();
        }
        Viewer viewer = viewers.current();
        Map<String, Bilingual> municipalities = names.all();
        Map<String, Term> themes = vocabularies.themesByCode();
        Map<String, Term> groups = vocabularies.targetGroupsByCode();
        String period = e.periodStart() == null ? null
                : DatePhrases.date(e.periodStart(), locale) + (e.periodEnd() == null ? "" : " – " + DatePhrases.date(e.periodEnd(), locale));
        boolean mayShare = kind == EntryKind.CHALLENGE && e.state() == EntryState.PUBLISHED
                && "FOCAL_POINT".equals(viewer.role()) && viewer.municipalityId() != null
                && !viewer.municipalityId().equals(e.ownerId());
        model.addAttribute("view", new KnowledgeViews.EntryPage(e, e.title().in(locale), e.summary().in(locale),
                ClauseMarkdown.html(e.body().in(locale)), name(municipalities, e.ownerId(), locale),
                e.themes().stream().map(t -> themes.containsKey(t) ? themes.get(t).label().in(locale) : t).toList(),
                e.targetGroups().stream().map(t -> groups.containsKey(t) ? groups.get(t).label().in(locale) : t).toList(),
                e.sharedBy().stream().map(m -> name(municipalities, m, locale)).toList(), period, read.writable(e), mayShare,
                mayShare && e.sharedBy().contains(viewer.municipalityId()), base(kind),
                e.details().partners().stream().map(m -> name(municipalities, m, locale)).toList(),
                e.details().organisations().stream().map(o -> names.organisations(locale).getOrDefault(o, o)).toList()));
        return "knowledge/entry";
    }

    static String base(EntryKind kind) {
        return kind == EntryKind.PRACTICE ? "/practices" : "/challenges";
    }

    static String name(Map<String, Bilingual> names, String id, Locale locale) {
        Bilingual name = names.get(id);
        return name == null ? id : name.in(locale);
    }
}
