package org.diktyo.invitations.campaigns;

import java.util.List;

import org.diktyo.invitations.Campaign;
import org.diktyo.invitations.CampaignStore;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.meetings.MeetingStatus;
import org.diktyo.network.Addressees;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's campaign: the upcoming working meeting, to a handful of member municipalities
 * (those with addresses get a mail with the letter; Heraklion, without one, shows as such),
 * sent at start so that the invitations wait at {@code /demo/mail} and their links can be
 * followed. A municipality whose mayor is not known (so no letter) would be left out; the
 * demo knows every member's mayor. Created once.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "diktyo.demo.enabled", havingValue = "true")
class DemoCampaign implements ApplicationRunner {

    static final List<String> TOWNS = List.of("athens", "thessaloniki", "ioannina", "heraklion");

    private final CampaignStore campaigns;
    private final PlanCampaigns plan;
    private final SendCampaign send;
    private final MeetingFacts meetings;
    private final Addressees addressees;

    DemoCampaign(CampaignStore campaigns, PlanCampaigns plan, SendCampaign send, MeetingFacts meetings,
            Addressees addressees) {
        this.campaigns = campaigns;
        this.plan = plan;
        this.send = send;
        this.meetings = meetings;
        this.addressees = addressees;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!campaigns.all().isEmpty()) {
            return;
        }
        meetings.upcoming().stream().filter(m -> m.status() == MeetingStatus.ANNOUNCED).findFirst().ifPresent(m -> {
            CampaignForm proposal = plan.proposalFor(m.id());
            // a municipality with an address but no mayor known by name would get no letter: sending refuses it
            List<String> towns = TOWNS.stream().filter(t -> addressees.one(t)
                    .filter(a -> SendCampaign.recipient(a).to() == null || InvitationAttachments.letterPossible(a))
                    .isPresent()).toList();
            CampaignForm form = new CampaignForm(Campaign.Audience.HAND_PICKED.name(), null, towns, 2, proposal.deadline(),
                    proposal.parts(), proposal.documents(), proposal.letterEl(), proposal.letterEn(), "7,2");
            Campaign c = plan.create(m.id(), form, "demo");
            send.start(c.id());
        });
    }
}
