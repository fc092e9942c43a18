package org.diktyo.surveys.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diktyo.language.DatePhrases;
import org.diktyo.links.PersonalLinks;
import org.diktyo.mail.OutgoingMail;
import org.diktyo.mail.Outbox;
import org.diktyo.network.Addressees;
import org.diktyo.platform.BaseUrl;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The mails that ask a municipality to answer a survey or remind it: to the focal point with the
 * mayor in copy (or to the mayor alone), in Greek with the English below, with a personal link
 * that answers without an account. Queued in the caller's transaction.
 */
@Component
class SurveyMails {

    static final String PURPOSE = "survey-answer";
    static final Locale GREEK = Locale.forLanguageTag("el");

    private final PersonalLinks links;
    private final Outbox outbox;
    private final MessageSource messages;
    private final BaseUrl baseUrl;

    SurveyMails(PersonalLinks links, Outbox outbox, MessageSource messages, BaseUrl baseUrl) {
        this.links = links;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /** The subject of an answer link: {@code <survey>/<municipality>}. */
    static String subject(String surveyId, String municipalityId) {
        return surveyId + "/" + municipalityId;
    }

    /** Mails {@code kind} ({@code invite}, {@code remind}) with a new link (the earlier ones still work); false without an address. */
    boolean send(Survey s, Addressees.Addressee m, String kind) {
        String to = email(m.focalPoint()) != null ? email(m.focalPoint()) : email(m.mayor());
        String subject = subject(s.id(), m.municipalityId());
        if (to == null || subject.length() > 64) {
            return false;
        }
        String link = baseUrl.get() + "/surveys/answer/" + links.issue(PURPOSE, subject);
        List<String> cc = new ArrayList<>();
        if (email(m.mayor()) != null && !to.equals(email(m.mayor()))) {
            cc.add(email(m.mayor()));
        }
        Object[] el = {m.officialNameEl(), s.title().el(), link, DatePhrases.afterPreposition(s.closesOn(), GREEK)};
        Object[] en = {m.officialNameEn(), s.title().in(Locale.ENGLISH), link,
            DatePhrases.afterPreposition(s.closesOn(), Locale.ENGLISH)};
        String key = "surveys.mail." + kind + ".";
        String mailSubject = messages.getMessage(key + "subject", el, GREEK) + " / "
                + messages.getMessage(key + "subject", en, Locale.ENGLISH);
        String text = messages.getMessage(key + "text", el, GREEK) + "\n\n---\n\n"
                + messages.getMessage(key + "text", en, Locale.ENGLISH);
        String escaped = HtmlUtils.htmlEscape(link);
        String html = "<p>" + HtmlUtils.htmlEscape(text).replace("\n\n", "</p><p>").replace("\n", "<br>")
                .replace(escaped, "<a href=\"" + escaped + "\">" + escaped + "</a>") + "</p>";
        outbox.queue(new OutgoingMail(to, cc, mailSubject, text, html, List.of(), PURPOSE, subject));
        return true;
    }

    static String email(Addressees.Official official) {
        return official == null || official.email() == null || official.email().isBlank() ? null : official.email();
    }
}
