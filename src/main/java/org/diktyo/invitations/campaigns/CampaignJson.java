package org.diktyo.invitations.campaigns;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.diktyo.invitations.Campaign;
import org.diktyo.invitations.replies.RsvpJson;

/** The JSON of the campaigns API. Times are ISO-8601 with the meeting zone's offset. */
final class CampaignJson {

    private CampaignJson() {
    }

    record CampaignOut(String id, String meetingId, String audience, String region, List<String> municipalities,
            int quota, OffsetDateTime rsvpDeadline, List<String> parts, List<String> documents, String letterEl,
            String letterEn, List<Integer> reminderDays, String status, OffsetDateTime sendStartedAt,
            ProgressOut progress, List<PartCountsOut> counts) {

        static CampaignOut of(Campaign c, ZoneId zone, CampaignReport report) {
            return new CampaignOut(c.id(), c.meetingId(), c.audience().name(), c.regionId(), c.picks(), c.quota(),
                    RsvpJson.at(c.rsvpDeadline(), zone), c.partIds(), c.documentIds(), c.letterEl(), c.letterEn(), c.reminderDays(),
                    c.status().name(), RsvpJson.at(c.sendStartedAt(), zone),
                    report == null ? null : ProgressOut.of(report.progress()),
                    report == null ? null : report.parts().stream().map(PartCountsOut::of).toList());
        }
    }

    record ProgressOut(int total, int queued, int pending, int noAddress, int percent, boolean done) {
        static ProgressOut of(CampaignReport.Progress p) {
            return new ProgressOut(p.total(), p.queued(), p.pending(), p.noAddress(), p.percent(), p.done());
        }
    }

    record PartCountsOut(String partId, String titleEl, String titleEn, Integer capacity, int invited, int attending,
            int declined, int waitlisted, int noAnswer) {
        static PartCountsOut of(CampaignReport.PartCounts p) {
            return new PartCountsOut(p.part().id(), p.part().titleEl(), p.part().titleEn(), p.capacity(), p.invited(),
                    p.attending(), p.declined(), p.waitlisted(), p.noAnswer());
        }
    }

    record InvitationOut(String id, String campaignId, String municipalityId, String municipalityEl,
            String municipalityEn, String status, String to, String cc, OffsetDateTime sentAt, String delivery,
            String deliveryError, boolean linkLive, OffsetDateTime answeredAt, String answeredVia, String lateRequest,
            List<RsvpJson.DelegateOut> delegates) {

        static InvitationOut of(CampaignReport.Line l, ZoneId zone) {
            var i = l.invitation();
            return new InvitationOut(i.id(), i.campaignId(), i.municipalityId(), l.nameEl(), l.nameEn(), i.status(),
                    i.toEmail(), i.ccEmail(), RsvpJson.at(i.sentAt(), zone), l.delivery(), l.deliveryError(), l.linkLive(),
                    RsvpJson.at(i.answeredAt(), zone), RsvpJson.name(i.answeredVia()), i.lateRequest(),
                    l.delegates().stream().map(d -> RsvpJson.DelegateOut.of(d, null, zone)).toList());
        }
    }
}
