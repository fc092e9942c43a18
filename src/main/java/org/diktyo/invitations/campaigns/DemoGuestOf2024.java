package org.diktyo.invitations.campaigns;

import org.diktyo.language.Athens;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.diktyo.accounts.SecretTokens;
import org.diktyo.invitations.DelegateCheckedIn;
import org.diktyo.invitations.InvitationAnswered;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's guest of the working meeting of 17 June 2024: Xanthi, outside the network, was
 * invited (a campaign of that meeting, as it was then: answered on 5 June, its delegate present on
 * the day) and is now a candidate. Its answer and check-in are published as the reply and the
 * check-in publish them, so that they reach Xanthi's accession timeline the same way. Created
 * once, with the demo only, after the demo's meetings and accession cases.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "diktyo.demo.enabled", havingValue = "true")
class DemoGuestOf2024 implements ApplicationRunner {

    static final String GUEST = "xanthi";
    static final ZoneId ATHENS = Athens.ZONE;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    DemoGuestOf2024(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<String> parts = jdbc.queryForList("select p.id from meeting_part p where p.starts_at >= ? and p.starts_at < ?"
                + " order by p.position", String.class, ts(LocalDate.of(2024, 6, 17).atStartOfDay(ATHENS).toInstant()),
                ts(LocalDate.of(2024, 6, 18).atStartOfDay(ATHENS).toInstant()));
        if (parts.isEmpty() || jdbc.queryForObject("select count(*) from invitation_campaign where created_by = 'demo-2024'",
                Integer.class) > 0 || jdbc.queryForObject("select count(*) from municipality where id = ?", Integer.class,
                GUEST) == 0) {
            return;
        }
        String meeting = jdbc.queryForObject("select meeting_id from meeting_part where id = ?", String.class, parts.get(0));
        String campaign = UUID.randomUUID().toString();
        Instant deadline = LocalDate.of(2024, 6, 11).atTime(23, 59).atZone(ATHENS).toInstant();
        Instant answered = LocalDate.of(2024, 6, 5).atTime(11, 20).atZone(ATHENS).toInstant();
        Instant present = LocalDate.of(2024, 6, 17).atTime(17, 20).atZone(ATHENS).toInstant();
        jdbc.update("insert into invitation_campaign (id, meeting_id, audience, quota, rsvp_deadline, letter_el, letter_en,"
                + " reminder_days, status, agenda_announced, created_at, created_by, send_started_at, version)"
                + " values (?, ?, 'HAND_PICKED', 2, ?, '', '', '', 'SENT', 0, ?, 'demo-2024', ?, 0)", campaign, meeting,
                ts(deadline), ts(Instant.now()), ts(LocalDate.of(2024, 5, 20).atStartOfDay(ATHENS).toInstant()));
        jdbc.update("insert into campaign_pick (campaign_id, municipality_id) values (?, ?)", campaign, GUEST);
        String invitation = UUID.randomUUID().toString();
        jdbc.update("insert into invitation (id, campaign_id, municipality_id, status, language, valid_until, sent_at,"
                + " answered_at, answered_via) values (?, ?, ?, 'SENT', 'el', ?, ?, ?, 'LINK')", invitation, campaign, GUEST,
                ts(present.plusSeconds(12 * 3600)), ts(LocalDate.of(2024, 5, 20).atStartOfDay(ATHENS).toInstant()),
                ts(answered));
        for (String part : parts) {
            jdbc.update("insert into campaign_part (campaign_id, part_id) values (?, ?)", campaign, part);
            jdbc.update("insert into invitation_part (invitation_id, part_id, attending, wanted, seated) values (?, ?, ?, ?, ?)",
                    invitation, part, part.equals(parts.get(0)), part.equals(parts.get(0)) ? 1 : 0,
                    part.equals(parts.get(0)) ? 1 : 0);
        }
        String delegate = UUID.randomUUID().toString();
        jdbc.update("insert into delegate (id, invitation_id, position, full_name, role_title, check_in_code, checked_in_at,"
                + " checked_in_by) values (?, ?, 1, ?, ?, ?, ?, 'demo')", delegate, invitation, "Εκπρόσωπος (demo) Ξάνθης",
                "Αντιδήμαρχος", SecretTokens.generate(), ts(present));
        events.publishEvent(new InvitationAnswered(invitation, meeting, GUEST, answered, 1, parts.size() - 1, false));
        events.publishEvent(new DelegateCheckedIn(meeting, GUEST, delegate, present));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
