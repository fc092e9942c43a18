package org.diktyo.invitations;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diktyo.language.DatePhrases;
import org.diktyo.language.Language;
import org.diktyo.language.TimePhrases;
import org.diktyo.mail.OutgoingMail;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.network.Addressees;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails of the invitations module, Greek first and English below, each with a plain-text
 * and an HTML part: the invitation, the confirmation of an answer, a reminder, the agenda,
 * a place freed from the waitlist, and a late request to the secretariat.
 */
@Component
public class InvitationMails {

    public static final Locale GREEK = Locale.forLanguageTag("el");
    public static final List<Locale> BOTH = List.of(GREEK, Locale.ENGLISH);

    private final MessageSource messages;
    private final Links links;

    InvitationMails(MessageSource messages, Links links) {
        this.messages = messages;
        this.links = links;
    }

    public String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    public static boolean greek(Locale l) {
        return !Language.english(l);
    }

    public String subject(String key, MeetingFacts.MeetingInfo m) {
        return t(GREEK, key, m.titleEl()) + " / " + t(Locale.ENGLISH, key, m.titleEn());
    }

    public OutgoingMail invitation(Campaign c, MeetingFacts.MeetingInfo m, List<MeetingFacts.PartInfo> parts,
            Addressees.Addressee a, InvitationRow inv, String token, List<OutgoingMail.Attachment> files) {
        MailText mail = new MailText();
        for (Locale l : BOTH) {
            mail.lang(l.getLanguage()).heading(t(l, "invitations.mail.invitation.heading", m.title().in(l)))
                    .para(salutation(l, a, inv)).paragraphs(c.letter().in(l))
                    .para(t(l, "invitations.mail.parts")).list(parts(l, m.zone(), parts))
                    .para(t(l, "invitations.mail.quota", c.quota()))
                    .link(t(l, "invitations.mail.replyBy", deadline(l, c, m)), links.url(token));
            if (!files.isEmpty()) {
                mail.para(t(l, "invitations.mail.attached")).list(files.stream().map(OutgoingMail.Attachment::filename).toList());
            }
            mail.endLang();
            if (greek(l)) {
                mail.rule();
            }
        }
        return new OutgoingMail(inv.toEmail(), cc(inv), subject("invitations.mail.invitation.subject", m), mail.text(),
                mail.html(), files, "invitation", inv.id());
    }

    public OutgoingMail confirmation(ReplyView v, String token, List<OutgoingMail.Attachment> files) {
        MailText mail = new MailText();
        for (Locale l : BOTH) {
            mail.lang(l.getLanguage()).heading(t(l, "invitations.mail.confirmation.heading",
                    v.municipality().officialName().in(l)));
            mail.para(t(l, v.invitation().answeredVia() == AnswerChannel.PHONE
                    ? "invitations.mail.confirmation.byPhone" : "invitations.mail.confirmation.intro",
                    v.meeting().title().in(l)));
            mail.list(answers(l, v));
            List<String> codes = new ArrayList<>();
            for (DelegateRow d : v.delegates()) {
                if (v.confirmed(d)) {
                    codes.add(d.fullName() + ": " + links.checkInUrl(d.checkInCode()));
                }
            }
            if (!codes.isEmpty()) {
                mail.para(t(l, "invitations.mail.confirmation.checkIn")).list(codes);
            }
            if (token != null) {
                mail.link(t(l, "invitations.mail.confirmation.change", deadline(l, v.campaign(), v.meeting())),
                        links.url(token));
            }
            mail.endLang();
            if (greek(l)) {
                mail.rule();
            }
        }
        List<String> cc = new ArrayList<>(cc(v.invitation()));
        v.delegates().stream().map(DelegateRow::email).filter(e -> e != null && !e.isBlank())
                .filter(e -> !e.equalsIgnoreCase(v.invitation().toEmail()) && !cc.contains(e)).forEach(cc::add);
        return new OutgoingMail(v.invitation().toEmail(), cc, subject("invitations.mail.confirmation.subject", v.meeting()),
                mail.text(), mail.html(), files, "rsvp-confirmation", v.invitation().id());
    }

    /** A reminder, a place freed from the waitlist, the agenda: a short message with a fresh link. */
    public OutgoingMail notice(String kind, ReplyView v, String token) {
        MailText mail = new MailText();
        for (Locale l : BOTH) {
            mail.lang(l.getLanguage()).heading(t(l, "invitations.mail." + kind + ".heading",
                    v.meeting().title().in(l)));
            mail.para(t(l, "invitations.mail." + kind + ".intro", deadline(l, v.campaign(), v.meeting())));
            if ("agenda".equals(kind) && v.agenda() != null) {
                mail.list(v.agenda().items().stream().map(i -> TimePhrases.time(i.startsAt()) + " " + i.title().in(l) + (i.speakers() == null || i.speakers().isBlank() ? "" : " (" + i.speakers() + ")")).toList());
            }
            if ("movedUp".equals(kind)) {
                mail.list(answers(l, v));
            }
            mail.link(t(l, "invitations.mail.link"), links.url(token));
            mail.endLang();
            if (greek(l)) {
                mail.rule();
            }
        }
        return new OutgoingMail(v.invitation().toEmail(), cc(v.invitation()), subject("invitations.mail." + kind + ".subject",
                v.meeting()), mail.text(), mail.html(), List.of(), "rsvp-" + kind.toLowerCase(java.util.Locale.ROOT), v.invitation().id());
    }

    public OutgoingMail lateRequest(ReplyView v, String text, String secretariat) {
        MailText mail = new MailText().lang("el")
                .heading(t(GREEK, "invitations.mail.late.heading", v.municipality().officialNameEl(), v.meeting().titleEl()))
                .para(text).list(answers(GREEK, v)).endLang();
        return new OutgoingMail(secretariat, List.of(), t(GREEK, "invitations.mail.late.subject",
                v.municipality().officialNameEl()), mail.text(), mail.html(), List.of(), "rsvp-late", v.invitation().id());
    }

    private List<String> answers(Locale l, ReplyView v) {
        List<String> lines = new ArrayList<>();
        for (ReplyView.PartAnswer p : v.parts()) {
            String title = p.part().title().in(l);
            if (!Boolean.TRUE.equals(p.attending())) {
                lines.add(title + ": " + t(l, p.attending() == null ? "invitations.answer.none" : "invitations.answer.declined"));
                continue;
            }
            for (DelegateRow d : v.delegates()) {
                if (p.seated(d)) {
                    lines.add(title + ": " + d.fullName() + " — " + t(l, "invitations.answer.seated"));
                } else if (p.waiting(d)) {
                    lines.add(title + ": " + d.fullName() + " — " + t(l, "invitations.answer.waiting", p.waitPosition()));
                }
            }
        }
        return lines;
    }

    private String salutation(Locale l, Addressees.Addressee a, InvitationRow inv) {
        if (a.mayor() != null && inv.toEmail() != null && inv.toEmail().equalsIgnoreCase(a.mayor().email())) {
            return t(l, "invitations.mail.salutation.mayor." + a.mayor().gender());
        }
        return t(l, "invitations.mail.salutation.other");
    }

    public List<String> parts(Locale l, ZoneId zone, List<MeetingFacts.PartInfo> parts) {
        return parts.stream().map(p -> p.title().in(l) + ": "
                + DatePhrases.date(p.startsAt().atZone(zone).toLocalDate(), l) + ", "
                + Places.hours(p, zone) + ", "
                + Places.place(p, l) + ", " + Places.address(p, l)).toList();
    }

    public String deadline(Locale l, Campaign c, MeetingFacts.MeetingInfo m) {
        return DatePhrases.afterPreposition(c.rsvpDeadline().atZone(m.zone()).toLocalDate(), l);
    }

    private static List<String> cc(InvitationRow inv) {
        return inv.ccEmail() == null ? List.of() : List.of(inv.ccEmail());
    }
}
