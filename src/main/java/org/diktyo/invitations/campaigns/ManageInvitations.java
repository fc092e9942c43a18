package org.diktyo.invitations.campaigns;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.diktyo.invitations.Campaign;
import org.diktyo.invitations.CampaignAccess;
import org.diktyo.invitations.CampaignStore;
import org.diktyo.invitations.InvitationMails;
import org.diktyo.invitations.InvitationRow;
import org.diktyo.invitations.InvitationStatus;
import org.diktyo.invitations.InvitationStore;
import org.diktyo.invitations.Links;
import org.diktyo.invitations.ReplyView;
import org.diktyo.invitations.ReplyViews;
import org.diktyo.invitations.StoredAnswers;
import org.diktyo.invitations.replies.Seats;
import org.diktyo.mail.Outbox;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.network.Addressees;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's work on a sent campaign: the report, one invitation, resending it,
 * revoking its links or reissuing a new one.
 */
@Service
public class ManageInvitations {

    /** The delivery of a pending invitation that failed to be written or queued at its last try (the sender tries again). */
    static final String NOT_QUEUED = "NOT_QUEUED";

    private final CampaignStore campaigns;
    private final InvitationStore invitations;
    private final StoredAnswers replies;
    private final ReplyViews views;
    private final MeetingFacts meetings;
    private final Addressees addressees;
    private final Seats seats;
    private final Links links;
    private final InvitationMails mails;
    private final InvitationAttachments attachments;
    private final DeliveryStatus delivery;
    private final Outbox outbox;
    private final CampaignAccess access;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ManageInvitations(CampaignStore campaigns, InvitationStore invitations, StoredAnswers replies, ReplyViews views,
            MeetingFacts meetings, Addressees addressees, Seats seats, Links links,
            InvitationMails mails, InvitationAttachments attachments, DeliveryStatus delivery, Outbox outbox,
            CampaignAccess access, JdbcTemplate jdbc, Clock clock) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.replies = replies;
        this.views = views;
        this.meetings = meetings;
        this.addressees = addressees;
        this.seats = seats;
        this.links = links;
        this.mails = mails;
        this.attachments = attachments;
        this.delivery = delivery;
        this.outbox = outbox;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Just the sending progress, for the progress bar polled every second. */
    @Transactional(readOnly = true)
    public CampaignReport.Progress progress(String campaignId) {
        access.secretariat();
        campaigns.find(campaignId).orElseThrow(Problem::notFound);
        int[] p = invitations.progress(campaignId);
        return new CampaignReport.Progress(p[0], p[2], p[1], p[3]);
    }

    @Transactional(readOnly = true)
    public CampaignReport report(String campaignId, boolean withInvitations) {
        access.secretariat();
        Campaign c = campaigns.find(campaignId).orElseThrow(Problem::notFound);
        MeetingFacts.MeetingInfo meeting = meetings.meeting(c.meetingId()).orElseThrow(Problem::notFound);
        int[] p = invitations.progress(campaignId);
        List<InvitationRow> rows = invitations.forCampaign(campaignId);
        int invited = (int) rows.stream().filter(r -> !InvitationStatus.valueOf(r.status()).unreached()).count();
        Map<String, int[]> counts = new HashMap<>();
        jdbc.query("select ip.part_id, sum(case when ip.attending then ip.seated else 0 end),"
                + " sum(case when ip.attending then 0 else 1 end), sum(ip.wanted - ip.seated), count(*)"
                + " from invitation_part ip join invitation i on i.id = ip.invitation_id where i.campaign_id = ?"
                + " group by ip.part_id", rs -> {
                    counts.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)});
                }, campaignId);
        List<CampaignReport.PartCounts> parts = new ArrayList<>();
        for (MeetingFacts.PartInfo part : meetings.parts(c.meetingId())) {
            if (!c.partIds().contains(part.id())) {
                continue;
            }
            int[] n = counts.getOrDefault(part.id(), new int[4]);
            int[] usage = seats.usage(part.id());
            parts.add(new CampaignReport.PartCounts(part, invited, n[0], n[1], n[2], Math.max(0, invited - n[3]),
                    usage == null ? null : usage[0]));
        }
        List<CampaignReport.Line> lines = new ArrayList<>();
        if (withInvitations) {
            Map<String, String[]> mailState = delivery.invitationMails(rows.stream().map(InvitationRow::id).toList());
            invitations.sendErrors(campaignId).forEach((id, reason) -> mailState.put(id, new String[] {NOT_QUEUED, reason}));
            for (InvitationRow r : rows) {
                var a = addressees.one(r.municipalityId()).orElseThrow();
                String[] state = mailState.get(r.id());
                lines.add(new CampaignReport.Line(r, a.nameEl(), a.nameEn(), replies.delegates(r.id()),
                        state == null ? r.status() : state[0], state == null ? null : state[1],
                        links.anyLive(r.id())));
            }
            lines.sort(java.util.Comparator.comparing(CampaignReport.Line::nameEl,
                    org.diktyo.language.GreekText.greekCollator()));
        }
        List<CampaignReport.Unreached> unreached = new ArrayList<>();
        for (InvitationRow r : rows) {
            if (InvitationStatus.valueOf(r.status()).unreached()) {
                addressees.one(r.municipalityId()).ifPresent(a -> unreached.add(new CampaignReport.Unreached(
                        a.officialNameEl(), a.officialNameEn(), r.status())));
            }
        }
        unreached.sort(java.util.Comparator.comparing(CampaignReport.Unreached::nameEl,
                org.diktyo.language.GreekText.greekCollator()));
        return new CampaignReport(c, meeting, new CampaignReport.Progress(p[0], p[2], p[1], p[3]), parts, lines,
                unreached);
    }

    @Transactional(readOnly = true)
    public ReplyView invitation(String invitationId) {
        access.secretariat();
        return views.view(invitations.find(invitationId).orElseThrow(Problem::notFound));
    }

    /** Sends the invitation again, with a new link (the earlier ones stay valid). */
    @Transactional
    public void resend(String invitationId) {
        access.secretariat();
        InvitationRow inv = sent(invitationId);
        queueInvitation(inv, links.issue(inv.id()));
    }

    /** Revokes every link of the invitation: they answer "revoked" from now on. */
    @Transactional
    public int revoke(String invitationId) {
        access.secretariat();
        InvitationRow inv = invitations.find(invitationId).orElseThrow(Problem::notFound);
        return links.revoke(inv.id());
    }

    /** Revokes the links and sends the invitation again with a new one. */
    @Transactional
    public void reissue(String invitationId) {
        access.secretariat();
        InvitationRow inv = sent(invitationId);
        links.revoke(inv.id());
        queueInvitation(inv, links.issue(inv.id()));
    }

    private InvitationRow sent(String invitationId) {
        InvitationRow inv = invitations.find(invitationId).orElseThrow(Problem::notFound);
        if (!inv.is(InvitationStatus.SENT)) {
            throw new Problem(HttpStatus.CONFLICT, "invitations.invitation.notSent");
        }
        return inv;
    }

    private void queueInvitation(InvitationRow inv, String token) {
        Campaign c = campaigns.find(inv.campaignId()).orElseThrow();
        MeetingFacts.MeetingInfo meeting = meetings.meeting(c.meetingId()).orElseThrow();
        var parts = meetings.parts(c.meetingId()).stream().filter(p -> c.partIds().contains(p.id())).toList();
        outbox.queue(mails.invitation(c, meeting, parts, addressees.one(inv.municipalityId()).orElseThrow(), inv, token,
                attachments.invitation(c, inv, token)));
    }
}
