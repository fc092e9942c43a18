package org.diktyo.invitations.campaigns;

import java.util.List;
import java.util.Locale;

import org.diktyo.invitations.Campaign;
import org.diktyo.invitations.Texts;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.network.Addressees;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's campaign pages: the campaigns of a meeting, a new campaign and a draft's
 * form, the preview, sending with a progress bar (htmx polls it; without JavaScript a link
 * reloads it), and a sent campaign's counts and invitations.
 */
@Controller
class CampaignAdminPages {

    static final String LIST = "invitations/campaigns";
    static final String FORM = "invitations/campaignForm";
    static final String CAMPAIGN = "invitations/campaign";
    static final String PROGRESS = "invitations/progress";
    static final String BAR = "invitations/progressBar";

    private final PlanCampaigns plan;
    private final SendCampaign send;
    private final ManageInvitations manage;
    private final MeetingFacts meetings;
    private final Addressees addressees;
    private final CampaignLists jobs;

    CampaignAdminPages(PlanCampaigns plan, SendCampaign send, ManageInvitations manage, MeetingFacts meetings,
            Addressees addressees, CampaignLists jobs) {
        this.plan = plan;
        this.send = send;
        this.manage = manage;
        this.meetings = meetings;
        this.addressees = addressees;
        this.jobs = jobs;
    }

    @GetMapping("/admin/meetings/{id}/campaigns")
    String campaigns(@PathVariable String id, Model model, Locale locale) {
        List<Campaign> list = plan.campaigns(id);
        model.addAttribute("view", new CampaignViews.Campaigns(meetings.meeting(id).orElseThrow(Problem::notFound),
                list.stream().map(c -> manage.report(c.id(), false)).toList(), List.of(), new Texts(locale)));
        return LIST;
    }

    @GetMapping("/admin/campaigns")
    String all(Model model, Locale locale) {
        List<CampaignReport> reports = plan.campaigns().stream().map(c -> manage.report(c.id(), false)).toList();
        model.addAttribute("view", new CampaignViews.Campaigns(null, reports, jobs.upcomingMeetings(), new Texts(locale)));
        return LIST;
    }

    @GetMapping("/admin/meetings/{id}/campaigns/new")
    String create(@PathVariable String id, Model model, Locale locale) {
        return form(model, id, null, plan.proposal(id), FormErrors.NONE, locale);
    }

    @PostMapping("/admin/meetings/{id}/campaigns")
    String create(@PathVariable String id, @ModelAttribute CampaignForm form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        Campaign c;
        try {
            c = plan.create(id, form);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> form(model, id, null, form, FormErrors.of(problem), locale));
        }
        Notices.confirm(redirect, "invitations.campaign.saved");
        return "redirect:/admin/campaigns/" + c.id();
    }

    @GetMapping("/admin/campaigns/{id}/edit")
    String edit(@PathVariable String id, Model model, Locale locale) {
        Campaign c = plan.campaign(id);
        CampaignForm form = new CampaignForm(c.audience().name(), c.regionId(), c.picks(), c.quota(),
                c.rsvpDeadline().atZone(meetings.meeting(c.meetingId()).orElseThrow().zone()).toLocalDate(), c.partIds(),
                c.documentIds(), c.letterEl(), c.letterEn(), String.join(",", c.reminderDays().stream().map(String::valueOf).toList()));
        return form(model, c.meetingId(), id, form, FormErrors.NONE, locale);
    }

    @PostMapping("/admin/campaigns/{id}/edit")
    String edit(@PathVariable String id, @ModelAttribute CampaignForm form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            plan.edit(id, form);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> form(model, plan.campaign(id).meetingId(), id, form,
                    FormErrors.of(problem), locale));
        }
        Notices.confirm(redirect, "invitations.campaign.saved");
        return "redirect:/admin/campaigns/" + id;
    }

    private String form(Model model, String meetingId, String campaignId, CampaignForm form, FormErrors errors,
            Locale locale) {
        MeetingFacts.MeetingInfo meeting = meetings.meeting(meetingId).orElseThrow(Problem::notFound);
        model.addAttribute("view", new CampaignViews.CampaignFormPage(meeting, campaignId, form,
                meetings.parts(meetingId), meetings.documents(meetingId), addressees.all(), addressees.regions(), errors,
                new Texts(locale)));
        return FORM;
    }

    @GetMapping("/admin/campaigns/{id}")
    String campaign(@PathVariable String id, Model model, Locale locale) {
        CampaignReport report = manage.report(id, true);
        model.addAttribute("view", new CampaignViews.CampaignPage(report,
                report.campaign().draft() ? send.preview(id) : null, jobs.jobs(id), new Texts(locale)));
        return CAMPAIGN;
    }

    @PostMapping("/admin/campaigns/{id}/send")
    String send(@PathVariable String id, Locale locale, RedirectAttributes redirect) {
        send.send(id, locale);
        Notices.confirm(redirect, "invitations.campaign.sending");
        return "redirect:/admin/campaigns/" + id + "/progress";
    }

    @GetMapping("/admin/campaigns/{id}/progress")
    String progress(@PathVariable String id, Model model, Locale locale,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        CampaignReport report = manage.report(id, false);
        model.addAttribute("view", new CampaignViews.CampaignPage(report, null, List.of(), new Texts(locale)));
        return htmx != null ? BAR : PROGRESS;
    }
}
