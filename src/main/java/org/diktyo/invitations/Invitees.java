package org.diktyo.invitations;

import java.util.Locale;

import org.diktyo.documents.CalendarFiles;
import org.diktyo.language.Language;
import org.diktyo.network.Addressees;

/** Who an invitation is addressed to, as its calendar files name them, and in which language. */
public final class Invitees {

    private Invitees() {
    }

    /** Who the invitation's calendar entry invites: the mayor, or whoever the mail goes to. */
    public static CalendarFiles.Person invitee(Addressees.Addressee town, InvitationRow invitation) {
        Addressees.Official mayor = town.mayor();
        if (mayor != null && mayor.email() != null && mayor.email().equalsIgnoreCase(invitation.toEmail())) {
            return new CalendarFiles.Person(mayor.fullName(), mayor.email());
        }
        Addressees.Official focal = town.focalPoint();
        String name = focal != null && focal.email() != null && focal.email().equalsIgnoreCase(invitation.toEmail())
                ? focal.fullName() : null;
        return new CalendarFiles.Person(name, invitation.toEmail());
    }

    /** The invitation's language: English, or Greek. */
    public static Locale locale(InvitationRow invitation) {
        return Language.english(invitation.language()) ? Locale.ENGLISH : InvitationMails.GREEK;
    }
}
