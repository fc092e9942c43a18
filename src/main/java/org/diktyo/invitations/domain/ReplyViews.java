package org.diktyo.invitations.domain;

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
class ReplyViews {

    private final CampaignStore campaigns;
    private final ReplyStore replies;
    private final MeetingFacts meetings;
    private final Addressees addressees;
    private final Clock clock;
    /** A campaign no longer changes once it is sent: the reply path reads it from here. */
    private final Map<String, Campaign> sent = new ConcurrentHashMap<>();

    ReplyViews(CampaignStore campaigns, ReplyStore replies, MeetingFacts meetings, Addressees addressees, Clock clock) {
        this.campaigns = campaigns;
        this.replies = replies;
        this.meetings = meetings;
        this.addressees = addressees;
        this.clock = clock;
    }

    Campaign campaign(String id) {
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

    ReplyView view(InvitationRow inv) {
        Campaign c = campaign(inv.campaignId());
        MeetingFacts.MeetingInfo meeting = meetings.meeting(c.meetingId()).orElseThrow(Problem::notFound);
        Map<String, ReplyStore.PartRow> rows = replies.parts(inv.id());
        List<ReplyView.PartAnswer> parts = new ArrayList<>();
        for (MeetingFacts.PartInfo p : meetings.parts(c.meetingId())) {
            if (!c.partIds().contains(p.id())) {
                continue;
            }
            ReplyStore.PartRow r = rows.get(p.id());
            if (r == null) {
                parts.add(new ReplyView.PartAnswer(p, null, 0, 0, null));
            } else {
                Integer position = r.waiting() && r.waitlistSeq() != null ? replies.waitPosition(p.id(), r.waitlistSeq()) : null;
                parts.add(new ReplyView.PartAnswer(p, r.attending(), r.wanted(), r.seated(), position));
            }
        }
        return new ReplyView(inv, c, meeting, addressees.one(inv.municipalityId()).orElseThrow(), parts,
                replies.delegates(inv.id()), meetings.publishedAgenda(c.meetingId()).orElse(null),
                meetings.documents(c.meetingId()), Instant.now(clock).isBefore(c.rsvpDeadline()));
    }
}
