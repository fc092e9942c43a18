package org.diktyo.invitations.web;

import java.util.List;

import org.diktyo.invitations.domain.CampaignForm;
import org.diktyo.invitations.domain.CampaignReport;
import org.diktyo.invitations.domain.ReplyView;
import org.diktyo.invitations.domain.SendCampaign;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.network.Addressees;
import org.diktyo.platform.FormErrors;

/** What the invitations pages show. */
public final class InvitationViews {

    private InvitationViews() {
    }

    /** The campaigns of a meeting (or of all meetings). */
    public record Campaigns(MeetingFacts.MeetingInfo meeting, List<CampaignReport> campaigns,
            List<MeetingFacts.MeetingInfo> meetings, Texts text) {
    }

    /** A campaign's form, new or a draft's. */
    public record CampaignFormPage(MeetingFacts.MeetingInfo meeting, String campaignId, CampaignForm form,
            List<MeetingFacts.PartInfo> parts, List<MeetingFacts.DocumentInfo> documents,
            List<Addressees.Addressee> municipalities, List<Addressees.RegionName> regions, FormErrors errors,
            Texts text) {

        public boolean chosenPart(String id) {
            return form.parts().contains(id);
        }

        public boolean chosenDocument(String id) {
            return form.documents().contains(id);
        }

        public boolean picked(String id) {
            return form.municipalities().contains(id);
        }
    }

    /** A reminder or an agenda notice: what, when due, when done and how many mails it queued. */
    public record JobLine(String kind, java.time.Instant due, java.time.Instant done, String outcome) {
    }

    /** A campaign: the preview while a draft, then its progress, counts and invitations. */
    public record CampaignPage(CampaignReport report, SendCampaign.Preview preview, List<JobLine> jobs,
            Texts text) {
    }

    /** One invitation for the secretariat, with the form to record an answer received by phone. */
    public record InvitationPage(ReplyView view, ReplyForm form, FormErrors errors, Texts text) {
        public int rows() {
            return Math.max(view.campaign().quota(), form.getDelegates().size());
        }
    }

    /** The reply page of a personal link. */
    public record ReplyPage(String token, ReplyView view, ReplyForm form, FormErrors errors, FormErrors lateErrors,
            Texts text) {
        public int rows() {
            return Math.max(view.campaign().quota(), form.getDelegates().size());
        }
    }

    /** The check-in search page. */
    public record SearchPage(MeetingFacts.MeetingInfo meeting, String query,
            List<org.diktyo.invitations.domain.CheckIn.Attendee> found, int present, Texts text) {
    }

    /** One delegate on the check-in page, reached by the code of their QR. */
    public record DelegatePage(org.diktyo.invitations.domain.CheckIn.Attendee attendee, MeetingFacts.MeetingInfo meeting,
            String code, int present, Texts text) {
    }
}
