package org.diktyo.invitations.campaigns;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.diktyo.invitations.Campaign;
import org.diktyo.invitations.CampaignAccess;
import org.diktyo.invitations.CampaignStore;
import org.diktyo.invitations.Places;
import org.diktyo.language.Apposition;
import org.diktyo.language.DatePhrases;
import org.diktyo.language.TimePhrases;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.meetings.MeetingStatus;
import org.diktyo.network.Addressees;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Problem.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and edits campaigns (while they are drafts) and answers what a campaign holds. */
@Service
public class PlanCampaigns {

    static final Locale GREEK = Locale.forLanguageTag("el");
    static final int MAX_QUOTA = 10;

    private final CampaignStore store;
    private final MeetingFacts meetings;
    private final Addressees addressees;
    private final CampaignAccess access;
    private final MessageSource messages;
    private final Clock clock;

    PlanCampaigns(CampaignStore store, MeetingFacts meetings, Addressees addressees, CampaignAccess access,
            MessageSource messages, Clock clock) {
        this.store = store;
        this.meetings = meetings;
        this.addressees = addressees;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /** A new campaign's proposal: members, quota 2, all parts, all documents, the network's letter, reminders 7 and 2 days before. */
    @Transactional(readOnly = true)
    public CampaignForm proposal(String meetingId) {
        access.secretariat();
        return proposalFor(meetingId);
    }

    CampaignForm proposalFor(String meetingId) {
        MeetingFacts.MeetingInfo meeting = meeting(meetingId);
        List<MeetingFacts.PartInfo> parts = meetings.parts(meetingId);
        var deadline = parts.isEmpty() ? null
                : parts.get(0).startsAt().atZone(meeting.zone()).toLocalDate().minusDays(6);
        return new CampaignForm(Campaign.Audience.MEMBERS.name(), null, List.of(), 2, deadline,
                parts.stream().map(MeetingFacts.PartInfo::id).toList(),
                meetings.documents(meetingId).stream().map(MeetingFacts.DocumentInfo::id).toList(),
                defaultLetter(meeting, parts, GREEK), defaultLetter(meeting, parts, Locale.ENGLISH), "7,2");
    }

    /** The network's letter for this meeting, as editable paragraphs. */
    String defaultLetter(MeetingFacts.MeetingInfo meeting, List<MeetingFacts.PartInfo> parts, Locale locale) {
        List<String> paragraphs = new ArrayList<>();
        if (!parts.isEmpty()) {
            MeetingFacts.PartInfo first = parts.get(0);
            var zone = meeting.zone();
            String host = meeting.hostOfficial().in(locale);
            paragraphs.add(messages.getMessage("invitations.letter.opening", new Object[] {
                    host == null ? messages.getMessage("invitations.letter.theNetwork", null, locale) : Apposition.closed(host),
                    meeting.title().in(locale),
                    DatePhrases.on(first.startsAt().atZone(zone).toLocalDate(), locale),
                    Places.hours(first, zone),
                    Places.place(first, locale), Places.address(first, locale)}, locale));
            for (MeetingFacts.PartInfo later : parts.subList(1, parts.size())) {
                paragraphs.add(messages.getMessage("invitations.letter.laterPart", new Object[] {
                        TimePhrases.at(later.startsAt().atZone(zone).toLocalTime(), locale),
                        later.title().in(locale), Places.place(later, locale)}, locale));
            }
        }
        for (int i = 1; i <= 5; i++) {
            paragraphs.add(messages.getMessage("invitations.letter.network." + i, null, locale));
        }
        return String.join("\n\n", paragraphs);
    }

    @Transactional
    public Campaign create(String meetingId, CampaignForm form) {
        return create(meetingId, form, access.secretariat());
    }

    /** For the demo data: no signed-in secretariat. */
    Campaign create(String meetingId, CampaignForm form, String actor) {
        MeetingFacts.MeetingInfo meeting = meeting(meetingId);
        if (meeting.status() == MeetingStatus.CANCELLED || meeting.status() == MeetingStatus.HELD) {
            throw new Problem(HttpStatus.CONFLICT, "invitations.campaign.meetingClosed");
        }
        Campaign c = validate(meeting, form, UUID.randomUUID().toString(), Campaign.Status.DRAFT, actor);
        store.insert(c);
        return c;
    }

    @Transactional
    public Campaign edit(String campaignId, CampaignForm form) {
        access.secretariat();
        Campaign old = campaign(campaignId);
        if (!old.draft()) {
            throw new Problem(HttpStatus.CONFLICT, "invitations.campaign.notDraft");
        }
        Campaign c = validate(meeting(old.meetingId()), form, old.id(), old.status(), old.createdBy());
        store.update(c);
        return c;
    }

    @Transactional(readOnly = true)
    public Campaign campaign(String campaignId) {
        access.secretariat();
        return store.find(campaignId).orElseThrow(Problem::notFound);
    }

    @Transactional(readOnly = true)
    public List<Campaign> campaigns(String meetingId) {
        access.secretariat();
        meeting(meetingId);
        return store.forMeeting(meetingId);
    }

    @Transactional(readOnly = true)
    public List<Campaign> campaigns() {
        access.secretariat();
        return store.all();
    }

    MeetingFacts.MeetingInfo meeting(String meetingId) {
        return meetings.meeting(meetingId).orElseThrow(Problem::notFound);
    }

    /** The municipalities a campaign reaches, in Greek alphabetical order. */
    @Transactional(readOnly = true)
    public List<Addressees.Addressee> audience(Campaign c) {
        return switch (c.audience()) {
            case MEMBERS -> addressees.find(org.diktyo.network.MembershipStatus.MEMBER, null);
            case PROSPECTS -> addressees.find(org.diktyo.network.MembershipStatus.PROSPECT, null);
            case CANDIDATES -> addressees.find(org.diktyo.network.MembershipStatus.CANDIDATE, null);
            case REGION -> addressees.find(null, c.regionId());
            case HAND_PICKED -> c.picks().stream().map(addressees::one).flatMap(java.util.Optional::stream).toList();
        };
    }

    private Campaign validate(MeetingFacts.MeetingInfo meeting, CampaignForm f, String id, Campaign.Status status,
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
        String letterEl = f.letterEl() == null ? defaultLetter(meeting, parts, GREEK)
                : f.letterEl().strip().replace("\r\n", "\n");
        String letterEn = f.letterEn() == null ? defaultLetter(meeting, parts, Locale.ENGLISH)
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
