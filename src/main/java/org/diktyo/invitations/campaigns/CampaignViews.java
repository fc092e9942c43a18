package org.diktyo.invitations.campaigns;

import java.util.List;

import org.diktyo.invitations.ReplyView;
import org.diktyo.invitations.Texts;
import org.diktyo.invitations.replies.ReplyForm;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.network.Addressees;
import org.diktyo.platform.FormErrors;

/** What the campaign pages show. */
public final class CampaignViews {

    private CampaignViews() {
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
}
