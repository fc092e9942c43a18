package org.diktyo.invitations.campaigns;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.diktyo.invitations.Campaign;
import org.diktyo.invitations.CampaignAccess;
import org.diktyo.invitations.CampaignStore;
import org.diktyo.invitations.InvitationMails;
import org.diktyo.invitations.InvitationRow;
import org.diktyo.invitations.InvitationStatus;
import org.diktyo.invitations.InvitationStore;
import org.diktyo.invitations.letters.MissingParts;
import org.diktyo.invitations.replies.Seats;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.network.Addressees;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts sending a campaign: one invitation per municipality of its audience, addressed to
 * the mayor (the focal point in copy; the focal point alone where no mayor's email is
 * known), the seats of capacity-limited parts, the reminders. The mails themselves are
 * written and queued in the background by {@link InvitationSender}, whose progress the
 * secretariat watches.
 */
@Service
public class SendCampaign {

    private final CampaignStore campaigns;
    private final InvitationStore invitations;
    private final PlanCampaigns plan;
    private final MeetingFacts meetings;
    private final Seats seats;
    private final CampaignJobs jobs;
    private final CampaignAccess access;
    private final InvitationMails mails;
    private final InvitationAttachments attachments;
    private final Clock clock;

    SendCampaign(CampaignStore campaigns, InvitationStore invitations, PlanCampaigns plan, MeetingFacts meetings,
            Seats seats, CampaignJobs jobs, CampaignAccess access, InvitationMails mails, InvitationAttachments attachments,
            Clock clock) {
        this.mails = mails;
        this.attachments = attachments;
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.plan = plan;
        this.meetings = meetings;
        this.seats = seats;
        this.jobs = jobs;
        this.access = access;
        this.clock = clock;
    }

    /** Who a campaign would reach, and at which address. */
    public record Recipient(Addressees.Addressee municipality, String to, String cc) {
    }

    @Transactional(readOnly = true)
    public List<Recipient> recipients(Campaign c) {
        return plan.audience(c).stream().map(SendCampaign::recipient).toList();
    }

    static Recipient recipient(Addressees.Addressee a) {
        String mayor = a.mayor() == null ? null : blankToNull(a.mayor().email());
        String focal = a.focalPoint() == null ? null : blankToNull(a.focalPoint().email());
        String to = mayor != null ? mayor : focal;
        String cc = mayor != null && focal != null && !focal.equalsIgnoreCase(mayor) ? focal : null;
        return new Recipient(a, to, cc);
    }

    /**
     * What sending would do: the recipients and the first one's mail (with its letter and
     * calendar file), and the recipients with an address but no letter (no mayor known by
     * name): while there are any, sending is refused. {@code letterProblem}: why no letter of
     * the campaign can be made (an unknown placeholder, no host, ...), with no sample then;
     * sending is refused with it too. {@code missingParts}: where the campaign's words name a
     * part the meeting does not have (the reception of a meeting of one part); a warning, the
     * letters leave those sentences out.
     */
    public record Preview(Campaign campaign, MeetingFacts.MeetingInfo meeting, List<Recipient> recipients,
            org.diktyo.mail.OutgoingMail sample, List<Recipient> withoutLetter, Problem letterProblem,
            List<MissingPart> missingParts) {

        /** Whether sending would be refused: some letter cannot be made. */
        public boolean refused() {
            return letterProblem != null || !withoutLetter.isEmpty();
        }
    }

    /** A sentence of the campaign's letter ({@code letterEl} or {@code letterEn}) that names a part the meeting lacks. */
    public record MissingPart(String field, MissingParts.Place place) {
    }

    static List<MissingPart> missingParts(Campaign c, int partCount) {
        List<MissingPart> found = new java.util.ArrayList<>();
        MissingParts.find(c.letterEl(), partCount).forEach(p -> found.add(new MissingPart("letterEl", p)));
        MissingParts.find(c.letterEn(), partCount).forEach(p -> found.add(new MissingPart("letterEn", p)));
        return found;
    }

    /** Recipients with an address whose letter cannot be addressed: no mayor known by name. */
    static List<Recipient> withoutLetter(List<Recipient> recipients) {
        return recipients.stream().filter(r -> r.to() != null && !InvitationAttachments.letterPossible(r.municipality()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Preview preview(String campaignId) {
        access.secretariat();
        Campaign c = campaigns.find(campaignId).orElseThrow(Problem::notFound);
        MeetingFacts.MeetingInfo meeting = meetings.meeting(c.meetingId()).orElseThrow(Problem::notFound);
        List<Recipient> recipients = recipients(c);
        Recipient first = recipients.stream().filter(r -> r.to() != null && InvitationAttachments.letterPossible(r.municipality()))
                .findFirst().orElse(null);
        org.diktyo.mail.OutgoingMail sample = null;
        Problem letterProblem = null;
        if (first != null) {
            InvitationRow row = new InvitationRow("preview", c.id(), first.municipality().municipalityId(), InvitationStatus.PENDING.name(),
                    first.to(), first.cc(), "el", null, null, null, null, null, null, null);
            var parts = meetings.parts(c.meetingId()).stream().filter(p -> c.partIds().contains(p.id())).toList();
            try {
                sample = mails.invitation(c, meeting, parts, first.municipality(), row, "PREVIEW",
                        attachments.invitation(c, row, "PREVIEW"));
            } catch (Problem problem) {
                // a letter no municipality can get: the preview says why instead of failing
                letterProblem = problem;
            }
        }
        return new Preview(c, meeting, recipients, sample, withoutLetter(recipients), letterProblem,
                missingParts(c, meetings.parts(c.meetingId()).size()));
    }

    /** Starts sending; a refusal names municipalities in {@code locale}, the language of whoever sends. */
    @Transactional
    public Campaign send(String campaignId, Locale locale) {
        access.secretariat();
        return start(campaignId, locale);
    }

    /** Sending without a signed-in secretariat (the demo data). */
    Campaign start(String campaignId) {
        return start(campaignId, InvitationMails.GREEK);
    }

    private Campaign start(String campaignId, Locale locale) {
        Campaign c = campaigns.find(campaignId).orElseThrow(Problem::notFound);
        if (!c.draft()) {
            throw new Problem(HttpStatus.CONFLICT, "invitations.campaign.alreadySent");
        }
        Instant now = Instant.now(clock);
        if (!c.open(now)) {
            throw new Problem(HttpStatus.CONFLICT, "invitations.campaign.deadline.past");
        }
        List<MeetingFacts.PartInfo> parts = meetings.parts(c.meetingId());
        // a part without an end is taken to last until the end of its day
        Instant validUntil = parts.stream().map(p -> p.endsAt() != null ? p.endsAt()
                        : p.startsAt().atZone(meetings.meeting(c.meetingId()).orElseThrow().zone()).toLocalDate().plusDays(1)
                                .atStartOfDay(meetings.meeting(c.meetingId()).orElseThrow().zone()).toInstant())
                .max(Instant::compareTo).orElse(c.rsvpDeadline().plus(Duration.ofDays(1)));
        List<Recipient> recipients = recipients(c);
        if (recipients.isEmpty()) {
            throw new Problem(HttpStatus.CONFLICT, "invitations.campaign.noAudience");
        }
        // every mail carries its letter: none is sent while a letter cannot be made (ADR 0011)
        List<Recipient> letterless = withoutLetter(recipients);
        if (!letterless.isEmpty()) {
            throw new Problem(HttpStatus.CONFLICT, "invitations.campaign.noLetter", letterless.size(),
                    String.join(", ", letterless.stream().map(r -> officialName(r.municipality(), locale)).toList()));
        }
        if (!attachments.documentsFit(c.meetingId(), c.documentIds())) {
            throw new Problem(HttpStatus.CONFLICT, "invitations.campaign.documents.tooLarge");
        }
        recipients.stream().filter(r -> r.to() != null).findFirst()
                .ifPresent(r -> attachments.check(c, r.municipality().municipalityId()));
        for (Recipient r : recipients) {
            invitations.insert(new InvitationRow(UUID.randomUUID().toString(), c.id(), r.municipality().municipalityId(),
                    (r.to() == null ? InvitationStatus.NO_ADDRESS : InvitationStatus.PENDING).name(), r.to(), r.cc(), "el", validUntil, null, null, null, null,
                    null, null));
        }
        for (MeetingFacts.PartInfo p : parts) {
            if (c.partIds().contains(p.id()) && p.capacity() != null) {
                seats.ensure(p.id(), p.capacity());
            }
        }
        for (int days : c.reminderDays()) {
            Instant due = c.rsvpDeadline().minus(Duration.ofDays(days));
            if (due.isAfter(now)) {
                jobs.scheduleReminder(c.id(), days, due);
            }
        }
        // an agenda published before sending is on the reply page; only later versions are announced by mail
        campaigns.agendaAnnounced(c.id(), meetings.meeting(c.meetingId()).map(MeetingFacts.MeetingInfo::agendaVersion).orElse(0));
        if (!campaigns.move(c.id(), Campaign.Status.DRAFT, Campaign.Status.SENDING, now)) {
            throw new Problem(HttpStatus.CONFLICT, "invitations.campaign.alreadySent");
        }
        return campaigns.find(c.id()).orElseThrow();
    }

    /** The municipality's official name in {@code locale}: English for English, Greek otherwise or where none is known. */
    static String officialName(Addressees.Addressee town, Locale locale) {
        return town.officialName().in(locale);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
