package org.diktyo.invitations.campaigns;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diktyo.invitations.Campaign;
import org.diktyo.invitations.CampaignStore;
import org.diktyo.invitations.letters.NetworkLetter;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.network.Addressees;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Problem.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * What a campaign must be: an audience that reaches someone, a quota of 1 to 10, parts and
 * documents of its meeting (together small enough for one mail), a deadline after today and
 * before the meeting, a letter in both languages (the network's where none is given), up to
 * five reminders 1 to 60 days before.
 */
@Component
class CampaignRules {

    static final int MAX_QUOTA = 10;

    private final MeetingFacts meetings;
    private final Addressees addressees;
    private final NetworkLetter letters;
    private final InvitationAttachments attachments;
    private final Clock clock;

    CampaignRules(MeetingFacts meetings, Addressees addressees, NetworkLetter letters, InvitationAttachments attachments,
            Clock clock) {
        this.attachments = attachments;
        this.meetings = meetings;
        this.addressees = addressees;
        this.letters = letters;
        this.clock = clock;
    }

    /** The campaign the form describes; refuses (400) a form with any field wrong, naming each. */
    Campaign campaign(MeetingFacts.MeetingInfo meeting, CampaignForm f, String id, Campaign.Status status,
            String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        Campaign.Audience audience = null;
        try {
            audience = f.audience() == null ? null : Campaign.Audience.valueOf(f.audience());
        } catch (IllegalArgumentException e) {
            audience = null;
        }
        if (audience == null) {
            problems.add(new FieldProblem("audience", "invitations.campaign.audience.required"));
        }
        String region = f.region() == null || f.region().isBlank() ? null : f.region().trim();
        if (audience == Campaign.Audience.REGION && (region == null || addressees.find(null, region).isEmpty())) {
            problems.add(new FieldProblem("region", "invitations.campaign.region.required"));
        }
        Set<String> picks = new LinkedHashSet<>();
        for (String m : f.municipalities()) {
            if (m != null && !m.isBlank()) {
                picks.add(m.trim());
            }
        }
        if (audience == Campaign.Audience.HAND_PICKED
                && (picks.isEmpty() || picks.stream().anyMatch(m -> addressees.one(m).isEmpty()))) {
            problems.add(new FieldProblem("municipalities", "invitations.campaign.municipalities.required"));
        }
        if (f.quota() == null || f.quota() < 1 || f.quota() > MAX_QUOTA) {
            problems.add(new FieldProblem("quota", "invitations.campaign.quota.invalid"));
        }
        List<MeetingFacts.PartInfo> parts = meetings.parts(meeting.id());
        Set<String> partIds = new LinkedHashSet<>(f.parts());
        if (partIds.isEmpty() || !parts.stream().map(MeetingFacts.PartInfo::id).toList().containsAll(partIds)) {
            problems.add(new FieldProblem("parts", "invitations.campaign.parts.required"));
        }
        Set<String> documentIds = new LinkedHashSet<>(f.documents());
        if (!meetings.documents(meeting.id()).stream().map(MeetingFacts.DocumentInfo::id).toList().containsAll(documentIds)) {
            problems.add(new FieldProblem("documents", "invitations.campaign.documents.unknown"));
        } else if (!attachments.documentsFit(meeting.id(), documentIds)) {
            problems.add(new FieldProblem("documents", "invitations.campaign.documents.tooLarge"));
        }
        Instant deadline = null;
        if (f.deadline() == null) {
            problems.add(new FieldProblem("deadline", "invitations.campaign.deadline.required"));
        } else if (!org.diktyo.platform.PlausibleDates.within(f.deadline())) {
            problems.add(new FieldProblem("deadline", org.diktyo.platform.PlausibleDates.KEY));
        } else {
            deadline = f.deadline().atTime(LocalTime.of(23, 59, 59)).atZone(meeting.zone()).toInstant();
            Instant firstStart = parts.stream().map(MeetingFacts.PartInfo::startsAt).min(Instant::compareTo).orElse(null);
            if (!deadline.isAfter(Instant.now(clock))) {
                problems.add(new FieldProblem("deadline", "invitations.campaign.deadline.past"));
            } else if (firstStart != null && !f.deadline().isBefore(firstStart.atZone(meeting.zone()).toLocalDate())) {
                problems.add(new FieldProblem("deadline", "invitations.campaign.deadline.afterMeeting"));
            }
        }
        // a letter not given at all (the API) is the network's, as the page pre-fills it; one given empty is refused
        String letterEl = f.letterEl() == null ? letters.paragraphs(meeting, parts, PlanCampaigns.GREEK)
                : f.letterEl().strip().replace("\r\n", "\n");
        String letterEn = f.letterEn() == null ? letters.paragraphs(meeting, parts, Locale.ENGLISH)
                : f.letterEn().strip().replace("\r\n", "\n");
        if (letterEl.isEmpty() || letterEl.length() > 20000) {
            problems.add(new FieldProblem("letterEl", "invitations.campaign.letter.required"));
        }
        if (letterEn.isEmpty() || letterEn.length() > 20000) {
            problems.add(new FieldProblem("letterEn", "invitations.campaign.letter.required"));
        }
        List<Integer> reminders = new ArrayList<>();
        try {
            reminders = CampaignStore.days(f.reminderDays() == null ? "" : f.reminderDays().replace(" ", ""));
            if (reminders.size() > 5 || reminders.stream().anyMatch(d -> d < 1 || d > 60)) {
                throw new NumberFormatException();
            }
            reminders = reminders.stream().distinct().sorted(java.util.Comparator.reverseOrder()).toList();
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("reminderDays", "invitations.campaign.reminders.invalid"));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new Campaign(id, meeting.id(), audience, audience == Campaign.Audience.REGION ? region : null, f.quota(),
                deadline, letterEl, letterEn, reminders, status, 0, Instant.now(clock), actor == null ? "-" : actor, null,
                List.copyOf(partIds), List.copyOf(documentIds),
                audience == Campaign.Audience.HAND_PICKED ? List.copyOf(picks) : List.of());
    }
}
