package org.diktyo.invitations;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.diktyo.meetings.MeetingFacts;
import org.diktyo.network.Addressees;
import org.diktyo.platform.Problem;
import org.springframework.stereotype.Component;

/** Builds the {@link ReplyView} of an invitation from the database. */
@Component
public class ReplyViews {

    private final CampaignStore campaigns;
    private final StoredAnswers replies;
    private final MeetingFacts meetings;
    private final Addressees addressees;
    private final Clock clock;
    /** A campaign no longer changes once it is sent: the reply path reads it from here. */
    private final Map<String, Campaign> sent = new ConcurrentHashMap<>();

    ReplyViews(CampaignStore campaigns, StoredAnswers replies, MeetingFacts meetings, Addressees addressees, Clock clock) {
        this.campaigns = campaigns;
        this.replies = replies;
        this.meetings = meetings;
        this.addressees = addressees;
        this.clock = clock;
    }

    public Campaign campaign(String id) {
        Campaign known = sent.get(id);
        if (known != null) {
            return known;
        }
        Campaign c = campaigns.find(id).orElseThrow(Problem::notFound);
        if (!c.draft()) {
            sent.put(id, c);
        }
        return c;
    }

    /** What the reply path reads of a meeting and a municipality, kept for a few seconds: every answer shows it. */
    private record Cached<T>(T value, long until) {
    }

    private final Map<String, Cached<MeetingSnapshot>> meetingFacts = new ConcurrentHashMap<>();
    private final Map<String, Cached<Addressees.Addressee>> towns = new ConcurrentHashMap<>();
    public static final long FRESH_MILLIS = 3000;

    /** A meeting as an invitation's view shows it. */
    private record MeetingSnapshot(MeetingFacts.MeetingInfo meeting, List<MeetingFacts.PartInfo> parts,
            MeetingFacts.PublishedAgenda agenda, List<MeetingFacts.DocumentInfo> documents) {
    }

    private MeetingSnapshot meetingFacts(String meetingId, boolean cached) {
        long now = clock.millis();
        Cached<MeetingSnapshot> known = meetingFacts.get(meetingId);
        if (cached && known != null && known.until() > now) {
            return known.value();
        }
        MeetingSnapshot facts = new MeetingSnapshot(meetings.meeting(meetingId).orElseThrow(Problem::notFound),
                meetings.parts(meetingId), meetings.publishedAgenda(meetingId).orElse(null), meetings.documents(meetingId));
        meetingFacts.put(meetingId, new Cached<>(facts, now + FRESH_MILLIS));
        return facts;
    }

    private Addressees.Addressee town(String id, boolean cached) {
        long now = clock.millis();
        Cached<Addressees.Addressee> known = towns.get(id);
        if (cached && known != null && known.until() > now) {
            return known.value();
        }
        Addressees.Addressee a = addressees.one(id).orElseThrow();
        towns.put(id, new Cached<>(a, now + FRESH_MILLIS));
        return a;
    }

    /** The view as it is now. */
    public ReplyView view(InvitationRow inv) {
        return view(inv, false);
    }

    /** The view on the reply path: the meeting and the municipality as read at most a few seconds ago. */
    public ReplyView recent(InvitationRow inv) {
        return view(inv, true);
    }

    /**
     * The view of an answer just written, from its own rows (no reads but the waitlist
     * position of a part it waits for); the meeting and municipality as read a few seconds ago.
     */
    public ReplyView written(InvitationRow inv, Map<String, StoredAnswers.PartRow> rows, List<DelegateRow> delegates) {
        return build(inv, true, rows, delegates);
    }

    private ReplyView view(InvitationRow inv, boolean cached) {
        return build(inv, cached, replies.parts(inv.id()), replies.delegates(inv.id()));
    }

    private ReplyView build(InvitationRow inv, boolean cached, Map<String, StoredAnswers.PartRow> rows,
            List<DelegateRow> delegates) {
        Campaign c = campaign(inv.campaignId());
        MeetingSnapshot facts = meetingFacts(c.meetingId(), cached);
        MeetingFacts.MeetingInfo meeting = facts.meeting();
        List<ReplyView.PartAnswer> parts = new ArrayList<>();
        for (MeetingFacts.PartInfo p : facts.parts()) {
            if (!c.partIds().contains(p.id())) {
                continue;
            }
            StoredAnswers.PartRow r = rows.get(p.id());
            if (r == null) {
                parts.add(new ReplyView.PartAnswer(p, null, 0, 0, null));
            } else {
                Integer position = r.waiting() && r.waitlistSeq() != null ? replies.waitPosition(p.id(), r.waitlistSeq()) : null;
                parts.add(new ReplyView.PartAnswer(p, r.attending(), r.wanted(), r.seated(), position));
            }
        }
        return new ReplyView(inv, c, meeting, town(inv.municipalityId(), cached), parts, delegates,
                facts.agenda(), facts.documents(),
                Instant.now(clock).isBefore(c.rsvpDeadline()));
    }
}
