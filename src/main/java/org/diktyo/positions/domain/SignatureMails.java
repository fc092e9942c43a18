package org.diktyo.positions.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diktyo.language.DatePhrases;
import org.diktyo.links.PersonalLinks;
import org.diktyo.mail.BilingualBody;
import org.diktyo.mail.OutgoingMail;
import org.diktyo.mail.Outbox;
import org.diktyo.network.Addressees;
import org.diktyo.platform.BaseUrl;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails that ask a municipality to sign a position, to confirm its signature after a
 * correction, or remind it: to the mayor with the focal point in copy (or to the focal point
 * alone), in Greek with the English below, with a personal link that signs without an account.
 * Queued in the caller's transaction.
 */
@Component
class SignatureMails {

    static final String PURPOSE = "position-signature";
    static final Locale GREEK = Locale.forLanguageTag("el");

    private final PersonalLinks links;
    private final Outbox outbox;
    private final MessageSource messages;
    private final BaseUrl baseUrl;

    SignatureMails(PersonalLinks links, Outbox outbox, MessageSource messages, BaseUrl baseUrl) {
        this.links = links;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /** The subject of a signature link: {@code <position>/<municipality>}. */
    static String subject(String positionId, String municipalityId) {
        return positionId + "/" + municipalityId;
    }

    /**
     * Mails {@code kind} ({@code invite}, {@code reconfirm}, {@code remind}) to the municipality
     * with a new link ({@code reissue}: the earlier ones stop working); false when it has no address.
     */
    boolean send(Position p, Addressees.Addressee m, String kind, boolean reissue) {
        String to = email(m.mayor()) != null ? email(m.mayor()) : email(m.focalPoint());
        String subject = subject(p.id(), m.municipalityId());
        if (to == null || subject.length() > 64) {
            return false;
        }
        String token = reissue ? links.reissue(PURPOSE, subject) : links.issue(PURPOSE, subject);
        String link = baseUrl.get() + "/positions/sign/" + token;
        List<String> cc = new ArrayList<>();
        if (email(m.focalPoint()) != null && !to.equals(email(m.focalPoint()))) {
            cc.add(email(m.focalPoint()));
        }
        LocalDate until = p.closesOn();
        Object[] el = {m.officialNameEl(), p.title().el(), link, DatePhrases.afterPreposition(until, GREEK)};
        Object[] en = {m.officialNameEn(), p.title().in(Locale.ENGLISH), link, DatePhrases.afterPreposition(until, Locale.ENGLISH)};
        String key = "positions.mail." + kind + ".";
        BilingualBody body = BilingualBody.of(messages, key, el, en, link);
        outbox.queue(new OutgoingMail(to, cc, body.subject(), body.text(), body.html(), List.of(), PURPOSE, subject));
        return true;
    }

    static String email(Addressees.Official official) {
        return official == null || official.email() == null || official.email().isBlank() ? null : official.email();
    }
}
