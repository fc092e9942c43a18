package org.diktyo.invitations.campaigns;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.diktyo.invitations.Campaign;
import org.diktyo.invitations.CampaignStore;
import org.diktyo.invitations.InvitationMails;
import org.diktyo.invitations.InvitationRow;
import org.diktyo.invitations.InvitationStatus;
import org.diktyo.invitations.InvitationStore;
import org.diktyo.invitations.Links;
import org.diktyo.mail.Outbox;
import org.diktyo.mail.OutgoingMail;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.network.Addressees;
import org.diktyo.platform.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes and queues the invitations of campaigns being sent, a few at a time. Each
 * invitation is marked sent, given its link and its mail queued in one transaction, after a
 * conditional update that only one instance can win: every invitation is queued exactly
 * once, with any number of instances, and a crash loses nothing (the transaction rolls back
 * and the invitation is still pending). A run goes on batch after batch while batches come full,
 * and marks the campaign sent in the same run once nothing is left pending: a campaign of 200 is
 * queued in one run, not one batch per interval. An invitation that fails to be written or queued
 * (an address the outbox refuses, an error of its own) stays pending, held back a while
 * ({@link HeldInvitations}) and tried again; its reason is kept for the secretariat; the run goes
 * on with the others, so one invitation never holds up the rest of its campaign.
 */
@Component
class InvitationSender {

    private static final Logger log = LoggerFactory.getLogger(InvitationSender.class);
    static final int BATCH = 25;
    /** Batches per campaign in one run: 500 invitations, more than the 332 municipalities. */
    static final int BATCHES_PER_RUN = 20;

    private final JdbcTemplate jdbc;
    private final CampaignStore campaigns;
    private final InvitationStore invitations;
    private final MeetingFacts meetings;
    private final Addressees addressees;
    private final Links links;
    private final InvitationMails mails;
    private final InvitationAttachments attachments;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final HeldInvitations held = new HeldInvitations();

    InvitationSender(JdbcTemplate jdbc, CampaignStore campaigns, InvitationStore invitations, MeetingFacts meetings,
            Addressees addressees, Links links, InvitationMails mails, InvitationAttachments attachments, Outbox outbox,
            TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.meetings = meetings;
        this.addressees = addressees;
        this.links = links;
        this.mails = mails;
        this.attachments = attachments;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${diktyo.invitations.send-interval:1s}")
    void sendDue() {
        for (String id : jdbc.queryForList("select id from invitation_campaign where status = 'SENDING'", String.class)) {
            Set<String> failed = new HashSet<>(held.waiting(Instant.now(clock)));
            try {
                int batches = 1;
                while (sendSome(id, failed) == BATCH && batches++ < BATCHES_PER_RUN) {
                    // a full batch: more may be pending
                }
            } catch (RuntimeException e) {
                log.warn("campaign {}: sending paused by {}", id, e.toString());
            }
        }
    }

    /** {@link #sendSome(String, Set)} on its own. */
    int sendSome(String campaignId) {
        return sendSome(campaignId, new HashSet<>());
    }

    /**
     * Queues up to one batch of a campaign's pending invitations, other than those that {@code failed}
     * earlier in this run or are held back, and says how many it took up; adds to {@code failed} those that fail now.
     * Marks the campaign sent when, after the batch, none is left pending (an invitation another
     * instance is still queuing is pending until it commits, so the campaign is never marked sent
     * before it).
     */
    int sendSome(String campaignId, Set<String> failed) {
        Campaign c = campaigns.find(campaignId).orElseThrow();
        MeetingFacts.MeetingInfo meeting = meetings.meeting(c.meetingId()).orElseThrow();
        List<MeetingFacts.PartInfo> parts = meetings.parts(c.meetingId()).stream()
                .filter(p -> c.partIds().contains(p.id())).toList();
        List<String> pending = invitations.pending(campaignId, BATCH + failed.size()).stream()
                .filter(id -> !failed.contains(id)).limit(BATCH).toList();
        for (String id : pending) {
            try {
                sendOne(c, meeting, parts, id);
                held.released(id);
            } catch (RuntimeException e) {
                failed.add(id);
                if (held.failed(id, Instant.now(clock))) {
                    log.warn("invitation {}: not queued, tried again later: {}", id, e.toString(), e);
                }
                keepReason(id, e);
            }
        }
        if (pending.size() < BATCH && invitations.pending(campaignId, 1).isEmpty()) {
            campaigns.move(campaignId, Campaign.Status.SENDING, Campaign.Status.SENT, Instant.now(clock));
        }
        return pending.size();
    }

    /** Keeps why {@code id} failed, for the secretariat; a failure to keep it must not stop the run. */
    private void keepReason(String id, RuntimeException e) {
        try {
            invitations.sendFailed(id, SendError.of(e));
        } catch (RuntimeException again) {
            log.warn("invitation {}: its failure not recorded: {}", id, again.toString());
        }
    }

    private void sendOne(Campaign c, MeetingFacts.MeetingInfo meeting, List<MeetingFacts.PartInfo> parts, String id) {
        // the letter and the calendar file are made before the transaction (it stays short):
        // they print a link whose token is stored only if this instance marks the invitation sent
        InvitationRow inv = invitations.find(id).orElseThrow();
        if (!inv.is(InvitationStatus.PENDING)) {
            return;
        }
        Addressees.Addressee a = addressees.one(inv.municipalityId()).orElseThrow();
        String token = links.fresh();
        List<OutgoingMail.Attachment> files;
        try {
            files = attachments.invitation(c, inv, token);
        } catch (Problem letterImpossible) {
            // checked before sending (SendCampaign); changed since, e.g. the mayor's contact removed:
            // never a mail without its letter, but a status the secretariat sees
            log.warn("invitation {}: no letter ({}), not sent", id, letterImpossible.key());
            invitations.markNoLetter(id);
            return;
        }
        tx.executeWithoutResult(s -> {
            Instant now = Instant.now(clock);
            if (!invitations.markSent(id, now)) {
                return;
            }
            links.issue(id, token);
            outbox.queue(mails.invitation(c, meeting, parts, a, inv, token, files));
        });
    }
}
