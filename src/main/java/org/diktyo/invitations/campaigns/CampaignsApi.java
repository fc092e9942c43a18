package org.diktyo.invitations.campaigns;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.diktyo.invitations.Campaign;
import org.diktyo.invitations.ReplyView;
import org.diktyo.invitations.replies.RecordPhoneAnswer;
import org.diktyo.invitations.replies.ReplyInput;
import org.diktyo.invitations.replies.RsvpJson;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1}: campaigns of a meeting, their sending and progress, invitations (the secretariat's). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "invitations", description = "Invitation campaigns, invitations and answers recorded by the secretariat")
class CampaignsApi {

    private final PlanCampaigns plan;
    private final SendCampaign send;
    private final ManageInvitations manage;
    private final RecordPhoneAnswer phone;

    CampaignsApi(PlanCampaigns plan, SendCampaign send, ManageInvitations manage, RecordPhoneAnswer phone) {
        this.plan = plan;
        this.send = send;
        this.manage = manage;
        this.phone = phone;
    }

    private ZoneId zone(Campaign c) {
        return manage.report(c.id(), false).meeting().zone();
    }

    @GetMapping("/meetings/{id}/campaigns")
    List<CampaignJson.CampaignOut> campaigns(@PathVariable String id) {
        return plan.campaigns(id).stream().map(c -> CampaignJson.CampaignOut.of(c, zone(c), null)).toList();
    }

    @PostMapping("/meetings/{id}/campaigns")
    @Operation(summary = "Create a draft campaign: audience (MEMBERS, PROSPECTS, CANDIDATES, REGION with region,"
            + " HAND_PICKED with municipalities), quota, deadline (a date), parts, documents, letter, reminder days;"
            + " letterEl/letterEn left out: the network's letter for this meeting, as GET .../campaigns/proposal gives it")
    ResponseEntity<CampaignJson.CampaignOut> create(@PathVariable String id, @RequestBody CampaignForm form) {
        Campaign c = plan.create(id, form);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + c.id()))
                .body(CampaignJson.CampaignOut.of(c, zone(c), null));
    }

    @GetMapping("/meetings/{id}/campaigns/proposal")
    @Operation(summary = "A new campaign's defaults: members, quota 2, all parts and documents, the network's letter")
    CampaignForm proposal(@PathVariable String id) {
        return plan.proposal(id);
    }

    @GetMapping("/campaigns/{id}")
    @Operation(summary = "A campaign with its sending progress and its counts per part")
    CampaignJson.CampaignOut campaign(@PathVariable String id) {
        var report = manage.report(id, false);
        return CampaignJson.CampaignOut.of(report.campaign(), report.meeting().zone(), report);
    }

    @PutMapping("/campaigns/{id}")
    @Operation(summary = "Change a draft campaign (the whole description is sent)")
    CampaignJson.CampaignOut edit(@PathVariable String id, @RequestBody CampaignForm form) {
        Campaign c = plan.edit(id, form);
        return CampaignJson.CampaignOut.of(c, zone(c), null);
    }

    /**
     * {@code withoutLetter}: recipients whose letter cannot be made (no mayor known); sending is refused while any.
     * {@code missingParts}: where the letter names a part the meeting does not have (a warning; the sentence is left out).
     */
    record PreviewOut(List<RecipientOut> recipients, String subject, String text, List<String> attachments,
            List<RecipientOut> withoutLetter, List<MissingPartOut> missingParts) {
    }

    /** {@code field}: letterEl or letterEn; {@code paragraph} and {@code line} count from 1. */
    record MissingPartOut(String field, int paragraph, int line, String placeholder) {
    }

    record RecipientOut(String municipalityId, String nameEl, String to, String cc) {
    }

    @GetMapping("/campaigns/{id}/preview")
    @Operation(summary = "Who a draft campaign reaches, at which address, and the first invitation's mail")
    PreviewOut preview(@PathVariable String id) {
        var p = send.preview(id);
        if (p.letterProblem() != null) {
            // the API refuses a preview of a letter that cannot be made, with the reason
            throw p.letterProblem();
        }
        return new PreviewOut(p.recipients().stream().map(r -> new RecipientOut(r.municipality().municipalityId(),
                r.municipality().officialNameEl(), r.to(), r.cc())).toList(),
                p.sample() == null ? null : p.sample().subject(), p.sample() == null ? null : p.sample().text(),
                p.sample() == null ? List.of() : p.sample().attachments().stream().map(a -> a.filename()).toList(),
                p.withoutLetter().stream().map(r -> new RecipientOut(r.municipality().municipalityId(),
                        r.municipality().officialNameEl(), r.to(), r.cc())).toList(),
                p.missingParts().stream().map(m -> new MissingPartOut(m.field(), m.place().paragraph(), m.place().line(),
                        m.place().placeholder())).toList());
    }

    @PostMapping("/campaigns/{id}/send")
    @Operation(summary = "Start sending: answers at once (202); follow the progress at GET /campaigns/{id}")
    ResponseEntity<CampaignJson.CampaignOut> send(@PathVariable String id, Locale locale) {
        Campaign c = send.send(id, locale);
        var report = manage.report(id, false);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/campaigns/" + id))
                .body(CampaignJson.CampaignOut.of(c, report.meeting().zone(), report));
    }

    @GetMapping("/campaigns/{id}/invitations")
    @Operation(summary = "One invitation per municipality, with its answer, delegates and delivery status")
    List<CampaignJson.InvitationOut> invitations(@PathVariable String id) {
        var report = manage.report(id, true);
        return report.invitations().stream().map(l -> CampaignJson.InvitationOut.of(l, report.meeting().zone())).toList();
    }

    @GetMapping("/invitations/{id}")
    RsvpJson.RsvpOut invitation(@PathVariable String id) {
        return RsvpJson.RsvpOut.of(manage.invitation(id), "/api/v1/meetings/" + manage.invitation(id).meeting().id()
                + "/documents/");
    }

    @PostMapping("/invitations/{id}/revoke")
    @Operation(summary = "Revoke every link of the invitation")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        manage.revoke(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/invitations/{id}/reissue")
    @Operation(summary = "Revoke the links and send the invitation again with a new one")
    ResponseEntity<Void> reissue(@PathVariable String id) {
        manage.reissue(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/invitations/{id}/resend")
    @Operation(summary = "Send the invitation again, with a new link (the earlier ones stay valid)")
    ResponseEntity<Void> resend(@PathVariable String id) {
        manage.resend(id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/invitations/{id}/response")
    @Operation(summary = "Record an answer received by phone (marked as such)")
    RsvpJson.RsvpOut response(@PathVariable String id, @RequestBody ReplyInput input) {
        if (input == null) {
            throw new Problem(HttpStatus.BAD_REQUEST, "platform.error.body");
        }
        ReplyView v = phone.record(id, input);
        return RsvpJson.RsvpOut.of(v, "/api/v1/meetings/" + v.meeting().id() + "/documents/");
    }
}
