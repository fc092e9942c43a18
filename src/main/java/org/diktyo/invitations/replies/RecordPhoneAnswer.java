package org.diktyo.invitations.replies;

import org.diktyo.invitations.CampaignAccess;
import org.diktyo.invitations.InvitationRow;
import org.diktyo.invitations.InvitationStore;
import org.diktyo.invitations.ReplyView;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** An answer the secretariat received by phone (also after the deadline), recorded and marked as such. */
@Service
public class RecordPhoneAnswer {

    private final InvitationStore invitations;
    private final AnswerInvitation answering;
    private final CampaignAccess access;

    RecordPhoneAnswer(InvitationStore invitations, AnswerInvitation answering, CampaignAccess access) {
        this.invitations = invitations;
        this.answering = answering;
        this.access = access;
    }

    public ReplyView record(String invitationId, ReplyInput input) {
        String actor = access.secretariat();
        InvitationRow inv = invitations.find(invitationId).orElseThrow(Problem::notFound);
        if (input.invitationId() != null && !input.invitationId().isBlank() && !input.invitationId().equals(inv.id())) {
            throw new Problem(HttpStatus.FORBIDDEN, "invitations.reply.otherInvitation");
        }
        return answering.answerByPhone(inv, input, actor);
    }
}
