package org.diktyo.invitations.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.diktyo.mail.OutgoingMail.Attachment;
import org.diktyo.meetings.MeetingFacts;
import org.springframework.stereotype.Component;

/**
 * What an invitation's mails carry as files. For now the meeting documents the campaign
 * chose; the letter PDF and the calendar file (.ics) of the letters module are to be added
 * here, in this one place, when that module lands.
 */
@Component
class InvitationAttachments {

    private final MeetingFacts meetings;

    InvitationAttachments(MeetingFacts meetings) {
        this.meetings = meetings;
    }

    /** The invitation's files: the chosen meeting documents. */
    List<Attachment> invitation(Campaign campaign, InvitationRow invitation) {
        List<Attachment> files = new ArrayList<>();
        for (MeetingFacts.DocumentInfo d : meetings.documents(campaign.meetingId())) {
            if (!campaign.documentIds().contains(d.id())) {
                continue;
            }
            try (InputStream in = meetings.openDocument(campaign.meetingId(), d.id()).orElseThrow()) {
                files.add(new Attachment(d.filename(), d.mediaType(), in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** A confirmation's files: none yet (the calendar file of the attended parts comes with the letters module). */
    List<Attachment> confirmation(Campaign campaign, InvitationRow invitation) {
        return List.of();
    }
}
