package org.diktyo.invitations.replies;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.diktyo.invitations.InvitationMails;
import org.diktyo.invitations.InvitationRow;
import org.diktyo.invitations.ReplyView;
import org.diktyo.invitations.ReplyViews;
import org.diktyo.invitations.StoredAnswers;
import org.diktyo.mail.Outbox;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Problem.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** After the deadline: a request to the secretariat through the reply link, by mail, kept with the invitation. */
@Service
public class SendLateRequest {

    private final ReplyLinks replyLinks;
    private final ReplyStore store;
    private final StoredAnswers answers;
    private final ReplyViews views;
    private final InvitationMails mails;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String secretariatAddress;

    SendLateRequest(ReplyLinks replyLinks, ReplyStore store, StoredAnswers answers, ReplyViews views,
            InvitationMails mails, Outbox outbox, TransactionTemplate tx, Clock clock,
            @Value("${diktyo.mail.reply-to}") String secretariatAddress) {
        this.replyLinks = replyLinks;
        this.store = store;
        this.answers = answers;
        this.views = views;
        this.mails = mails;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
        this.secretariatAddress = secretariatAddress;
    }

    public ReplyView send(String token, String text) {
        return tx.execute(s -> {
            InvitationRow inv = replyLinks.resolve(token);
            if (text == null || text.isBlank() || text.length() > 4000) {
                throw Problem.invalid(List.of(new FieldProblem("message", "invitations.late.message.required")));
            }
            store.lateRequest(inv.id(), text.strip(), Instant.now(clock));
            ReplyView view = views.view(answers.byInvitation(inv.id()));
            outbox.queue(mails.lateRequest(view, text.strip(), secretariatAddress));
            return view;
        });
    }
}
