package org.diktyo.drafting.web;

import java.util.Locale;
import java.util.Map;

import org.diktyo.drafting.Amendment;
import org.diktyo.drafting.AmendmentKind;
import org.diktyo.drafting.AmendmentState;
import org.diktyo.drafting.Clause;
import org.diktyo.drafting.ClauseMarkdown;
import org.diktyo.drafting.Decision;
import org.diktyo.drafting.DraftText;
import org.diktyo.drafting.Drafts;
import org.diktyo.drafting.Stance;
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
 * {@code /account/amendments/{id}}: an amendment of any text, with the clause it changes; its
 * municipality submits or withdraws it, a municipality taking part supports or objects to it, the
 * secretariat records the decision; anyone signed in comments while the consultation is open.
 */
@Controller
class AmendmentPages {

    static final String VIEW = "drafting/amendment";
    private static final DraftingViews.StanceForm NO_STANCE = new DraftingViews.StanceForm(null, "SUPPORT", "");
    private static final DraftingViews.DecisionForm NO_DECISION = new DraftingViews.DecisionForm("ACCEPTED", null, null,
            null, null, "", "");

    private final Drafts drafts;
    private final DraftPageData data;

    AmendmentPages(Drafts drafts, DraftPageData data) {
        this.drafts = drafts;
        this.data = data;
    }

    @GetMapping("/account/amendments/{id}")
    String amendment(@PathVariable String id, Model model, Locale locale) {
        return show(id, NO_STANCE, NO_DECISION, "", null, FormErrors.NONE, 0, model, locale);
    }

    @PostMapping("/account/amendments/{id}/submit")
    String submit(@PathVariable String id, Model model, Locale locale, RedirectAttributes redirect) {
        return act(id, () -> drafts.submit(id), "manage", "drafting.amendment.submitted", model, locale, redirect);
    }

    @PostMapping("/account/amendments/{id}/withdraw")
    String withdraw(@PathVariable String id, Model model, Locale locale, RedirectAttributes redirect) {
        return act(id, () -> drafts.withdraw(id), "manage", "drafting.amendment.withdrawn", model, locale, redirect);
    }

    @PostMapping("/account/amendments/{id}/stance")
    String stance(@PathVariable String id, @RequestParam(required = false) String municipalityId,
            @RequestParam(required = false) String stance, @RequestParam(required = false) String reason, Model model,
            Locale locale, RedirectAttributes redirect) {
        DraftingViews.StanceForm form = new DraftingViews.StanceForm(municipalityId, stance, reason);
        Stance taken = "SUPPORT".equals(stance) ? Stance.SUPPORT : "OBJECT".equals(stance) ? Stance.OBJECT : null;
        try {
            if (taken == null && !"NONE".equals(stance)) {
                throw Problem.invalid(java.util.List.of(new Problem.FieldProblem("stance", "platform.error.required")));
            }
            drafts.stance(id, municipalityId, taken, reason);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(id, form, NO_DECISION, "", "stance", DraftPageData.errors(problem), 0,
                    model, locale));
        }
        Notices.confirm(redirect, "drafting.stance.saved");
        return "redirect:/account/amendments/" + id;
    }

    @PostMapping("/account/amendments/{id}/decision")
    String decide(@PathVariable String id, @RequestParam(required = false) String state,
            @RequestParam(required = false) String headingEl, @RequestParam(required = false) String headingEn,
            @RequestParam(required = false) String textEl, @RequestParam(required = false) String textEn,
            @RequestParam(required = false) String note, @RequestParam(required = false) String reference,
            @RequestParam(required = false) String from, Model model, Locale locale, RedirectAttributes redirect) {
        DraftingViews.DecisionForm form = new DraftingViews.DecisionForm(state, headingEl, headingEn, textEl, textEn, note,
                reference);
        Amendment decided;
        try {
            AmendmentState chosen = state == null ? null : java.util.Arrays.stream(AmendmentState.values())
                    .filter(s -> s.name().equals(state)).findFirst().orElse(null);
            boolean modified = chosen == AmendmentState.ACCEPTED_MODIFIED;
            decided = drafts.decide(id, new Decision(chosen, modified ? Bilingual.of(headingEl, headingEn) : null,
                    modified ? Bilingual.of(textEl, textEn) : null, note, reference));
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(id, NO_STANCE, form, "", "decision", DraftPageData.errors(problem), 0,
                    model, locale));
        }
        Notices.confirm(redirect, "drafting.decision.saved");
        return "redirect:" + ("board".equals(from) ? "/admin/drafts/" + decided.textId() + "/amendments"
                : "/account/amendments/" + id);
    }

    @PostMapping("/account/amendments/{id}/comments")
    String comment(@PathVariable String id, @RequestParam(required = false) String body, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            drafts.commentOnAmendment(id, body);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(id, NO_STANCE, NO_DECISION, body, "comment",
                    DraftPageData.errors(problem), 0, model, locale));
        }
        Notices.confirm(redirect, "drafting.comment.saved");
        return "redirect:/account/amendments/" + id + "#comments";
    }

    @PostMapping("/account/amendments/{id}/comments/{commentId}/hide")
    String hide(@PathVariable String id, @PathVariable long commentId, @RequestParam(required = false) String reason,
            Model model, Locale locale, RedirectAttributes redirect) {
        try {
            drafts.hideAmendmentComment(id, commentId, reason);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(id, NO_STANCE, NO_DECISION, "", "hide", FormErrors.of(problem),
                    commentId, model, locale));
        }
        Notices.confirm(redirect, "drafting.comment.hidden");
        return "redirect:/account/amendments/" + id + "#comments";
    }

    private String act(String id, Runnable action, String form, String notice, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            action.run();
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(id, NO_STANCE, NO_DECISION, "", form, DraftPageData.errors(problem), 0,
                    model, locale));
        }
        Notices.confirm(redirect, notice);
        return "redirect:/account/amendments/" + id;
    }

    private String show(String id, DraftingViews.StanceForm stance, DraftingViews.DecisionForm decision, String body,
            String failed, FormErrors errors, long hideId, Model model, Locale locale) {
        Viewer viewer = data.viewer();
        Amendment a = drafts.amendment(id);
        DraftText text = drafts.text(a.textId());
        Clause clause = drafts.clauses(text.id()).stream().filter(c -> c.key().equals(a.clauseKey())).findFirst()
                .orElse(null);
        Map<String, String> actingFor = data.actingFor(text, viewer, locale);
        boolean mayManage = (viewer.secretariat() || viewer.focalPointOf(a.municipalityId()))
                && (a.state() == AmendmentState.DRAFT || a.state().undecided());
        DraftingViews.StanceForm shownStance = stance.municipalityId() == null && actingFor.size() == 1
                ? new DraftingViews.StanceForm(actingFor.keySet().iterator().next(), stance.stance(), stance.reason()) : stance;
        DraftingViews.DecisionForm shownDecision = decision.headingEl() == null ? new DraftingViews.DecisionForm(
                decision.state(), a.heading().el(), a.heading().en(), a.text().el(), a.text().en(), decision.note(),
                decision.reference()) : decision;
        FormErrors commentErrors = "comment".equals(failed) ? errors : FormErrors.NONE;
        FormErrors hideErrors = "hide".equals(failed) ? errors : FormErrors.NONE;
        model.addAttribute("view", new DraftingViews.AmendmentPage(data.header(text, locale),
                a, data.row(a, clause == null ? a.clauseKey() : clause.number().in(locale),
                        drafts.commentCounts(text.id()).getOrDefault(id, 0), locale),
                clause == null ? null : DraftPageData.view(clause, locale),
                a.kind() == AmendmentKind.DELETE ? null : ClauseMarkdown.html(a.text().in(locale)),
                a.state() == AmendmentState.ACCEPTED_MODIFIED ? ClauseMarkdown.html(a.decidedText().in(locale)) : null,
                mayManage, a.state().undecided() ? actingFor : Map.of(), viewer.secretariat() && a.state().undecided(),
                shownStance, shownDecision, failed, errors,
                data.comments(text, drafts.amendmentComments(id), "/account/amendments/" + id + "/comments", body,
                        commentErrors, hideErrors, hideId, locale)));
        return VIEW;
    }
}
