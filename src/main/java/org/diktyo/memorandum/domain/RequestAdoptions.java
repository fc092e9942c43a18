package org.diktyo.memorandum.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diktyo.jobs.Job;
import org.diktyo.jobs.Jobs;
import org.diktyo.language.DatePhrases;
import org.diktyo.links.PersonalLinks;
import org.diktyo.mail.OutgoingMail;
import org.diktyo.mail.Outbox;
import org.diktyo.network.Addressees;
import org.diktyo.network.MembershipStatus;
import org.diktyo.platform.BaseUrl;
import org.diktyo.platform.PlausibleDates;
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
    /** The kind of the reminder jobs. */
    public static final String REMINDER = "MEMORANDUM_ADOPTION_REMINDER";
    static final int[] REMINDER_DAYS = {14, 3};
    static final Locale GREEK = Locale.forLanguageTag("el");

    private final AdoptionStore adoptions;
    private final VersionStore versions;
    private final Jobs jobs;
    private final RecordAdoption record;
    private final Addressees addressees;
    private final PersonalLinks links;
    private final Outbox outbox;
    private final MessageSource messages;
    private final BaseUrl baseUrl;
    private final ViewerResolver viewers;
    private final Clock clock;
    private final org.diktyo.network.Membership membership;

    RequestAdoptions(AdoptionStore adoptions, VersionStore versions, Jobs jobs, RecordAdoption record,
            Addressees addressees, PersonalLinks links, Outbox outbox, MessageSource messages, BaseUrl baseUrl,
            ViewerResolver viewers, Clock clock, org.diktyo.network.Membership membership) {
        this.membership = membership;
        this.adoptions = adoptions;
        this.versions = versions;
        this.jobs = jobs;
        this.record = record;
        this.addressees = addressees;
        this.links = links;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** Who was asked, and the members that could not be asked for want of an email address. */
    public record Requested(List<String> requested, List<String> withoutAddress) {
    }

    /**
     * Requests the adoption of version {@code number} from each member without one; with a
     * {@code deadline} (after today), reminders go out 14 and 3 days before it, each once.
     */
    @Transactional
    public Requested request(int number, LocalDate deadline) {
        if (!viewers.current().secretariat()) {
            throw viewers.current().signedIn() ? Problem.forbidden() : Problem.unauthorized();
        }
        if (deadline != null) {
            PlausibleDates.require("deadline", deadline);
            if (!deadline.isAfter(LocalDate.now(clock.withZone(PlanVersions.ATHENS)))) {
                throw Problem.invalid(List.of(new Problem.FieldProblem("deadline", "memorandum.adoption.deadline.past")));
            }
        }
        MemorandumVersion version = record.versionToAdopt(number);
        List<String> asked = new ArrayList<>();
        List<String> withoutAddress = new ArrayList<>();
        for (Addressees.Addressee member : addressees.find(MembershipStatus.MEMBER, null)) {
            Adoption a = adoptions.find(number, member.municipalityId()).orElse(null);
            if (a != null && (a.state() == AdoptionState.SIGNED || !a.state().editable())) {
                continue;
            }
            if (email(member.mayor()) == null && email(member.focalPoint()) == null) {
                withoutAddress.add(member.municipalityId());
                continue;
            }
            if (a == null) {
                adoptions.insert(Adoption.pending(number, member.municipalityId(), Instant.now(clock)));
            }
            String token = links.reissue(PURPOSE, subject(number, member.municipalityId()));
            outbox.queue(mail(version, member, token, "memorandum.adoption.mail.", deadline));
            asked.add(member.municipalityId());
        }
        if (asked.isEmpty()) {
            throw new Problem(HttpStatus.CONFLICT, "memorandum.adoption.nobodyToAsk");
        }
        if (deadline != null) {
            versions.readoptionDeadline(number, deadline);
            if (version.state() == VersionState.IN_FORCE) {
                membership.memorandumInForce(number, version.inForceFrom(), deadline);
            }
            for (int days : REMINDER_DAYS) {
                Instant due = deadline.minusDays(days).atTime(9, 0).atZone(PlanVersions.ATHENS).toInstant();
                jobs.schedule(REMINDER + ":" + number + ":" + deadline + ":" + days, REMINDER, String.valueOf(number),
                        due.isBefore(clock.instant()) ? clock.instant() : due);
            }
        }
        return new Requested(asked, withoutAddress);
    }

    /**
     * The reminder job {@code REMINDER:<version>:<deadline>:<days>}: a mail, with a new personal
     * link beside the first, to each member still without a signed adoption; none if the deadline
     * has changed since (a later request scheduled its own). Returns the number of mails queued.
     */
    @Transactional
    public int remind(Job job) {
        String[] id = job.id().split(":");
        int number = Integer.parseInt(id[1]);
        MemorandumVersion version = versions.get(number);
        if (version.readoptionDeadline() == null || !version.readoptionDeadline().toString().equals(id[2])) {
            return 0;
        }
        int queued = 0;
        for (Addressees.Addressee member : addressees.find(MembershipStatus.MEMBER, null)) {
            Adoption a = adoptions.find(number, member.municipalityId()).orElse(null);
            boolean waiting = a != null && (a.state() == AdoptionState.PENDING || a.state() == AdoptionState.DECISION_RECORDED
                    || a.state() == AdoptionState.REJECTED_EVIDENCE);
            if (!waiting || (email(member.mayor()) == null && email(member.focalPoint()) == null)) {
                continue;
            }
            String token = links.issue(PURPOSE, subject(number, member.municipalityId()));
            outbox.queue(mail(version, member, token, "memorandum.adoption.reminder.", version.readoptionDeadline()));
            queued++;
        }
        return queued;
    }

    private static String email(Addressees.Official official) {
        return official == null || official.email() == null || official.email().isBlank() ? null : official.email();
    }

    /** The subject of an adoption link: {@code 2/athens}. */
    static String subject(int number, String municipalityId) {
        return number + "/" + municipalityId;
    }

    private OutgoingMail mail(MemorandumVersion v, Addressees.Addressee member, String token, String key,
            LocalDate deadline) {
        String link = baseUrl.get() + "/memorandum/adopt/" + token;
        String to = email(member.mayor()) != null ? email(member.mayor()) : email(member.focalPoint());
        List<String> cc = new ArrayList<>();
        if (email(member.focalPoint()) != null && !to.equals(email(member.focalPoint()))) {
            cc.add(email(member.focalPoint()));
        }
        Object[] el = {member.officialNameEl(), v.label().el(), v.number(), link,
            deadline == null ? "" : DatePhrases.afterPreposition(deadline, GREEK)};
        Object[] en = {member.officialNameEn(), v.label().in(Locale.ENGLISH), v.number(), link,
            deadline == null ? "" : DatePhrases.afterPreposition(deadline, Locale.ENGLISH)};
        String by = deadline == null ? "" : ".deadline";
        String subject = messages.getMessage(key + "subject", el, GREEK) + " / "
                + messages.getMessage(key + "subject", en, Locale.ENGLISH);
        String text = messages.getMessage(key + "text", el, GREEK)
                + messages.getMessage("memorandum.adoption.mail.closing" + by, el, GREEK) + "\n\n---\n\n"
                + messages.getMessage(key + "text", en, Locale.ENGLISH)
                + messages.getMessage("memorandum.adoption.mail.closing" + by, en, Locale.ENGLISH);
        String escaped = HtmlUtils.htmlEscape(link);
        String html = "<p>" + HtmlUtils.htmlEscape(text).replace("\n\n", "</p><p>").replace("\n", "<br>")
                .replace(escaped, "<a href=\"" + escaped + "\">" + escaped + "</a>") + "</p>";
        return new OutgoingMail(to, cc, subject, text, html, List.of(), PURPOSE,
                subject(v.number(), member.municipalityId()));
    }
}
