package org.diktyo.invitations.campaigns;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.diktyo.invitations.Campaign;
import org.diktyo.invitations.CampaignAccess;
import org.diktyo.invitations.CampaignStore;
import org.diktyo.invitations.letters.NetworkLetter;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.meetings.MeetingStatus;
import org.diktyo.network.Addressees;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and edits campaigns (while they are drafts) and answers what a campaign holds. */
@Service
public class PlanCampaigns {

    static final Locale GREEK = Locale.forLanguageTag("el");

    private final CampaignStore store;
    private final MeetingFacts meetings;
    private final Addressees addressees;
    private final CampaignAccess access;
    private final CampaignRules rules;
    private final NetworkLetter letters;

    PlanCampaigns(CampaignStore store, MeetingFacts meetings, Addressees addressees, CampaignAccess access,
            CampaignRules rules, NetworkLetter letters) {
        this.store = store;
        this.meetings = meetings;
        this.addressees = addressees;
        this.access = access;
        this.rules = rules;
        this.letters = letters;
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
                letters.paragraphs(meeting, parts, GREEK), letters.paragraphs(meeting, parts, Locale.ENGLISH), "7,2");
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
        Campaign c = rules.campaign(meeting, form, UUID.randomUUID().toString(), Campaign.Status.DRAFT, actor);
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
        Campaign c = rules.campaign(meeting(old.meetingId()), form, old.id(), old.status(), old.createdBy());
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
}
