package org.diktyo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.diktyo.meetings.domain.AgendaItemForm;
import org.diktyo.meetings.domain.ArrangeParts;
import org.diktyo.meetings.domain.DraftAgenda;
import org.diktyo.meetings.domain.MeetingForm;
import org.diktyo.meetings.domain.PartForm;
import org.diktyo.meetings.domain.PlanMeetings;
import org.diktyo.platform.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * The meetings module on its own, with what it depends on: publishing an agenda raises
 * {@link AgendaPublished} exactly once; each change after that raises {@link AgendaChanged}
 * with the next version; publishing again is refused (409) and raises nothing.
 *
 * <p>Bootstrap mode {@code ALL_DEPENDENCIES}: the module uses {@code network} (the host
 * municipality), {@code documents} and {@code platform}, and the platform's
 * {@code ViewerResolver} — who is asking — is implemented by {@code accounts}, which only the
 * transitive dependencies bring in ({@code network} → {@code accounts} → {@code mail}). The
 * test has a database of its own, so that its meetings never meet the demo's.
 *
 * <p>{@link Scenario} waits for the event; "exactly once" is counted by {@link EventLog}, a
 * listener of the test's own ({@link AssertablePublishedEvents} cannot be asked for in the same
 * test as a {@code Scenario}: the second replaces the first's capture of the thread's events).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(AgendaEventsModuleTest.EventLog.class)
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:meetings-module;DB_CLOSE_DELAY=-1",
        "diktyo.mail.delivery.enabled=false"})
class AgendaEventsModuleTest {

    static final LocalDate DAY = LocalDate.of(2025, 6, 16);

    @Autowired
    PlanMeetings plan;

    @Autowired
    ArrangeParts parts;

    @Autowired
    DraftAgenda agenda;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    EventLog log;

    String meeting;

    /** Every agenda event, as a listener in another module would receive it. */
    static class EventLog {
        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(AgendaPublished event) {
            events.add(event);
        }

        @EventListener
        void on(AgendaChanged event) {
            events.add(event);
        }

        <T> List<T> of(Class<T> type, String meetingId) {
            return events.stream().filter(type::isInstance).map(type::cast)
                    .filter(e -> meetingId.equals(e instanceof AgendaPublished p ? p.meetingId()
                            : ((AgendaChanged) e).meetingId()))
                    .toList();
        }
    }

    @BeforeEach
    void aMeetingWithAPartAndADraftAgenda() {
        UserDetails secretariat = users.loadUserByUsername(accounts.userFor(Role.SECRETARIAT, null));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(secretariat, null, secretariat.getAuthorities()));
        meeting = plan.create(new MeetingForm(MeetingKind.WORKING_MEETING, "Συνάντηση εργασίας", "Working meeting",
                "", "", "", Visibility.PUBLIC, MeetingStatus.ANNOUNCED, "Europe/Athens")).id();
        parts.add(meeting, new PartForm("Συνάντηση εργασίας", "Working meeting", DAY, LocalTime.of(17, 30),
                LocalTime.of(20, 0), "Δημαρχιακό Μέγαρο", "Town Hall", "Αθηνάς 63", "63 Athinas Street", "105 52",
                "Αθήνα", "Athens", "", "", "", "", 2, 60, false));
        agenda.replace(meeting, List.of(item("17:30", "Καλωσόρισμα"), item("18:00", "Το πλαίσιο συνεργασίας")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static AgendaItemForm item(String time, String title) {
        return new AgendaItemForm(LocalTime.parse(time), title, title, "", AgendaAxis.JOINT_POLICY);
    }

    @Test
    void publishingAnAgendaRaisesAgendaPublishedExactlyOnce(Scenario scenario) {
        scenario.stimulate(() -> agenda.publish(meeting))
                .andWaitForEventOfType(AgendaPublished.class)
                .matching(published -> published.meetingId().equals(meeting))
                .toArriveAndVerify(published -> assertThat(published.version()).isEqualTo(1));

        assertThat(log.of(AgendaPublished.class, meeting)).containsExactly(new AgendaPublished(meeting, 1));
        assertThat(log.of(AgendaChanged.class, meeting)).isEmpty();
    }

    @Test
    void aChangeAfterPublishingRaisesAgendaChangedWithTheNextVersion(Scenario scenario) {
        agenda.publish(meeting);

        scenario.stimulate(() -> agenda.replace(meeting, List.of(item("17:30", "Καλωσόρισμα"),
                        item("19:00", "Προκλήσεις και καλές πρακτικές"))))
                .andWaitForEventOfType(AgendaChanged.class)
                .matching(changed -> changed.meetingId().equals(meeting))
                .toArriveAndVerify(changed -> assertThat(changed.version()).isEqualTo(2));
        agenda.replace(meeting, List.of(item("17:45", "Καλωσόρισμα")));

        assertThat(log.of(AgendaPublished.class, meeting)).hasSize(1);
        assertThat(log.of(AgendaChanged.class, meeting)).extracting(AgendaChanged::version).containsExactly(2, 3);
        assertThat(agenda.agenda(meeting, false).version()).isEqualTo(3);
        assertThat(agenda.agenda(meeting, false).items()).extracting(i -> i.titleEl()).containsExactly("Καλωσόρισμα");
    }

    @Test
    void publishingTwiceIsRefusedAndRaisesNothingMore(AssertablePublishedEvents events) {
        agenda.publish(meeting);

        assertThatThrownBy(() -> agenda.publish(meeting)).isInstanceOfSatisfying(Problem.class,
                problem -> {
                    assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(problem.key()).isEqualTo("meetings.agenda.alreadyPublished");
                });
        assertThat(events.ofType(AgendaPublished.class).matching(e -> e.meetingId().equals(meeting))).hasSize(1);
        assertThat(events.ofType(AgendaChanged.class)).isEmpty();
        assertThat(agenda.agenda(meeting, false).version()).isEqualTo(1);
    }

    @Test
    void aRefusedChangeRaisesNothing(AssertablePublishedEvents events) {
        agenda.publish(meeting);

        assertThatThrownBy(() -> agenda.replace(meeting, List.of(item("21:00", "Μετά το τέλος"))))
                .isInstanceOfSatisfying(Problem.class,
                        problem -> assertThat(problem.fields()).extracting(Problem.FieldProblem::key)
                                .containsExactly("meetings.agenda.outside"));
        assertThat(events.ofType(AgendaChanged.class)).isEmpty();
        assertThat(agenda.agenda(meeting, false).version()).isEqualTo(1);
    }
}
