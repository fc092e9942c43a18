package org.diktyo.invitations;

import java.util.List;
import java.util.Locale;

import org.diktyo.documents.CalendarFiles;
import org.diktyo.language.Language;
import org.diktyo.network.Addressees;

/** Who an invitation is addressed to, as its calendar files name them, and in which language. */
public final class Invitees {

    private Invitees() {
    }

    /**
     * Who the invitation's calendar entry invites: the mayor, or whoever the mail goes to; nobody
     * for an invitation without an email address (its letter goes by post), whose calendar file
     * is then a plain publication.
     */
    public static List<CalendarFiles.Person> invitees(Addressees.Addressee town, InvitationRow invitation) {
        String to = invitation.toEmail();
        if (to == null || to.isBlank()) {
            return List.of();
        }
        Addressees.Official mayor = town.mayor();
        if (mayor != null && mayor.email() != null && mayor.email().equalsIgnoreCase(to)) {
            return List.of(new CalendarFiles.Person(mayor.fullName(), mayor.email()));
        }
        Addressees.Official focal = town.focalPoint();
        String name = focal != null && focal.email() != null && focal.email().equalsIgnoreCase(to) ? focal.fullName() : null;
        return List.of(new CalendarFiles.Person(name, to));
    }

    /** The invitation's language: English, or Greek. */
    public static Locale locale(InvitationRow invitation) {
        return Language.english(invitation.language()) ? Locale.ENGLISH : InvitationMails.GREEK;
    }
}
