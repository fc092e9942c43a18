package org.diktyo.knowledge.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.knowledge.domain.Entry;
import org.diktyo.knowledge.domain.EntryKind;
import org.diktyo.knowledge.domain.ReviewEntries;
import org.diktyo.language.Bilingual;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's review of submitted entries: publish one, or send it back with a note; archive a published one. */
@Controller
class KnowledgeAdminPages {

    static final String REVIEW = "knowledge/review";

    private final ReviewEntries review;
    private final Names names;

    KnowledgeAdminPages(ReviewEntries review, Names names) {
        this.review = review;
        this.names = names;
    }

    @GetMapping("/admin/knowledge/review")
    String queue(Model model, Locale locale) {
        return queue(model, FormErrors.NONE, locale);
    }

    @PostMapping("/admin/knowledge/{id}/publish")
    String publish(@PathVariable String id, RedirectAttributes redirect) {
        review.publish(id);
        Notices.confirm(redirect, "knowledge.published");
        return "redirect:/admin/knowledge/review";
    }

    @PostMapping("/admin/knowledge/{id}/send-back")
    String sendBack(@PathVariable String id, @RequestParam(required = false) String note, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            review.sendBack(id, note);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> queue(model, FormErrors.of(problem), locale));
        }
        Notices.confirm(redirect, "knowledge.sentBack");
        return "redirect:/admin/knowledge/review";
    }

    @PostMapping("/admin/knowledge/{id}/revision/publish")
    String publishRevision(@PathVariable String id, RedirectAttributes redirect) {
        review.publishRevision(id);
        Notices.confirm(redirect, "knowledge.revision.published");
        return "redirect:/admin/knowledge/review";
    }

    @PostMapping("/admin/knowledge/{id}/revision/send-back")
    String sendBackRevision(@PathVariable String id, @RequestParam(required = false) String note, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            review.sendBackRevision(id, note);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> queue(model, FormErrors.of(problem), locale));
        }
        Notices.confirm(redirect, "knowledge.revision.sentBack");
        return "redirect:/admin/knowledge/review";
    }

    @PostMapping("/admin/knowledge/{id}/archive")
    String archive(@PathVariable String id, RedirectAttributes redirect) {
        review.archive(id);
        Notices.confirm(redirect, "knowledge.archived");
        return "redirect:/account/knowledge";
    }

    private String queue(Model model, FormErrors errors, Locale locale) {
        Map<String, Bilingual> municipalities = names.all();
        List<Entry> queue = review.queue();
        Map<String, Map<String, String>> duplicates = new HashMap<>();
        for (Entry e : queue) {
            Map<String, String> close = new LinkedHashMap<>();
            review.possibleDuplicates(e).forEach(h -> close.put(Bilingual.of(h.titleEl(), h.titleEn()).in(locale),
                    KnowledgePages.base(EntryKind.valueOf(h.kind())) + "/" + h.slug()));
            duplicates.put(e.id(), close);
        }
        model.addAttribute("view", new KnowledgeViews.ReviewPage(queue.stream().map(e -> new KnowledgeViews.Row(e,
                e.title().in(locale), KnowledgePages.name(municipalities, e.ownerId(), locale),
                KnowledgePages.base(e.kind()) + "/" + e.slug(), true)).toList(), errors, duplicates,
                review.revisions().stream().map(e -> new KnowledgeViews.Row(e, e.title().in(locale),
                        KnowledgePages.name(municipalities, e.ownerId(), locale), "/account/knowledge/" + e.id() + "/edit",
                        true)).toList()));
        return REVIEW;
    }
}
