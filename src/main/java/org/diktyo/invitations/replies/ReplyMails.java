package org.diktyo.invitations.replies;

import static org.diktyo.invitations.CampaignStore.ts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.diktyo.invitations.Campaign;
import org.diktyo.invitations.InvitationMails;
import org.diktyo.invitations.InvitationRow;
import org.diktyo.invitations.Links;
import org.diktyo.invitations.ReplyView;
import org.diktyo.invitations.ReplyViews;
import org.diktyo.invitations.StoredAnswers;
import org.diktyo.mail.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The confirmation of an answer, composed after the answer's commit (ADR 0010). The reply's
 * transaction only writes one small "confirmation due" row ({@link #due}); this worker composes
 * the mail from the invitation as it now is (with {@link ConfirmationFiles}'s
 * files), queues it in the outbox and deletes the row, in one transaction: exactly once, also
 * with several instances, which claim rows with {@code FOR UPDATE SKIP LOCKED}, and again after a
 * crash (nothing is deleted unless the mail is queued). Each instance has one worker thread,
 * woken after every answer's commit and every few seconds; it takes up to {@code batch} rows
 * per transaction. A row whose mail cannot be queued is tried again later, alone.
 */
@Component
class ReplyMails {

    private static final Logger log = LoggerFactory.getLogger(ReplyMails.class);

    private record Due(long id, String invitationId, String token, int attempts) {
    }

    /** A confirmation due: of this invitation's answer, at, through the link {@code token} (null: a new link). */
    record DueRow(String invitationId, String token, Instant at) {
    }

    private final JdbcTemplate jdbc;
    private final StoredAnswers store;
    private final ReplyViews views;
    private final InvitationMails mails;
    private final ConfirmationFiles attachments;
    private final Links links;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int batch;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reply-mails");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean woken = new AtomicBoolean();

    ReplyMails(JdbcTemplate jdbc, StoredAnswers store, ReplyViews views, InvitationMails mails,
            ConfirmationFiles attachments, Links links, Outbox outbox, TransactionTemplate tx, Clock clock,
            @Value("${diktyo.invitations.reply-mail-batch:50}") int batch) {
        this.jdbc = jdbc;
        this.store = store;
        this.views = views;
        this.mails = mails;
        this.attachments = attachments;
        this.links = links;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
        this.batch = Math.max(1, batch);
    }

    /**
     * In the answer's transaction: its confirmation is due. {@code token} is the link the answer
     * came through (the mail names it); null to give the mail a new link.
     */
    void due(String invitationId, String token, Instant now) {
        dueAll(List.of(new DueRow(invitationId, token, now)));
    }

    /** {@link #due} for several answers, in one batch. */
    void dueAll(List<DueRow> rows) {
        jdbc.batchUpdate("insert into reply_mail (invitation_id, token, due_at) values (?, ?, ?)",
                rows.stream().map(r -> new Object[] {r.invitationId(), r.token(), ts(r.at())}).toList());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        }
    }

    /** Confirmations left behind (another instance's crash, a failed attempt) are found by this poll. */
    @Scheduled(fixedDelayString = "${diktyo.invitations.reply-mail-interval:5s}")
    void poll() {
        wake();
    }

    /** Asks the worker to run now; a wake while a run is queued is the same run. */
    void wake() {
        if (woken.compareAndSet(false, true)) {
            try {
                worker.execute(this::run);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                woken.set(false); // shutting down
            }
        }
    }

    private void run() {
        woken.set(false);
        try {
            while (sendBatch() == batch) {
                // more may be due
            }
        } catch (RuntimeException e) {
            log.warn("confirmations: {}", e.toString());
        }
    }

    /** One transaction: claims up to {@code batch} due rows and queues their mails; returns how many it claimed. */
    int sendBatch() {
        Instant now = Instant.now(clock);
        List<Due> claimed;
        try {
            claimed = tx.execute(s -> {
                List<Due> due = claim(now, batch);
                for (Due d : due) {
                    compose(d);
                }
                delete(due);
                return due;
            });
        } catch (RuntimeException e) {
            // one mail could not be queued: each on its own, so that the others go and that one waits
            log.info("confirmations: a batch failed ({}); each is tried on its own", e.toString());
            List<Due> due = tx.execute(s -> claim(now, batch));
            for (Due d : due) {
                sendOne(d.id(), now);
            }
            return due.size();
        }
        return claimed == null ? 0 : claimed.size();
    }

    private void sendOne(long id, Instant now) {
        try {
            tx.executeWithoutResult(s -> {
                List<Due> one = jdbc.query("select id, invitation_id, token, attempts from reply_mail where id = ?"
                        + " for update skip locked", ReplyMails::row, id);
                for (Due d : one) {
                    compose(d);
                }
                delete(one);
            });
        } catch (RuntimeException e) {
            tx.executeWithoutResult(s -> {
                Integer attempts = jdbc.query("select attempts from reply_mail where id = ?", rs -> rs.next()
                        ? rs.getInt(1) : null, id);
                if (attempts == null) {
                    return;
                }
                Duration wait = Duration.ofMinutes(Math.min(60, 1L << Math.min(6, attempts)));
                String error = e.toString();
                jdbc.update("update reply_mail set attempts = attempts + 1, due_at = ?, last_error = ? where id = ?",
                        ts(now.plus(wait)), error.length() > 500 ? error.substring(0, 500) : error, id);
                log.warn("confirmation {} not queued (attempt {}), again in {}: {}", id, attempts + 1, wait, error);
            });
        }
    }

    private List<Due> claim(Instant now, int limit) {
        return jdbc.query("select id, invitation_id, token, attempts from reply_mail where due_at <= ? order by id"
                + " limit ? for update skip locked", ReplyMails::row, ts(now), limit);
    }

    private void compose(Due d) {
        InvitationRow inv = store.byInvitation(d.invitationId());
        Campaign c = views.campaign(inv.campaignId());
        ReplyView view = views.recent(inv);
        String token = d.token() != null ? d.token() : links.issue(inv.id());
        outbox.queue(mails.confirmation(view, token, attachments.confirmation(c, inv)));
    }

    private void delete(List<Due> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("delete from reply_mail where id = ?", rows.stream().map(d -> new Object[] {d.id()}).toList());
        }
    }

    private static Due row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
