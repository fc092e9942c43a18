package org.diktyo.insights.dashboard;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.diktyo.DatabaseTest;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard with a year of demo-scale data ×100: 600 meetings held or announced (1,800 parts,
 * 10,800 invitations, 32,400 replies per part), 2,000 published entries of the knowledge base,
 * 100 positions open with 18 signatures each, 1,800 changes of membership; then {@code /admin}
 * rendered 20 times to warm up and 100 times timed, in the server (MockMvc: security, controller,
 * the stats' SQL, charts, template; no network). Run by name only (not a {@code *Test}):
 * <pre>DIKTYO_TEST_SMTP_PORT=3125 ./mvnw -B -q test-compile surefire:test -Dtest=DashboardBenchmark</pre>
 * and on PostgreSQL with {@code CI=true ./mvnw -B -q surefire:test@postgresql -Dtest=DashboardBenchmark}.
 * The data are written in the test's transaction and rolled back.
 */
@DatabaseTest
@Transactional
class DashboardBenchmark {

    static final int MEETINGS = 600;
    static final int PARTS = 3;
    static final int ENTRIES = 2000;
    static final int POSITIONS = 100;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.diktyo.network.MembershipStats membership;

    @Autowired
    org.diktyo.memorandum.AdoptionStats adoption;

    @Autowired
    org.diktyo.meetings.MeetingStats meetingStats;

    @Autowired
    org.diktyo.invitations.ReplyStats replyStats;

    @Autowired
    org.diktyo.knowledge.PracticeStats practiceStats;

    @Autowired
    org.diktyo.positions.PositionStats positionStats;

    /** Median milliseconds of {@code runs} calls of {@code work} after as many to warm up. */
    static double median(int runs, java.util.concurrent.Callable<?> work) throws Exception {
        double[] ms = new double[runs];
        for (int i = 0; i < runs * 2; i++) {
            long t = System.nanoTime();
            work.call();
            if (i >= runs) {
                ms[i - runs] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    String parts() throws Exception {
        LocalDate from = LocalDate.of(Today.inAthens().getYear(), 1, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        var next = meetingStats.next(Instant.now(), 5).stream().map(m -> m.id()).toList();
        return String.format(java.util.Locale.ROOT, "byRegion %.1f, funnel %.1f, accessions %.1f, inForce %.1f,"
                + " next %.1f, replyRates %.1f, practices %.1f, byTheme %.1f, positions %.1f ms",
                median(20, membership::byRegion), median(20, membership::funnel),
                median(20, () -> membership.accessions(from, to, Today.inAthens())),
                median(20, () -> adoption.inForce(Today.inAthens())), median(20, () -> meetingStats.next(Instant.now(), 5)),
                median(20, () -> replyStats.replyRates(next)), median(20, () -> practiceStats.total(from, to)),
                median(20, () -> practiceStats.byTheme(from, to)), median(20, positionStats::openForSignature));
    }

    @Test
    void theDashboardRendersInUnder100MillisecondsWithAYearOfDataTimes100() throws Exception {
        MockHttpSession before = (MockHttpSession) mvc.perform(post("/signin").param("email", "secretariat@diktyo.example")
                .param("password", TestAccounts.demoPassword()).with(csrf())).andReturn().getRequest().getSession(false);
        double empty = median(30, () -> mvc.perform(get("/admin").session(before)).andReturn());
        double audit = median(30, () -> mvc.perform(get("/admin/audit").session(before)).andReturn());
        List<String> members = jdbc.queryForList("select id from municipality where status = 'MEMBER' order by id",
                String.class);
        Instant now = Instant.now();
        int year = LocalDate.now(ZoneId.of("Europe/Athens")).getYear();
        Instant start = LocalDate.of(year, 1, 1).atStartOfDay(ZoneId.of("Europe/Athens")).toInstant();
        List<Object[]> meetings = new ArrayList<>();
        List<Object[]> parts = new ArrayList<>();
        List<Object[]> campaigns = new ArrayList<>();
        List<Object[]> invitations = new ArrayList<>();
        List<Object[]> replies = new ArrayList<>();
        for (int m = 0; m < MEETINGS; m++) {
            String id = "bench-m-" + m;
            boolean held = m % 2 == 0;
            Instant when = held ? start.plus(m % 300, ChronoUnit.DAYS) : now.plus(1 + m % 200, ChronoUnit.DAYS);
            meetings.add(new Object[] {id, "WORKING_GROUP", "Συνάντηση " + m, "Meeting " + m, "NETWORK",
                    held ? "HELD" : "ANNOUNCED", "Europe/Athens", 0, ts(now), 0, held ? 40 : null});
            String campaign = "bench-c-" + m;
            campaigns.add(new Object[] {campaign, id, "MEMBERS", 2, ts(when), "Επιστολή", "Letter", "7,2", "SENT", 0,
                    ts(now), "bench@diktyo.example", 0});
            for (int p = 0; p < PARTS; p++) {
                Instant at = when.plus(p * 3L, ChronoUnit.HOURS);
                parts.add(new Object[] {id + "-p" + p, id, p, "Σκέλος " + p, "Part " + p, ts(at),
                        ts(at.plus(2, ChronoUnit.HOURS)), "Δημαρχείο", "Town hall", "Οδός 1", "Street 1", "10558",
                        "Αθήνα", "Athens", false, 0});
            }
            for (int i = 0; i < members.size(); i++) {
                String invitation = "bench-i-" + m + "-" + i;
                invitations.add(new Object[] {invitation, campaign, members.get(i), "SENT", "el", ts(when), ts(now),
                        i % 3 == 0 ? null : ts(now)});
                for (int p = 0; p < PARTS; p++) {
                    replies.add(new Object[] {invitation, id + "-p" + p, i % 3 != 0, 2, i % 3 != 0 ? 2 : 0});
                }
            }
        }
        jdbc.batchUpdate("insert into meeting (id, kind, title_el, title_en, visibility, status, zone, agenda_version,"
                + " created_at, version, number_present) values (?,?,?,?,?,?,?,?,?,?,?)", meetings);
        jdbc.batchUpdate("insert into meeting_part (id, meeting_id, position, title_el, title_en, starts_at, ends_at,"
                + " venue_el, venue_en, street_el, street_en, postcode, city_el, city_en, answered_separately, version)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", parts);
        jdbc.batchUpdate("insert into invitation_campaign (id, meeting_id, audience, quota, rsvp_deadline, letter_el,"
                + " letter_en, reminder_days, status, agenda_announced, created_at, created_by, version)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?)", campaigns);
        jdbc.batchUpdate("insert into invitation (id, campaign_id, municipality_id, status, language, valid_until,"
                + " sent_at, answered_at) values (?,?,?,?,?,?,?,?)", invitations);
        jdbc.batchUpdate("insert into invitation_part (invitation_id, part_id, attending, wanted, seated)"
                + " values (?,?,?,?,?)", replies);

        List<String> themes = jdbc.queryForList("select code from knowledge_theme", String.class);
        List<Object[]> entries = new ArrayList<>();
        List<Object[]> entryThemes = new ArrayList<>();
        for (int e = 0; e < ENTRIES; e++) {
            String id = "bench-e-" + e;
            java.time.LocalDateTime published = LocalDate.of(year, 1, 1).atStartOfDay().plusHours(e);
            entries.add(new Object[] {id, "bench-" + e, e % 4 == 0 ? "CHALLENGE" : "PRACTICE", members.get(e % members.size()),
                    "Πρακτική " + e, "Practice " + e, "Σύνοψη", "Summary", "Κείμενο", "Text", "ONGOING", "PUBLIC",
                    "PUBLISHED", published, published, published});
            entryThemes.add(new Object[] {id, themes.get(e % themes.size())});
            entryThemes.add(new Object[] {id, themes.get((e + 3) % themes.size())});
        }
        jdbc.batchUpdate("insert into knowledge_entry (id, slug, kind, owner_id, title_el, title_en, summary_el,"
                + " summary_en, body_el, body_en, status, visibility, state, created_at, updated_at, published_at, version)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)", entries);
        jdbc.batchUpdate("insert into knowledge_entry_theme (entry_id, code) values (?,?)", entryThemes);

        List<Object[]> positions = new ArrayList<>();
        List<Object[]> signatures = new ArrayList<>();
        for (int p = 0; p < POSITIONS; p++) {
            String id = "bench-p-" + p;
            positions.add(new Object[] {id, "Θέση " + p, "Position " + p, "Θέμα", "Subject", "bench-text-" + p,
                    "OPEN_FOR_SIGNATURE", "MEMBERS", "ANY", "", "", ts(now), ts(now.plus(p, ChronoUnit.DAYS))});
            for (String member : members) {
                signatures.add(new Object[] {id, member, "Δήμος", "Municipality", "Όνομα", "Δήμαρχος", "Mayor", "FEMALE",
                        "FOCAL_POINT", ts(now), "0".repeat(64), "VALID", "bench@diktyo.example"});
            }
        }
        jdbc.batchUpdate("insert into joint_position (id, title_el, title_en, subject_el, subject_en, text_id, state,"
                + " open_to, signatory_order, related_axes, related_entries, created_at, signature_closes, version)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,0)", positions);
        jdbc.batchUpdate("insert into joint_position_signature (position_id, municipality_id, official_name_el,"
                + " official_name_en, signatory_name, capacity_el, capacity_en, gender, method, signed_at, text_hash,"
                + " state, signed_by, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,0)", signatures);
        List<Object[]> changes = new ArrayList<>();
        for (int c = 0; c < 1800; c++) {
            changes.add(new Object[] {members.get(c % members.size()), c % 2 == 0 ? "CANDIDATE" : "MEMBER",
                    c % 2 == 0 ? "MEMBER" : "CANDIDATE", LocalDate.of(year, 1, 1).plusDays(c % 300), ts(now)});
        }
        jdbc.batchUpdate("insert into membership_change (municipality_id, from_status, to_status, effective_on, reason,"
                + " recorded_by, recorded_at) values (?,?,?,?,'bench','bench',?)", changes);

        MockHttpSession session = (MockHttpSession) mvc.perform(post("/signin").param("email", "secretariat@diktyo.example")
                .param("password", TestAccounts.demoPassword()).with(csrf())).andReturn().getRequest().getSession(false);
        for (int i = 0; i < 20; i++) {
            assertThat(mvc.perform(get("/admin").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        }
        double[] ms = new double[100];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            mvc.perform(get("/admin").session(session)).andReturn();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        String load = Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        String line = String.format(java.util.Locale.ROOT,
                "DashboardBenchmark %s: %d meetings, %d parts, %d replies, %d entries, %d signatures; /admin x100:"
                        + " min %.1f ms, median %.1f ms, p90 %.1f ms, max %.1f ms; before the data /admin %.1f ms,"
                        + " /admin/audit %.1f ms; queries: %s; load %s",
                jdbc.queryForObject("select count(*) from meeting", Integer.class) > 0 ? engine() : "?",
                meetings.size(), parts.size(), replies.size(), entries.size(), signatures.size(), ms[0], ms[50], ms[90],
                ms[99], empty, audit, parts(), load);
        System.out.println(line);
        Files.writeString(java.nio.file.Path.of("target/dashboard-benchmark.txt"), line + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        assertThat(ms[50]).as("median server time of /admin").isLessThan(100);
    }

    String engine() {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
