package org.diktyo.invitations.replies;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.diktyo.accounts.SecretTokens;
import org.diktyo.invitations.Campaign;
import org.diktyo.invitations.DelegateRow;
import org.diktyo.invitations.InvitationMails;
import org.diktyo.invitations.InvitationRow;
import org.diktyo.invitations.Links;
import org.diktyo.invitations.ReplyView;
import org.diktyo.invitations.ReplyViews;
import org.diktyo.invitations.StoredAnswers;
import org.diktyo.links.Link;
import org.diktyo.mail.Outbox;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Problem.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reply through a personal link (and, for the secretariat, by phone): what the link
 * shows, the answer per part with its delegates, seats or the waitlist, a confirmation mail,
 * a late request after the deadline. A refused answer changes nothing.
 */
@Service
public class AnswerInvitation {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final ReplyStore store;
    private final StoredAnswers answers;
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
    private final String secretariatAddress;

    AnswerInvitation(ReplyStore store, StoredAnswers answers, ReplyViews views, Seating seating, InvitationMails mails, ReplyMails confirmations,
            FirstAnswers firstAnswers, Seats seats, Links links, Outbox outbox, TransactionTemplate tx, Clock clock,
            @Value("${diktyo.mail.reply-to}") String secretariatAddress) {
        this.store = store;
        this.answers = answers;
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
        this.secretariatAddress = secretariatAddress;
    }

    /** The invitation of a live link; refuses an unknown, revoked or expired one. */
    InvitationRow resolve(String token) {
        Link link = links.find(token).orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "invitations.link.unknown"));
        if (link.revoked()) {
            throw new Problem(HttpStatus.GONE, "invitations.link.revoked");
        }
        InvitationRow invitation = answers.byInvitation(link.subject());
        if (Instant.now(clock).isAfter(invitation.validUntil())) {
            throw new Problem(HttpStatus.GONE, "invitations.link.expired");
        }
        return invitation;
    }

    public ReplyView view(String token) {
        return tx.execute(s -> views.recent(resolve(token)));
    }

    /**
     * The answer through a link, until the deadline. A first answer goes with others in one
     * transaction ({@link FirstAnswers}); a change, or a first answer that could not go that
     * way, on its own.
     */
    public ReplyView answer(String token, ReplyInput input) {
        if (firstAnswers.enabled()) {
            Object[] found = reads.execute(s -> {
                InvitationRow i = resolve(token);
                return new Object[] {i, openCampaign(i, input)};
            });
            InvitationRow inv = (InvitationRow) found[0];
            Campaign c = (Campaign) found[1];
            if (!inv.answered()) {
                validate(c, input);
                ReplyView written = grouped(inv, c, input, token);
                if (written != null) {
                    return written;
                }
            }
        }
        return withRetry(slow -> tx.execute(s -> {
            InvitationRow inv = resolve(token);
            return record(inv, openCampaign(inv, input), input, "LINK", null, token, slow);
        }));
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
        List<DelegateRow> delegates = saveDelegates(inv.id(), input.delegates(), List.of(), false);
        Map<String, StoredAnswers.PartRow> rows = new java.util.LinkedHashMap<>();
        Map<String, Integer> wanted = new java.util.TreeMap<>();
        for (String partId : new TreeSet<>(c.partIds())) {
            boolean attending = "ATTEND".equals(input.parts().get(partId));
            int n = attending ? delegates.size() : 0;
            rows.put(partId, new StoredAnswers.PartRow(partId, attending, n, n, null));
            if (n > 0 && seats.limited(partId)) {
                wanted.put(partId, n);
            }
        }
        FirstAnswers.Answer answer = new FirstAnswers.Answer(inv, "LINK", null, token, now, delegates,
                List.copyOf(rows.values()), wanted);
        return firstAnswers.write(answer)
                ? reads.execute(s -> views.written(withAnswer(inv, now, "LINK", null), rows, delegates)) : null;
    }

    /** An answer the secretariat received by phone (also after the deadline), marked as such. */
    ReplyView answerByPhone(InvitationRow inv, ReplyInput input, String actor) {
        return withRetry(slow -> tx.execute(s -> record(inv, views.campaign(inv.campaignId()), input, "PHONE", actor, null,
                slow)));
    }

    /**
     * One answer, in the shape of a plain-SQL reply (ADR 0010): the invitation found by its
     * link; the answer recorded (which locks the invitation); the delegates and part rows
     * written in batches; one "confirmation due" row (the mail itself is composed after the
     * commit, by {@link ReplyMails}); the seats taken last. A first answer reads nothing more;
     * a change reads the stored answer first. The view returned is built from the rows written.
     */
    private ReplyView record(InvitationRow inv, Campaign c, ReplyInput input, String via, String actor, String token,
            boolean slow) {
        validate(c, input);
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
        List<DelegateRow> delegates = saveDelegates(inv.id(), input.delegates(), existing, true);
        List<Seating.Change> changes = new ArrayList<>();
        for (String partId : new TreeSet<>(c.partIds())) {
            boolean attending = "ATTEND".equals(input.parts().get(partId));
            changes.add(new Seating.Change(partId, attending, attending ? delegates.size() : 0, old.get(partId)));
        }
        Seating.Outcome outcome = seating.apply(inv.id(), changes, now, slow, () -> confirmations.due(inv.id(), token, now));
        for (String promoted : outcome.promoted()) {
            ReplyView moved = views.view(answers.byInvitation(promoted));
            outbox.queue(mails.notice("movedUp", moved, links.issue(promoted)));
        }
        return views.written(withAnswer(inv, now, via, actor), outcome.rows(), delegates);
    }

    private static InvitationRow withAnswer(InvitationRow i, Instant at, String via, String by) {
        return new InvitationRow(i.id(), i.campaignId(), i.municipalityId(), i.status(), i.toEmail(), i.ccEmail(),
                i.language(), i.validUntil(), i.sentAt(), at, via, by, i.lateRequest(), i.lateRequestAt());
    }

    /** The delegates as wanted, keeping the ids and check-in codes of those already there; written if {@code write}. */
    private List<DelegateRow> saveDelegates(String invitationId, List<ReplyInput.Delegate> wanted,
            List<DelegateRow> existing, boolean write) {
        List<DelegateRow> result = new ArrayList<>();
        List<DelegateRow> added = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            ReplyInput.Delegate d = wanted.get(i);
            if (i < existing.size()) {
                DelegateRow e = existing.get(i);
                DelegateRow row = new DelegateRow(e.id(), invitationId, i + 1, d.fullName().trim(), clean(d.roleTitle()),
                        clean(d.email()), clean(d.phone()), clean(d.needs()), e.checkInCode(), e.checkedInAt());
                if (write && !row.equals(e)) {
                    store.updateDelegate(row);
                }
                result.add(row);
            } else {
                DelegateRow row = new DelegateRow(UUID.randomUUID().toString(), invitationId, i + 1, d.fullName().trim(),
                        clean(d.roleTitle()), clean(d.email()), clean(d.phone()), clean(d.needs()),
                        SecretTokens.generate(), null);
                added.add(row);
                result.add(row);
            }
        }
        if (write && existing.size() > wanted.size()) {
            store.deleteDelegatesFrom(invitationId, wanted.size() + 1);
        }
        if (write && !added.isEmpty()) {
            store.insertDelegates(added);
        }
        return result;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void validate(Campaign c, ReplyInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> offered = Set.copyOf(c.partIds());
        boolean attendsAny = false;
        for (Map.Entry<String, String> e : input.parts().entrySet()) {
            if (!offered.contains(e.getKey()) || !Set.of("ATTEND", "DECLINE").contains(e.getValue())) {
                problems.add(new FieldProblem("parts", "invitations.reply.part.invalid"));
                break;
            }
            attendsAny |= "ATTEND".equals(e.getValue());
        }
        if (input.parts().size() < offered.size()) {
            problems.add(new FieldProblem("parts", "invitations.reply.part.required"));
        }
        if (input.delegates().size() > c.quota()) {
            throw new Problem(HttpStatus.BAD_REQUEST, "invitations.reply.overQuota",
                    List.of(new FieldProblem("delegates", "invitations.reply.delegates.overQuota")), c.quota());
        }
        if (attendsAny && input.delegates().isEmpty()) {
            problems.add(new FieldProblem("delegates", "invitations.reply.delegates.required"));
        }
        for (int i = 0; i < input.delegates().size(); i++) {
            ReplyInput.Delegate d = input.delegates().get(i);
            if (d.fullName() == null || d.fullName().isBlank() || d.fullName().length() > 200) {
                problems.add(new FieldProblem("delegates[" + i + "].fullName", "invitations.reply.delegate.name"));
            }
            if (d.email() != null && !d.email().isBlank() && (d.email().length() > 254 || !EMAIL.matcher(d.email().trim()).matches())) {
                problems.add(new FieldProblem("delegates[" + i + "].email", "invitations.reply.delegate.email"));
            }
            if (length(d.roleTitle()) > 200 || length(d.phone()) > 40 || length(d.needs()) > 1000) {
                problems.add(new FieldProblem("delegates[" + i + "].needs", "invitations.reply.delegate.tooLong"));
            }
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /** After the deadline: a request to the secretariat, by mail, kept with the invitation. */
    public ReplyView lateRequest(String token, String text) {
        return tx.execute(s -> {
            InvitationRow inv = resolve(token);
            if (text == null || text.isBlank() || text.length() > 4000) {
                throw Problem.invalid(List.of(new FieldProblem("message", "invitations.late.message.required")));
            }
            store.lateRequest(inv.id(), text.strip(), Instant.now(clock));
            ReplyView view = views.view(answers.byInvitation(inv.id()));
            outbox.queue(mails.lateRequest(view, text.strip(), secretariatAddress));
            return view;
        });
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
