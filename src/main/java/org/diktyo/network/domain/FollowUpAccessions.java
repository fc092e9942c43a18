package org.diktyo.network.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.diktyo.jobs.Job;
import org.diktyo.jobs.Jobs;
import org.diktyo.mail.OutgoingMail;
import org.diktyo.mail.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily follow-up of accession, through the shared jobs (each job runs once across
 * instances, its mails committed with its claim): {@code ACCESSION_DIGEST:<owner>:<date>} at
 * 07:00 Europe/Athens mails each owner the next actions and follow-ups due or overdue and the
 * cases without an entry for {@code diktyo.network.stale-after} (30 days), nothing if there is
 * nothing to say; {@code ACCESSION_DAILY:<date>} derives every status again (an override's end)
 * and deletes requests to join never confirmed.
 */
@Service
public class FollowUpAccessions {

    public static final String DIGEST = "ACCESSION_DIGEST";
    public static final String DAILY = "ACCESSION_DAILY";
    /** The purpose of the digest's mail in the outbox. */
    public static final String MAIL_PURPOSE = "accession-digest";
    static final Locale GREEK = Locale.forLanguageTag("el");

    private final Jobs jobs;
    private final AccessionStore cases;
    private final AccessionTimeline timeline;
    private final Municipalities municipalities;
    private final DeriveMembership derive;
    private final JoinTheNetwork joins;
    private final Outbox outbox;
    private final MessageSource messages;
    private final Duration staleAfter;
    private final Clock clock;

    FollowUpAccessions(Jobs jobs, AccessionStore cases, AccessionTimeline timeline, Municipalities municipalities,
            DeriveMembership derive, JoinTheNetwork joins, Outbox outbox, MessageSource messages,
            @Value("${diktyo.network.stale-after:30d}") Duration staleAfter, Clock clock) {
        this.jobs = jobs;
        this.cases = cases;
        this.timeline = timeline;
        this.municipalities = municipalities;
        this.derive = derive;
        this.joins = joins;
        this.outbox = outbox;
        this.messages = messages;
        this.staleAfter = staleAfter;
        this.clock = clock;
    }

    /** Schedules today's jobs (once each, whichever instance asks first); due at 07:00 in Athens, or now if later. */
    @Transactional
    public void schedule() {
        LocalDate today = derive.today();
        Instant seven = today.atTime(7, 0).atZone(DeriveMembership.ATHENS).toInstant();
        Instant due = seven.isBefore(clock.instant()) ? clock.instant() : seven;
        jobs.schedule(DAILY + ":" + today, DAILY, "accession", due);
        cases.openCases().stream().map(AccessionCase::ownerEmail).filter(o -> o != null).distinct()
                .forEach(owner -> jobs.schedule(DIGEST + ":" + owner + ":" + today, DIGEST, owner, due));
    }

    /** The job {@code ACCESSION_DIGEST:<owner>:<date>}: one mail to the owner, or none. Returns the lines mailed. */
    @Transactional
    public int digest(Job job) {
        String owner = job.subject();
        LocalDate today = derive.today();
        LocalDate staleBefore = today.minusDays(staleAfter.toDays());
        DateTimeFormatter el = DateTimeFormatter.ofPattern("d MMMM yyyy", GREEK);
        DateTimeFormatter en = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
        List<String> greek = new ArrayList<>();
        List<String> english = new ArrayList<>();
        Map<String, Municipality> names = new TreeMap<>();
        for (AccessionCase c : cases.openCases()) {
            if (!owner.equals(c.ownerEmail())) {
                continue;
            }
            Municipality m = names.computeIfAbsent(c.municipalityId(), id -> municipalities.findById(id).orElseThrow());
            if (c.nextActionOn() != null && !c.nextActionOn().isAfter(today)) {
                String key = c.nextActionOn().isBefore(today) ? "network.accession.digest.overdue" : "network.accession.digest.due";
                greek.add(line(key, GREEK, m.officialNameEl(), c.nextAction(), c.nextActionOn().format(el)));
                english.add(line(key, Locale.ENGLISH, m.officialNameEn(), c.nextAction(), c.nextActionOn().format(en)));
            }
            if (c.lastActivityOn().isBefore(staleBefore)) {
                greek.add(line("network.accession.digest.stale", GREEK, m.officialNameEl(), c.lastActivityOn().format(el)));
                english.add(line("network.accession.digest.stale", Locale.ENGLISH, m.officialNameEn(),
                        c.lastActivityOn().format(en)));
            }
        }
        for (AccessionActivity a : timeline.due(owner, today)) {
            AccessionCase c = cases.find(a.caseId()).orElseThrow();
            Municipality m = names.computeIfAbsent(c.municipalityId(), id -> municipalities.findById(id).orElseThrow());
            String key = a.dueOn().isBefore(today) ? "network.accession.digest.overdue" : "network.accession.digest.due";
            greek.add(line(key, GREEK, m.officialNameEl(), a.text(), a.dueOn().format(el)));
            english.add(line(key, Locale.ENGLISH, m.officialNameEn(), a.text(), a.dueOn().format(en)));
        }
        if (greek.isEmpty()) {
            return 0;
        }
        Object[] el2 = {today.format(el)};
        Object[] en2 = {today.format(en)};
        String subject = messages.getMessage("network.accession.digest.subject", el2, GREEK) + " / "
                + messages.getMessage("network.accession.digest.subject", en2, Locale.ENGLISH);
        String text = messages.getMessage("network.accession.digest.intro", el2, GREEK) + "\n\n" + String.join("\n", greek)
                + "\n\n---\n\n" + messages.getMessage("network.accession.digest.intro", en2, Locale.ENGLISH) + "\n\n"
                + String.join("\n", english);
        String html = "<p>" + org.springframework.web.util.HtmlUtils.htmlEscape(text).replace("\n\n", "</p><p>")
                .replace("\n", "<br>") + "</p>";
        outbox.queue(new OutgoingMail(owner, List.of(), subject, text, html, List.of(), MAIL_PURPOSE, job.id()));
        return greek.size();
    }

    /** The job {@code ACCESSION_DAILY:<date>}: statuses derived again, unconfirmed requests deleted. */
    @Transactional
    public String daily(Job job) {
        int changed = derive.all("daily");
        int deleted = joins.cleanUp();
        return changed + " changed, " + deleted + " requests deleted";
    }

    private String line(String key, Locale locale, Object... args) {
        return "- " + messages.getMessage(key, args, locale);
    }
}
