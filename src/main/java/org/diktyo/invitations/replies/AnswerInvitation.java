package org.diktyo.invitations.replies;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.diktyo.invitations.AnswerChannel;
import org.diktyo.invitations.Campaign;
import org.diktyo.invitations.DelegateRow;
import org.diktyo.invitations.InvitationAnswered;
import org.diktyo.invitations.InvitationMails;
import org.diktyo.invitations.InvitationRow;
import org.diktyo.invitations.Links;
import org.diktyo.invitations.ReplyView;
import org.diktyo.invitations.ReplyViews;
import org.diktyo.invitations.StoredAnswers;
import org.diktyo.mail.Outbox;
import org.diktyo.platform.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reply through a personal link (and, for the secretariat, by phone): what the link
 * shows, the answer per part with its delegates ({@link AnswerRules}, {@link DelegateChanges}),
 * seats or the waitlist ({@link Seating}), a confirmation mail ({@link ReplyMails}). A refused
 * answer changes nothing. A late request after the deadline is {@link SendLateRequest}.
 */
@Service
public class AnswerInvitation {

    private final ReplyLinks replyLinks;
    private final ReplyStore store;
    private final StoredAnswers answers;
    private final DelegateChanges delegateChanges;
    private final ReplyViews views;
    private final Seating seating;
    private final InvitationMails mails;
    private final ReplyMails confirmations;
    private final FirstAnswers firstAnswers;
    private final Seats seats;
    private final Links links;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    /** Reads outside a transaction that still share one connection (nested reads would take a second one). */
    private final TransactionTemplate reads;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AnswerInvitation(ReplyLinks replyLinks, ReplyStore store, StoredAnswers answers, DelegateChanges delegateChanges,
            ReplyViews views, Seating seating, InvitationMails mails, ReplyMails confirmations, FirstAnswers firstAnswers,
            Seats seats, Links links, Outbox outbox, TransactionTemplate tx, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.replyLinks = replyLinks;
        this.store = store;
        this.answers = answers;
        this.delegateChanges = delegateChanges;
        this.views = views;
        this.seating = seating;
        this.mails = mails;
        this.confirmations = confirmations;
        this.firstAnswers = firstAnswers;
        this.seats = seats;
        this.links = links;
        this.outbox = outbox;
        this.tx = tx;
        this.reads = new TransactionTemplate(tx.getTransactionManager());
        this.reads.setPropagationBehavior(TransactionTemplate.PROPAGATION_SUPPORTS);
        this.clock = clock;
    }

    public ReplyView view(String token) {
        return tx.execute(s -> views.recent(replyLinks.resolve(token)));
    }

    /**
     * The answer through a link, until the deadline. A first answer goes with others in one
     * transaction ({@link FirstAnswers}); a change, or a first answer that could not go that
     * way, on its own.
     */
    public ReplyView answer(String token, ReplyInput input) {
        if (firstAnswers.enabled()) {
            Opened found = reads.execute(s -> {
                InvitationRow i = replyLinks.resolve(token);
                return new Opened(i, openCampaign(i, input));
            });
            InvitationRow inv = found.invitation();
            Campaign c = found.campaign();
            if (!inv.answered()) {
                AnswerRules.check(c, input);
                ReplyView written = grouped(inv, c, input, token);
                if (written != null) {
                    return written;
                }
            }
        }
        return withRetry(slow -> tx.execute(s -> {
            InvitationRow inv = replyLinks.resolve(token);
            return record(inv, openCampaign(inv, input), input, AnswerChannel.LINK, null, token, slow);
        }));
    }

    /** An invitation whose link is live, and its campaign, open to answers. */
    private record Opened(InvitationRow invitation, Campaign campaign) {
    }

    private Campaign openCampaign(InvitationRow inv, ReplyInput input) {
        if (input.invitationId() != null && !input.invitationId().isBlank() && !input.invitationId().equals(inv.id())) {
            throw new Problem(HttpStatus.FORBIDDEN, "invitations.reply.otherInvitation");
        }
        Campaign c = views.campaign(inv.campaignId());
        if (!c.open(Instant.now(clock))) {
            throw new Problem(HttpStatus.CONFLICT, "invitations.reply.closed");
        }
        return c;
    }

    /** A first answer, every seat it wants taken, written with others; null if it was not (do it on its own). */
    private ReplyView grouped(InvitationRow inv, Campaign c, ReplyInput input, String token) {
        Instant now = Instant.now(clock);
        List<DelegateRow> delegates = delegateChanges.save(inv.id(), input.delegates(), List.of(), false);
        Map<String, StoredAnswers.PartRow> rows = new java.util.LinkedHashMap<>();
        Map<String, Integer> wanted = new java.util.TreeMap<>();
        for (String partId : new TreeSet<>(c.partIds())) {
            boolean attending = Attendance.attends(input.parts().get(partId));
            int n = attending ? delegates.size() : 0;
            rows.put(partId, new StoredAnswers.PartRow(partId, attending, n, n, null));
            if (n > 0 && seats.limited(partId)) {
                wanted.put(partId, n);
            }
        }
        FirstAnswers.Answer answer = new FirstAnswers.Answer(inv, c.meetingId(), AnswerChannel.LINK, null, token, now, delegates,
                List.copyOf(rows.values()), wanted);
        return firstAnswers.write(answer)
                ? reads.execute(s -> views.written(withAnswer(inv, now, AnswerChannel.LINK, null), rows, delegates)) : null;
    }

    /** An answer the secretariat received by phone (also after the deadline), marked as such. */
    ReplyView answerByPhone(InvitationRow inv, ReplyInput input, String actor) {
        return withRetry(slow -> tx.execute(s -> record(inv, views.campaign(inv.campaignId()), input, AnswerChannel.PHONE, actor, null,
                slow)));
    }

    /**
     * One answer, in the shape of a plain-SQL reply (ADR 0010): the invitation found by its
     * link; the answer recorded (which locks the invitation); the delegates and part rows
     * written in batches; one "confirmation due" row (the mail itself is composed after the
     * commit, by {@link ReplyMails}); the seats taken last. A first answer reads nothing more;
     * a change reads the stored answer first. The view returned is built from the rows written.
     */
    private ReplyView record(InvitationRow inv, Campaign c, ReplyInput input, AnswerChannel via, String actor, String token,
            boolean slow) {
        AnswerRules.check(c, input);
        Instant now = Instant.now(clock);
        List<DelegateRow> existing;
        Map<String, StoredAnswers.PartRow> old;
        if (!inv.answered() && store.firstAnswer(inv.id(), now, via, actor)) {
            existing = List.of();
            old = Map.of();
        } else {
            store.answered(inv.id(), now, via, actor);
            existing = answers.delegates(inv.id());
            old = answers.parts(inv.id());
        }
        List<DelegateRow> delegates = delegateChanges.save(inv.id(), input.delegates(), existing, true);
        List<Seating.Change> changes = new ArrayList<>();
        for (String partId : new TreeSet<>(c.partIds())) {
            boolean attending = Attendance.attends(input.parts().get(partId));
            changes.add(new Seating.Change(partId, attending, attending ? delegates.size() : 0, old.get(partId)));
        }
        Seating.Outcome outcome = seating.apply(inv.id(), changes, now, slow, () -> confirmations.due(inv.id(), token, now));
        int attending = (int) changes.stream().filter(Seating.Change::attending).count();
        events.publishEvent(new InvitationAnswered(inv.id(), c.meetingId(), inv.municipalityId(), now, attending,
                changes.size() - attending, via == AnswerChannel.PHONE));
        for (String promoted : outcome.promoted()) {
            ReplyView moved = views.view(answers.byInvitation(promoted));
            outbox.queue(mails.notice("movedUp", moved, links.issue(promoted)));
        }
        return views.written(withAnswer(inv, now, via, actor), outcome.rows(), delegates);
    }

    private static InvitationRow withAnswer(InvitationRow i, Instant at, AnswerChannel via, String by) {
        return new InvitationRow(i.id(), i.campaignId(), i.municipalityId(), i.status(), i.toEmail(), i.ccEmail(),
                i.language(), i.validUntil(), i.sentAt(), at, via, by, i.lateRequest(), i.lateRequestAt());
    }

    /**
     * Runs a reply on the fast path; again on the slow path if its part had no room there;
     * again if PostgreSQL broke a deadlock between instances (a few times).
     */
    private static <T> T withRetry(java.util.function.Function<Boolean, T> work) {
        boolean slow = false;
        for (int attempt = 1;; attempt++) {
            try {
                return work.apply(slow);
            } catch (Seating.Contended e) {
                slow = true;
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= 5) {
                    throw e;
                }
                slow = true;
            }
        }
    }
}
