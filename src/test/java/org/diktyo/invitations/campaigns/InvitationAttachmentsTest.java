package org.diktyo.invitations.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.diktyo.DatabaseTest;
import org.diktyo.accounts.SecretTokens;
import org.diktyo.documents.Pdfs;
import org.diktyo.invitations.Campaign;
import org.diktyo.invitations.CampaignStore;
import org.diktyo.invitations.InvitationRow;
import org.diktyo.invitations.InvitationStore;
import org.diktyo.invitations.letters.LetterText;
import org.diktyo.mail.OutgoingMail.Attachment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an invitation's mail carries, on the demo campaign: the English letter as well for an
 * invitation in English; the campaign's words as the letter's; and an invitation whose letter
 * can no longer be made when it is to be sent is not sent but marked {@code NO_LETTER}.
 */
@DatabaseTest
class InvitationAttachmentsTest {

    @Autowired
    InvitationAttachments attachments;

    @Autowired
    CampaignStore campaigns;

    @Autowired
    InvitationStore invitations;

    @Autowired
    InvitationSender sender;

    @Autowired
    JdbcTemplate jdbc;

    Campaign demo() {
        return campaigns.find(jdbc.queryForObject("select id from invitation_campaign where created_by = 'demo'",
                String.class)).orElseThrow();
    }

    InvitationRow athens(Campaign c) {
        return invitations.find(jdbc.queryForObject("select id from invitation where campaign_id = ? and municipality_id = 'athens'",
                String.class, c.id())).orElseThrow();
    }

    @Test
    void anInvitationInGreekCarriesTheGreekLetterOneInEnglishBothLetters() {
        Campaign c = demo();
        InvitationRow greek = athens(c);
        String token = SecretTokens.generate();
        List<String> names = attachments.invitation(c, greek, token).stream().map(Attachment::filename).toList();
        assertThat(names).containsExactly("Μνημόνιο συνεργασίας.pdf", "Επιστολή πρόσκλησης.pdf", "Πρόσκληση.ics");

        InvitationRow english = new InvitationRow(greek.id(), greek.campaignId(), greek.municipalityId(), greek.status(),
                greek.toEmail(), greek.ccEmail(), "en", greek.validUntil(), greek.sentAt(), null, null, null, null, null);
        List<Attachment> files = attachments.invitation(c, english, token);
        assertThat(files.stream().map(Attachment::filename).toList()).containsExactly("Μνημόνιο συνεργασίας.pdf",
                "Επιστολή πρόσκλησης.pdf", "Letter of invitation.pdf", "Invitation.ics");
        String en = Pdfs.text(files.get(2).content());
        assertThat(en).contains("Χάρης Δούκας", "/r/" + token, "Dear Mr Mayor");
        assertThat(new String(files.get(3).content(), java.nio.charset.StandardCharsets.UTF_8)).contains("LANGUAGE=en");
        assertThat(attachments.confirmation(c, greek)).as("no answer yet, no calendar of it").isEmpty();
    }

    @Test
    void theCampaignsWordsAreTheLettersAndTheNetworksSupportersLineStaysLast() {
        Campaign c = demo();
        LetterText text = InvitationAttachments.text(c, Locale.forLanguageTag("el"));
        LetterText network = LetterText.networkDefault(Locale.forLanguageTag("el"));
        assertThat(text.heading()).isEqualTo(network.heading());
        assertThat(text.supporters()).isEqualTo(network.supporters());
        assertThat(String.join("\n\n", text.paragraphs()) + "\n\n" + text.supporters()).isEqualTo(c.letterEl());
        Campaign own = new Campaign(c.id(), c.meetingId(), c.audience(), c.regionId(), c.quota(), c.rsvpDeadline(),
                "Πρώτη.\n\nΔεύτερη\nπαράγραφος.", "First.", c.reminderDays(), c.status(), 0, c.createdAt(), c.createdBy(),
                c.sendStartedAt(), c.partIds(), c.documentIds(), c.picks());
        assertThat(InvitationAttachments.text(own, Locale.forLanguageTag("el")).paragraphs())
                .containsExactly("Πρώτη.", "Δεύτερη παράγραφος.");
        assertThat(InvitationAttachments.text(own, Locale.forLanguageTag("el")).supporters()).isEmpty();
        assertThat(InvitationAttachments.text(own, Locale.ENGLISH).paragraphs()).containsExactly("First.");
    }

    @Test
    void anInvitationWhoseLetterCannotBeMadeAnyMoreIsNotSentButMarked() {
        Campaign c = demo();
        // a municipality of which only the focal point is known: a mail could go but no letter be addressed
        String mayorless = jdbc.queryForObject("select id from municipality where status <> 'MEMBER' order by id offset 74"
                + " rows fetch next 1 rows only", String.class);
        jdbc.update("delete from contact where municipality_id = ? and kind = 'MAYOR'", mayorless);
        String id = java.util.UUID.randomUUID().toString();
        invitations.insert(new InvitationRow(id, c.id(), mayorless, "PENDING", "focal@" + mayorless + ".test.example", null, "el",
                Instant.now().plus(30, ChronoUnit.DAYS), null, null, null, null, null, null));
        int mails = jdbc.queryForObject("select count(*) from mail_outbox where reference = ?", Integer.class, id);
        sender.sendSome(c.id());
        assertThat(invitations.find(id).orElseThrow().status()).isEqualTo("NO_LETTER");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where reference = ?", Integer.class, id))
                .isEqualTo(mails).isZero();
        assertThat(jdbc.queryForObject("select count(*) from personal_link where subject_id = ?", Integer.class, id))
                .isZero();
        int[] progress = invitations.progress(c.id());
        assertThat(progress[1]).as("nothing left pending").isZero();
    }
}
