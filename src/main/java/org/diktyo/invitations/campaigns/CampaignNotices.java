package org.diktyo.invitations.campaigns;

import java.util.List;

import org.diktyo.invitations.InvitationMails;
import org.diktyo.invitations.Links;
import org.diktyo.invitations.ReplyViews;
import org.diktyo.invitations.StoredAnswers;
import org.diktyo.mail.Outbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The mails a campaign's jobs send: a reminder to the municipalities that have not answered,
 * the agenda to all that were invited. Each carries a fresh personal link (the earlier ones
 * stay valid), and goes only to invitations whose links were not revoked.
 */
@Component
class CampaignNotices {

    private final JdbcTemplate jdbc;
    private final StoredAnswers replies;
    private final ReplyViews views;
    private final Links links;
    private final InvitationMails mails;
    private final Outbox outbox;

    CampaignNotices(JdbcTemplate jdbc, StoredAnswers replies, ReplyViews views, Links links, InvitationMails mails, Outbox outbox) {
        this.jdbc = jdbc;
        this.replies = replies;
        this.views = views;
        this.links = links;
        this.mails = mails;
        this.outbox = outbox;
    }

    /** Queues the reminder to every invitation of the campaign still without an answer and with a live link; returns how many. */
    int remind(String campaignId) {
        return send("reminder", jdbc.queryForList("select i.id from invitation i where i.campaign_id = ? and i.status = 'SENT'"
                + " and i.answered_at is null", String.class, campaignId));
    }

    /** Queues the published agenda to every invitation of the campaign with a live link; returns how many. */
    int announceAgenda(String campaignId) {
        return send("agenda", jdbc.queryForList("select i.id from invitation i where i.campaign_id = ? and i.status = 'SENT'",
                String.class, campaignId));
    }

    /** Each of {@code candidates} whose link was not revoked (the secretariat revoked it: nothing more goes there). */
    private int send(String kind, List<String> candidates) {
        var live = links.live(candidates);
        List<String> invitations = candidates.stream().filter(live::contains).toList();
        for (String id : invitations) {
            outbox.queue(mails.notice(kind, views.view(replies.byInvitation(id)), links.issue(id)));
        }
        return invitations.size();
    }
}
