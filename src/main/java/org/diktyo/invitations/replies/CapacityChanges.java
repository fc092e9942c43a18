package org.diktyo.invitations.replies;

import java.util.ArrayList;
import java.util.List;

import org.diktyo.invitations.InvitationMails;
import org.diktyo.invitations.Links;
import org.diktyo.invitations.ReplyViews;
import org.diktyo.invitations.StoredAnswers;
import org.diktyo.mail.Outbox;
import org.diktyo.meetings.PartCapacityChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A part's capacity changed after invitations went out: its seats follow, in the change's own
 * transaction. Fewer seats than already given is refused (409, nothing changed); more seats go
 * at once to the head of the waitlist, whose municipalities are mailed as when someone withdraws;
 * no limit any more seats everyone waiting.
 */
@Component
class CapacityChanges {

    private final Seats seats;
    private final Seating seating;
    private final StoredAnswers store;
    private final ReplyViews views;
    private final InvitationMails mails;
    private final Links links;
    private final Outbox outbox;

    CapacityChanges(Seats seats, Seating seating, StoredAnswers store, ReplyViews views, InvitationMails mails, Links links,
            Outbox outbox) {
        this.seats = seats;
        this.seating = seating;
        this.store = store;
        this.views = views;
        this.mails = mails;
        this.links = links;
        this.outbox = outbox;
    }

    @EventListener
    void on(PartCapacityChanged change) {
        seats.resize(change.partId(), change.capacity());
        if (!seats.limited(change.partId())) {
            return;
        }
        List<String> promoted = new ArrayList<>();
        seating.promote(change.partId(), "", promoted);
        for (String invitation : promoted) {
            outbox.queue(mails.notice("movedUp", views.view(store.byInvitation(invitation)), links.issue(invitation)));
        }
    }
}
