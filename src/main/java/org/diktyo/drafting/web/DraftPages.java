package org.diktyo.drafting.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.drafting.Amendment;
import org.diktyo.drafting.AmendmentKind;
import org.diktyo.drafting.Clause;
import org.diktyo.drafting.DraftText;
import org.diktyo.drafting.Drafts;
import org.diktyo.drafting.Proposal;
import org.diktyo.language.Bilingual;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/drafts/{textId}/clauses/{key}}: a clause of any text in consultation (a
 * memorandum version, a position) with its amendments and comments; the form to propose an
 * amendment to it (a focal point for its municipality, the secretariat on a municipality's behalf)
 * and to comment on it. The rules are the engine's ({@link Drafts}); a refused form comes back
 * with what was typed.
 */
@Controller
class DraftPages {

    static final String CLAUSE = "drafting/clause";
    static final String PROPOSE = "drafting/propose";

    private final Drafts drafts;
    private final DraftPageData data;

    DraftPages(Drafts drafts, DraftPageData data) {
        this.drafts = drafts;
        this.data = data;
    }

    @GetMapping("/account/drafts/{textId}/clauses/{key}")
    String clause(@PathVariable String textId, @PathVariable String key, Model model, Locale locale) {
        return showClause(textId, key, "", FormErrors.NONE, FormErrors.NONE, 0, model, locale);
    }

    @PostMapping("/account/drafts/{textId}/clauses/{key}/comments")
    String comment(@PathVariable String textId, @PathVariable String key, @RequestParam(required = false) String body,
            Model model, Locale locale, RedirectAttributes redirect) {
        try {
            drafts.commentOnClause(textId, key, body);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> showClause(textId, key, body, DraftPageData.errors(problem), FormErrors.NONE, 0,
                    model, locale));
        }
        Notices.confirm(redirect, "drafting.comment.saved");
        return "redirect:" + path(textId, key) + "#comments";
    }

    @PostMapping("/account/drafts/{textId}/clauses/{key}/comments/{commentId}/hide")
    String hide(@PathVariable String textId, @PathVariable String key, @PathVariable long commentId,
            @RequestParam(required = false) String reason, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            drafts.hideClauseComment(textId, key, commentId, reason);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> showClause(textId, key, "", FormErrors.NONE, DraftPageData.errors(problem),
                    commentId, model, locale));
        }
        Notices.confirm(redirect, "drafting.comment.hidden");
        return "redirect:" + path(textId, key) + "#comments";
    }

    @GetMapping("/account/drafts/{textId}/clauses/{key}/propose")
    String proposeForm(@PathVariable String textId, @PathVariable String key, Model model, Locale locale) {
        data.viewer();
        Clause clause = data.clause(textId, key);
        DraftingViews.ProposalForm form = new DraftingViews.ProposalForm(null, AmendmentKind.REPLACE.name(),
                clause.revision(), clause.heading().el(), clause.heading().en(), clause.text().el(), clause.text().en(), "",
                List.of());
        return showProposal(textId, clause, form, FormErrors.NONE, model, locale);
    }

    @PostMapping("/account/drafts/{textId}/clauses/{key}/propose")
    String propose(@PathVariable String textId, @PathVariable String key,
            @RequestParam(required = false) String municipalityId, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String baseRevision, @RequestParam(required = false) String headingEl,
            @RequestParam(required = false) String headingEn, @RequestParam(required = false) String textEl,
            @RequestParam(required = false) String textEn, @RequestParam(required = false) String justification,
            @RequestParam(required = false) List<String> cosponsors, Model model, Locale locale,
            RedirectAttributes redirect) {
        DraftingViews.ProposalForm form = new DraftingViews.ProposalForm(municipalityId, kind, baseRevision, headingEl,
                headingEn, textEl, textEn, justification, cosponsors == null ? List.of() : cosponsors);
        Amendment amendment;
        try {
            amendment = drafts.propose(textId, new Proposal(municipalityId, kind(kind), key, baseRevision,
                    Bilingual.of(headingEl, headingEn), Bilingual.of(textEl, textEn), justification, form.cosponsors()));
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> {
                Clause now = data.clause(textId, key);
                boolean stale = "drafting.amendment.stale".equals(problem.key());
                DraftingViews.ProposalForm again = stale ? new DraftingViews.ProposalForm(municipalityId, kind,
                        now.revision(), headingEl, headingEn, textEl, textEn, justification, form.cosponsors()) : form;
                return showProposal(textId, now, again, DraftPageData.errors(problem), model, locale);
            });
        }
        Notices.confirm(redirect, "drafting.amendment.proposed");
        return "redirect:/account/amendments/" + amendment.id();
    }

    private static AmendmentKind kind(String kind) {
        for (AmendmentKind k : AmendmentKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }

    static String path(String textId, String key) {
        return "/account/drafts/" + textId + "/clauses/" + key;
    }

    private String showClause(String textId, String key, String body, FormErrors errors, FormErrors hideErrors,
            long hideId, Model model, Locale locale) {
        Viewer viewer = data.viewer();
        DraftText text = drafts.text(textId);
        Clause clause = data.clause(textId, key);
        List<Amendment> amendments = drafts.amendments(textId).stream()
                .filter(a -> a.clauseKey().equals(key)).toList();
        model.addAttribute("view", new DraftingViews.ClausePage(data.header(text, locale), DraftPageData.view(clause, locale),
                data.rows(textId, amendments, locale), !data.actingFor(text, viewer, locale).isEmpty(),
                data.comments(text, drafts.clauseComments(textId, key), path(textId, key) + "/comments", body, errors,
                        hideErrors, hideId, locale)));
        return CLAUSE;
    }

    private String showProposal(String textId, Clause clause, DraftingViews.ProposalForm form, FormErrors errors,
            Model model, Locale locale) {
        Viewer viewer = data.viewer();
        DraftText text = drafts.text(textId);
        Map<String, String> municipalities = data.actingFor(text, viewer, locale);
        Map<String, String> cosponsors = new java.util.LinkedHashMap<>();
        data.actingFor(text, new Viewer(viewer.email(), null, "SECRETARIAT", null), locale).forEach((id, name) -> {
            if (!municipalities.containsKey(id) || municipalities.size() > 1) {
                cosponsors.put(id, name);
            }
        });
        model.addAttribute("view", new DraftingViews.ProposePage(data.header(text, locale), DraftPageData.view(clause, locale),
                form, municipalities, cosponsors, errors));
        return PROPOSE;
    }
}
