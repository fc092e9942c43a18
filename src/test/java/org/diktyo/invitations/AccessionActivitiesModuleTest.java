package org.diktyo.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.diktyo.network.domain.AccessionOpening;
import org.diktyo.network.domain.AccessionSource;
import org.diktyo.network.domain.AccessionStage;
import org.diktyo.network.domain.OpenAccessionCase;
import org.diktyo.platform.ActingAs;
import org.diktyo.platform.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The invitations module with what it depends on: an answer ({@link InvitationAnswered}) and a
 * check-in ({@link DelegateCheckedIn}) of a prospect with an open accession case become two
 * entries of its timeline, written after the commit by the module's own listener through the
 * network's API (network knows nothing of invitations); answering again updates the answer's
 * entry, a second delegate's check-in adds nothing, and a municipality without an open case gets
 * nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:invitations-module;DB_CLOSE_DELAY=-1",
        "diktyo.mail.delivery.enabled=false", "diktyo.invitations.group-commit.enabled=false"})
class AccessionActivitiesModuleTest {

    @Autowired
    OpenAccessionCase opening;

    @Autowired
    JdbcTemplate jdbc;

    int entries(String caseId) {
        return jdbc.queryForObject("select count(*) from accession_activity where case_id = ?", Integer.class, caseId);
    }

    String detail(String sourceRef) {
        return jdbc.queryForObject("select detail from accession_activity where source_ref = ?", String.class, sourceRef);
    }

    @Test
    void anAnswerAndACheckInBecomeTwoEntriesAndAChangedAnswerUpdatesItsOwn(Scenario scenario) {
        String caseId = ActingAs.run(new Viewer("secretariat@test.example", null, "SECRETARIAT", null),
                () -> opening.open(new AccessionOpening("preveza", AccessionSource.INVITATION, AccessionStage.CONTACTED,
                        null, null, null, null)).id());
        int opened = entries(caseId);
        String invitation = UUID.randomUUID().toString();
        String meeting = UUID.randomUUID().toString();

        scenario.publish(new InvitationAnswered(invitation, meeting, "preveza", Instant.now(), 1, 1, false))
                .andWaitForStateChange(() -> entries(caseId), n -> n == opened + 1)
                .andVerify(n -> assertThat(detail("answer:" + invitation)).isEqualTo("1/1"));

        scenario.publish(new InvitationAnswered(invitation, meeting, "preveza", Instant.now(), 2, 0, true))
                .andWaitForStateChange(() -> detail("answer:" + invitation), d -> "2/0/phone".equals(d))
                .andVerify(d -> assertThat(entries(caseId)).as("the changed answer updated its entry").isEqualTo(opened + 1));

        scenario.publish(new DelegateCheckedIn(meeting, "preveza", UUID.randomUUID().toString(), Instant.now()))
                .andWaitForStateChange(() -> entries(caseId), n -> n == opened + 2)
                .andVerify(n -> assertThat(jdbc.queryForObject("select kind from accession_activity where source_ref = ?",
                        String.class, "checkin:" + meeting + ":preveza")).isEqualTo("MEETING_ATTENDED"));

        scenario.publish(new DelegateCheckedIn(meeting, "preveza", UUID.randomUUID().toString(), Instant.now()))
                .andWaitForStateChange(() -> jdbc.queryForObject("select count(*) from event_publication where"
                        + " completion_date is null", Integer.class), n -> n == 0)
                .andVerify(n -> assertThat(entries(caseId)).as("a second delegate adds nothing").isEqualTo(opened + 2));

        scenario.publish(new InvitationAnswered(UUID.randomUUID().toString(), meeting, "arta", Instant.now(), 1, 0, false))
                .andWaitForStateChange(() -> jdbc.queryForObject("select count(*) from event_publication where"
                        + " completion_date is null", Integer.class), n -> n == 0)
                .andVerify(n -> assertThat(jdbc.queryForObject("select count(*) from accession_activity a join accession_case c"
                        + " on c.id = a.case_id where c.municipality_id = 'arta'", Integer.class)).isZero());
    }
}
