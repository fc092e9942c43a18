package org.diktyo.invitations.campaigns;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.diktyo.accounts.AuditTrail;
import org.diktyo.invitations.Campaign;
import org.diktyo.invitations.CampaignAccess;
import org.diktyo.invitations.CampaignStore;
import org.diktyo.invitations.InvitationRow;
import org.diktyo.invitations.InvitationStore;
import org.diktyo.invitations.Links;
import org.diktyo.mail.OutgoingMail.Attachment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One invitation's letter and calendar file, for the secretariat to download or print (a
 * municipality without an email address gets its invitation by post).
 *
 * <p>A link is stored only as its hash, so a letter cannot show an earlier one again: each
 * letter made here carries a <b>new</b> personal link, added to the invitation's live links
 * (revoking revokes them all). The calendar file is the answer's when there is one (the parts
 * attended, the delegates as attendees), otherwise the invitation's, without a link.
 */
@Service
public class InvitationFiles {

    /** A file and the name it is downloaded under. */
    public record File(String filename, byte[] content) {
    }

    private final InvitationStore invitations;
    private final CampaignStore campaigns;
    private final InvitationAttachments attachments;
    private final Links links;
    private final CampaignAccess access;
    private final AuditTrail audit;

    InvitationFiles(InvitationStore invitations, CampaignStore campaigns, InvitationAttachments attachments, Links links,
            CampaignAccess access, AuditTrail audit) {
        this.invitations = invitations;
        this.campaigns = campaigns;
        this.attachments = attachments;
        this.links = links;
        this.access = access;
        this.audit = audit;
    }

    /** The letter in {@code locale}, with a new personal link; refused (4xx) when it cannot be made (no mayor). */
    @Transactional
    public File letter(String invitationId, Locale locale) {
        access.secretariat();
        InvitationRow invitation = invitations.find(invitationId).orElseThrow(org.diktyo.platform.Problem::notFound);
        Campaign campaign = campaigns.find(invitation.campaignId()).orElseThrow();
        byte[] pdf = attachments.letter(campaign, invitation, locale, links.url(links.issue(invitation.id())));
        audit.record("invitation.letter", invitation.id());
        return new File("letter-" + invitation.municipalityId() + "-" + locale.getLanguage() + ".pdf", pdf);
    }

    /** The calendar file: the answer's if there is one, else the invitation's. */
    @Transactional
    public File calendar(String invitationId) {
        access.secretariat();
        InvitationRow invitation = invitations.find(invitationId).orElseThrow(org.diktyo.platform.Problem::notFound);
        Campaign campaign = campaigns.find(invitation.campaignId()).orElseThrow();
        List<Attachment> answer = invitation.answered() ? attachments.confirmation(campaign, invitation) : List.of();
        byte[] ics = answer.isEmpty()
                ? attachments.invitationCalendar(campaign, invitation, null).getBytes(StandardCharsets.UTF_8)
                : answer.get(0).content();
        return new File("invitation-" + invitation.municipalityId() + ".ics", ics);
    }
}
