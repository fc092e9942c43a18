package org.diktyo.invitations.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.diktyo.invitations.domain.Campaign;
import org.diktyo.invitations.domain.CampaignReport;
import org.diktyo.invitations.domain.DelegateRow;
import org.diktyo.invitations.domain.ReplyView;
import org.diktyo.language.Language;
import org.diktyo.meetings.MeetingFacts;

/** The JSON of the invitations API. Times are ISO-8601 with the meeting zone's offset. */
final class InvitationJson {

    private InvitationJson() {
    }

    static OffsetDateTime at(java.time.Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    record CampaignOut(String id, String meetingId, String audience, String region, List<String> municipalities,
            int quota, OffsetDateTime rsvpDeadline, List<String> parts, List<String> documents, String letterEl,
            String letterEn, List<Integer> reminderDays, String status, OffsetDateTime sendStartedAt,
            ProgressOut progress, List<PartCountsOut> counts) {

        static CampaignOut of(Campaign c, ZoneId zone, CampaignReport report) {
            return new CampaignOut(c.id(), c.meetingId(), c.audience().name(), c.regionId(), c.picks(), c.quota(),
                    at(c.rsvpDeadline(), zone), c.partIds(), c.documentIds(), c.letterEl(), c.letterEn(), c.reminderDays(),
                    c.status().name(), at(c.sendStartedAt(), zone),
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
            List<DelegateOut> delegates) {

        static InvitationOut of(CampaignReport.Line l, ZoneId zone) {
            var i = l.invitation();
            return new InvitationOut(i.id(), i.campaignId(), i.municipalityId(), l.nameEl(), l.nameEn(), i.status(),
                    i.toEmail(), i.ccEmail(), at(i.sentAt(), zone), l.delivery(), l.deliveryError(), l.linkLive(),
                    at(i.answeredAt(), zone), i.answeredVia(), i.lateRequest(),
                    l.delegates().stream().map(d -> DelegateOut.of(d, null, zone)).toList());
        }
    }

    record DelegateOut(String id, int position, String fullName, String roleTitle, String email, String phone,
            String needs, Boolean confirmed, String checkInCode, OffsetDateTime checkedInAt) {
        static DelegateOut of(DelegateRow d, ReplyView v, ZoneId zone) {
            boolean confirmed = v != null && v.confirmed(d);
            return new DelegateOut(d.id(), d.position(), d.fullName(), d.roleTitle(), d.email(), d.phone(), d.needs(),
                    v == null ? null : confirmed, confirmed ? d.checkInCode() : null, at(d.checkedInAt(), zone));
        }
    }

    record PartOut(String id, String titleEl, String titleEn, OffsetDateTime startsAt, OffsetDateTime endsAt,
            String placeEl, String placeEn, String answer, int wanted, int seated, int waitlisted, Integer waitlistPosition) {
        static PartOut of(ReplyView.PartAnswer a, ZoneId zone) {
            MeetingFacts.PartInfo p = a.part();
            return new PartOut(p.id(), p.titleEl(), p.titleEn(), at(p.startsAt(), zone), at(p.endsAt(), zone),
                    p.venue().location(Language.GREEK.locale()), p.venue().location(Language.ENGLISH.locale()),
                    a.attending() == null ? null : a.attending() ? "ATTEND" : "DECLINE", a.wanted(), a.seated(),
                    Math.max(0, a.wanted() - a.seated()), a.waitPosition());
        }
    }

    record AgendaItemOut(String time, String titleEl, String titleEn, String speakers) {
    }

    record DocumentOut(String id, String titleEl, String titleEn, String filename, long size, String href) {
    }

    /** What the invited municipality sees through its link. */
    record RsvpOut(String invitationId, String municipalityId, String municipalityEl, String municipalityEn,
            String meetingId, String meetingTitleEl, String meetingTitleEn, String hostEl, String hostEn, int quota,
            OffsetDateTime rsvpDeadline, boolean open, OffsetDateTime answeredAt, String answeredVia, List<PartOut> parts,
            List<DelegateOut> delegates, Integer agendaVersion, List<AgendaItemOut> agenda, List<DocumentOut> documents) {

        static RsvpOut of(ReplyView v, String documentBase) {
            ZoneId zone = v.meeting().zone();
            var agenda = v.agenda();
            return new RsvpOut(v.invitation().id(), v.municipality().municipalityId(), v.municipality().officialNameEl(),
                    v.municipality().officialNameEn(), v.meeting().id(), v.meeting().titleEl(), v.meeting().titleEn(),
                    v.meeting().hostOfficialEl(), v.meeting().hostOfficialEn(), v.campaign().quota(),
                    at(v.deadline(), zone), v.open(), at(v.invitation().answeredAt(), zone), v.invitation().answeredVia(),
                    v.parts().stream().map(p -> PartOut.of(p, zone)).toList(),
                    v.delegates().stream().map(d -> DelegateOut.of(d, v, zone)).toList(),
                    agenda == null ? null : agenda.version(),
                    agenda == null ? List.of() : agenda.items().stream().map(i -> new AgendaItemOut(
                            org.diktyo.language.TimePhrases.time(i.startsAt()), i.titleEl(), i.titleEn(), i.speakers())).toList(),
                    v.documents().stream().map(d -> new DocumentOut(d.id(), d.titleEl(), d.titleEn(), d.filename(), d.size(),
                            documentBase + d.id())).toList());
        }
    }
}
