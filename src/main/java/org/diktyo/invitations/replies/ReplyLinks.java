package org.diktyo.invitations.replies;

import java.time.Clock;
import java.time.Instant;

import org.diktyo.invitations.InvitationRow;
import org.diktyo.invitations.Links;
import org.diktyo.invitations.StoredAnswers;
import org.diktyo.links.Link;
import org.diktyo.links.Linked;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The invitation behind a reply link's token: the link and its invitation in one read. */
@Component
class ReplyLinks {

    private final Links links;
    private final StoredAnswers answers;
    private final Clock clock;

    ReplyLinks(Links links, StoredAnswers answers, Clock clock) {
        this.links = links;
        this.answers = answers;
        this.clock = clock;
    }

    /** The invitation of a live link; refuses an unknown, revoked or expired one. */
    InvitationRow resolve(String token) {
        Linked<InvitationRow> found = links.findWithInvitation(token)
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "invitations.link.unknown"));
        Link link = found.link();
        if (link.revoked()) {
            throw new Problem(HttpStatus.GONE, "invitations.link.revoked");
        }
        // read with the link in the same statement; a link whose invitation is missing fails as the separate read did
        InvitationRow invitation = found.subject() != null ? found.subject() : answers.byInvitation(link.subject());
        if (Instant.now(clock).isAfter(invitation.validUntil())) {
            throw new Problem(HttpStatus.GONE, "invitations.link.expired");
        }
        return invitation;
    }
}
