package org.diktyo.network.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.diktyo.network.MembershipStatus;
import org.diktyo.network.domain.AccessionAdvance;
import org.diktyo.network.domain.AccessionCase;
import org.diktyo.network.domain.AccessionNote;
import org.diktyo.network.domain.AccessionOpening;
import org.diktyo.network.domain.AccessionSource;
import org.diktyo.network.domain.AccessionStage;
import org.diktyo.network.domain.AccessionStore;
import org.diktyo.network.domain.AdvanceAccessionCase;
import org.diktyo.network.domain.Geography;
import org.diktyo.network.domain.Municipalities;
import org.diktyo.network.domain.OpenAccessionCase;
import org.diktyo.network.domain.ReadAccessions;
import org.diktyo.network.domain.RecordAccessionActivity;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The funnel board ({@code /admin/accession}: the secretariat's cards by stage, filtered; a
 * partner's counts only), a case's page with its timeline and the forms that move it, and a
 * focal point's view of its own case. Moving a card is a form, no JavaScript needed.
 */
@Controller
class AccessionAdminPages {

    static final String BOARD = "network/accessionBoard";
    static final String CASE = "network/accessionCase";
    static final String OWN = "network/accessionOwn";

    private final ReadAccessions read;
    private final OpenAccessionCase opening;
    private final AdvanceAccessionCase advancing;
    private final RecordAccessionActivity activities;
    private final Municipalities municipalities;
    private final Geography geography;
    private final ViewerResolver viewers;
    private final Names.Factory names;

    AccessionAdminPages(ReadAccessions read, OpenAccessionCase opening, AdvanceAccessionCase advancing,
            RecordAccessionActivity activities, Municipalities municipalities, Geography geography, ViewerResolver viewers,
            Names.Factory names) {
        this.read = read;
        this.opening = opening;
        this.advancing = advancing;
        this.activities = activities;
        this.municipalities = municipalities;
        this.geography = geography;
        this.viewers = viewers;
        this.names = names;
    }

    @GetMapping("/admin/accession")
    String board(@RequestParam(required = false) String region, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String source, Model model, Locale locale) {
        return board(model, new AccessionViews.Filters(blank(region), blank(owner), blank(source)), emptyOpening(),
                FormErrors.NONE, locale);
    }

    @PostMapping("/admin/accession")
    String open(@ModelAttribute AccessionOpening form, BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect) {
        AccessionCase c;
        try {
            typed(binding);
            c = opening.open(form);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> board(model, new AccessionViews.Filters(null, null, null), form,
                    FormErrors.of(problem), locale));
        }
        Notices.confirm(redirect, "network.accession.opened");
        return "redirect:/admin/accession/" + c.id();
    }

    @GetMapping("/admin/accession/{caseId}")
    String one(@PathVariable String caseId, Model model, Locale locale) {
        return page(model, caseId, new AccessionAdvance(null, "", null), FormErrors.NONE,
                new AccessionNote(null, null, "", null, false), FormErrors.NONE, locale);
    }

    @PostMapping("/admin/accession/{caseId}/advance")
    String advance(@PathVariable String caseId, @ModelAttribute AccessionAdvance form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            typed(binding);
            advancing.advance(caseId, form);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> page(model, caseId, form, FormErrors.of(problem),
                    new AccessionNote(null, null, "", null, false), FormErrors.NONE, locale));
        }
        Notices.confirm(redirect, "network.accession.advanced");
        return "redirect:/admin/accession/" + caseId;
    }

    @PostMapping("/admin/accession/{caseId}/activities")
    String addActivity(@PathVariable String caseId, @ModelAttribute AccessionNote form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            typed(binding);
            activities.record(caseId, form);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> page(model, caseId, new AccessionAdvance(null, "", null), FormErrors.NONE,
                    form, FormErrors.of(problem), locale));
        }
        Notices.confirm(redirect, "network.accession.recorded");
        return "redirect:/admin/accession/" + caseId + "#timeline";
    }

    @GetMapping("/account/municipality/accession")
    String own(Model model, Locale locale) {
        model.addAttribute("view", new AccessionViews.OwnCase(read.own().orElse(null), read.today(), names.in(locale)));
        return OWN;
    }

    private String board(Model model, AccessionViews.Filters filters, AccessionOpening form, FormErrors errors,
            Locale locale) {
        var viewer = viewers.current();
        Map<AccessionStage, Integer> counts = new LinkedHashMap<>();
        AccessionStage.BOARD.forEach(s -> counts.put(s, 0));
        read.funnel().forEach(f -> counts.merge(f.stage(), f.cases(), Integer::sum));
        Map<AccessionStage, List<ReadAccessions.Listed>> columns = null;
        List<String> owners = List.of();
        Map<String, String> prospects = Map.of();
        if (viewer.secretariat()) {
            AccessionSource src = filters.source() == null ? null : source(filters.source());
            String region = filters.region() != null && geography.knownRegion(filters.region()) ? filters.region() : null;
            columns = read.board(new AccessionStore.Filter(null, region, filters.owner(), src, null, null));
            owners = new ArrayList<>(new TreeSet<>(columns.values().stream().flatMap(List::stream)
                    .map(l -> l.accession().ownerEmail()).filter(o -> o != null).toList()));
            Map<String, String> options = new LinkedHashMap<>();
            var collator = org.diktyo.language.GreekText.collator(locale);
            municipalities.findAll().stream().filter(m -> m.status() != MembershipStatus.MEMBER)
                    .sorted((a, b) -> collator.compare(a.officialName().in(locale), b.officialName().in(locale)))
                    .forEach(m -> options.put(m.id(), m.officialName().in(locale)));
            prospects = options;
        }
        model.addAttribute("view", new AccessionViews.Board(columns, counts, filters, geography.regions(), owners,
                read.today(), form, errors, prospects, names.in(locale)));
        return BOARD;
    }

    private String page(Model model, String caseId, AccessionAdvance advance, FormErrors advanceErrors, AccessionNote note,
            FormErrors noteErrors, Locale locale) {
        if (!viewers.current().secretariat()) {
            read.one(caseId); // 404 for another's, 403 for a partner
            throw Problem.forbidden();
        }
        ReadAccessions.Listed listed = read.one(caseId);
        model.addAttribute("view", new AccessionViews.CasePage(listed, read.activities(caseId, 0, 200), read.today(),
                advance, advanceErrors, note, noteErrors, names.in(locale)));
        return CASE;
    }

    /** A value the form could not read (a day typed as «20/11», an unknown stage): refused, naming its field. */
    static void typed(BindingResult binding) {
        if (binding.hasFieldErrors()) {
            throw Problem.invalid(binding.getFieldErrors().stream().map(e -> e.getField()).distinct()
                    .map(field -> new Problem.FieldProblem(field, "network.accession.value.invalid")).toList());
        }
    }

    private static AccessionOpening emptyOpening() {
        return new AccessionOpening("", AccessionSource.OTHER, AccessionStage.IDENTIFIED, "", "", null, null);
    }

    private static AccessionSource source(String s) {
        try {
            return AccessionSource.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
