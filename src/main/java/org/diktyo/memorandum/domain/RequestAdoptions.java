package org.diktyo.memorandum.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diktyo.links.PersonalLinks;
import org.diktyo.mail.OutgoingMail;
import org.diktyo.mail.Outbox;
import org.diktyo.network.Addressees;
import org.diktyo.network.MembershipStatus;
import org.diktyo.platform.BaseUrl;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The secretariat asks every member that has not adopted a version yet to adopt it: each gets
 * its own personal link (no account needed; a new request replaces the old link) by mail to its
 * mayor with the focal point in copy, in Greek with the English below. The mail and the link are
 * written in the same transaction as the request.
 */
@Service
public class RequestAdoptions {

    public static final String PURPOSE = "memorandum-adoption";
    static final Locale GREEK = Locale.forLanguageTag("el");

    private final AdoptionStore adoptions;
    private final RecordAdoption record;
    private final Addressees addressees;
    private final PersonalLinks links;
    private final Outbox outbox;
    private final MessageSource messages;
    private final BaseUrl baseUrl;
    private final ViewerResolver viewers;
    private final Clock clock;

    RequestAdoptions(AdoptionStore adoptions, RecordAdoption record, Addressees addressees, PersonalLinks links,
            Outbox outbox, MessageSource messages, BaseUrl baseUrl, ViewerResolver viewers, Clock clock) {
        this.adoptions = adoptions;
        this.record = record;
        this.addressees = addressees;
        this.links = links;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** Requests the adoption of version {@code number} from each member without one; the municipalities asked. */
    @Transactional
    public List<String> request(int number) {
        if (!viewers.current().secretariat()) {
            throw viewers.current().signedIn() ? Problem.forbidden() : Problem.unauthorized();
        }
        MemorandumVersion version = record.versionToAdopt(number);
        List<String> asked = new ArrayList<>();
        for (Addressees.Addressee member : addressees.find(MembershipStatus.MEMBER, null)) {
            Adoption a = adoptions.find(number, member.municipalityId()).orElse(null);
            if (a != null && !a.state().editable()) {
                continue;
            }
            if (email(member.mayor()) == null && email(member.focalPoint()) == null) {
                continue;
            }
            if (a == null) {
                adoptions.insert(Adoption.pending(number, member.municipalityId(), Instant.now(clock)));
            }
            String token = links.reissue(PURPOSE, subject(number, member.municipalityId()));
            outbox.queue(mail(version, member, baseUrl.get() + "/memorandum/adopt/" + token));
            asked.add(member.municipalityId());
        }
        if (asked.isEmpty()) {
            throw new Problem(HttpStatus.CONFLICT, "memorandum.adoption.nobodyToAsk");
        }
        return asked;
    }

    private static String email(Addressees.Official official) {
        return official == null || official.email() == null || official.email().isBlank() ? null : official.email();
    }

    /** The subject of an adoption link: {@code 2/athens}. */
    static String subject(int number, String municipalityId) {
        return number + "/" + municipalityId;
    }

    private OutgoingMail mail(MemorandumVersion v, Addressees.Addressee member, String link) {
        String to = email(member.mayor()) != null ? email(member.mayor()) : email(member.focalPoint());
        List<String> cc = new ArrayList<>();
        if (email(member.focalPoint()) != null && !to.equals(email(member.focalPoint()))) {
            cc.add(email(member.focalPoint()));
        }
        Object[] el = {member.officialNameEl(), v.label().el(), v.number(), link};
        Object[] en = {member.officialNameEn(), v.label().in(Locale.ENGLISH), v.number(), link};
        String subject = messages.getMessage("memorandum.adoption.mail.subject", el, GREEK) + " / "
                + messages.getMessage("memorandum.adoption.mail.subject", en, Locale.ENGLISH);
        String text = messages.getMessage("memorandum.adoption.mail.text", el, GREEK) + "\n\n---\n\n"
                + messages.getMessage("memorandum.adoption.mail.text", en, Locale.ENGLISH);
        String escaped = HtmlUtils.htmlEscape(link);
        String html = "<p>" + HtmlUtils.htmlEscape(text).replace("\n\n", "</p><p>").replace("\n", "<br>")
                .replace(escaped, "<a href=\"" + escaped + "\">" + escaped + "</a>") + "</p>";
        return new OutgoingMail(to, cc, subject, text, html, List.of(), PURPOSE,
                subject(v.number(), member.municipalityId()));
    }
}
