package org.diktyo.invitations;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diktyo.Http;
import org.diktyo.accounts.TestAccounts;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds what an invitations test needs through the public API, as the secretariat would:
 * a meeting with a capacity-limited working meeting and a reception, mayors and focal
 * points with addresses, a campaign, sent; and reads the personal links from the outbox.
 */
public final class InvitationFixture {

    public static final String TOKEN = TestAccounts.demoToken();
    static final Pattern LINK = Pattern.compile("http://localhost:8080/r/([A-Za-z0-9_-]{43})");

    public final Http http;
    final JdbcTemplate jdbc;
    final JsonMapper json;

    public InvitationFixture(Http http, JdbcTemplate jdbc, JsonMapper json) {
        this.http = http;
        this.jdbc = jdbc;
        this.json = json;
    }

    public JsonNode body(HttpResponse<String> r) {
        return json.readTree(r.body());
    }

    public HttpResponse<String> ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return r;
    }

    /** A meeting in {@code days} days: a working meeting with the capacity given (or none) and a reception. */
    public String meeting(Integer capacity, int days) {
        String title = "Test " + UUID.randomUUID().toString().substring(0, 8);
        String id = body(ok(http.send("POST", "/api/v1/meetings", TOKEN, """
                {"kind":"WORKING_MEETING","titleEl":"Συνάντηση Εργασίας %s","titleEn":"Working Meeting %s",
                 "hostMunicipalityId":"athens","hostOfficialEl":"Ο Δήμαρχος Αθηναίων, Χάρης Δούκας",
                 "hostOfficialEn":"The Mayor of Athens, Haris Doukas","visibility":"NETWORK","status":"ANNOUNCED"}
                """.formatted(title, title)), 201)).get("id").asString();
        LocalDate day = Today.inAthens().plusDays(days);
        part(id, "Συνάντηση εργασίας", "Working meeting", day, "17:30", "20:00", capacity);
        part(id, "Δεξίωση", "Reception", day, "20:00", "22:00", null);
        return id;
    }

    /** A meeting in {@code days} days with one part only, the working meeting: most of the network's meetings. */
    String meetingOfOnePart(int days) {
        String id = body(ok(http.send("POST", "/api/v1/meetings", TOKEN, """
                {"kind":"WORKING_MEETING","titleEl":"Συνάντηση ενός μέρους","titleEn":"Meeting of one part",
                 "hostMunicipalityId":"athens","hostOfficialEl":"Ο Δήμαρχος Αθηναίων, Χάρης Δούκας",
                 "hostOfficialEn":"The Mayor of Athens, Haris Doukas","visibility":"NETWORK","status":"ANNOUNCED"}
                """), 201)).get("id").asString();
        part(id, "Συνάντηση εργασίας", "Working meeting", Today.inAthens().plusDays(days), "17:30", "20:00", null);
        return id;
    }

    void part(String meeting, String el, String en, LocalDate day, String from, String to, Integer capacity) {
        ok(http.send("POST", "/api/v1/meetings/" + meeting + "/parts", TOKEN, """
                {"titleEl":"%s","titleEn":"%s","date":"%s","startTime":"%s","endTime":"%s",
                 "venueEl":"Δημαρχιακό Μέγαρο","venueEn":"Town Hall","streetEl":"Αθηνάς 63","streetEn":"63 Athinas Street",
                 "postcode":"10552","cityEl":"Αθήνα","cityEn":"Athens","roomEl":"Αίθουσα Δημοτικού Συμβουλίου",
                 "roomEn":"City Council Hall","floor":2,"capacity":%s,"answeredSeparately":false}
                """.formatted(el, en, day, from, to, capacity == null ? "null" : capacity)), 201);
    }

    public List<String> parts(String meeting) {
        JsonNode parts = body(ok(http.get("/api/v1/meetings/" + meeting + "/parts", TOKEN), 200));
        return parts.valueStream().map(p -> p.get("id").asString()).toList();
    }

    /**
     * The first {@code n} municipalities (by id) after {@code skip} that are not members of the
     * network (the 314 others; the demo's members and their contacts stay as the demo has them),
     * each given a mayor and a focal point. Tests take disjoint ranges.
     */
    public List<String> municipalities(int skip, int n) {
        List<String> ids = jdbc.queryForList("select id from municipality where status <> 'MEMBER' order by id offset "
                + skip + " rows fetch next " + n + " rows only", String.class);
        assertThat(ids).as("municipalities " + skip + "…" + (skip + n - 1) + " of the non-members").hasSize(n);
        for (String id : ids) {
            Integer mayors = jdbc.queryForObject("select count(*) from contact where municipality_id = ? and kind = 'MAYOR'",
                    Integer.class, id);
            if (mayors == 0) {
                ok(http.send("POST", "/api/v1/municipalities/" + id + "/contacts", TOKEN, """
                        {"kind":"MAYOR","fullName":"Δήμαρχος %s","position":"Δήμαρχος","gender":"FEMALE",
                         "email":"mayor@%s.test.example","phone":""}""".formatted(id, id)), 201);
                ok(http.send("POST", "/api/v1/municipalities/" + id + "/contacts", TOKEN, """
                        {"kind":"FOCAL_POINT","fullName":"Σημείο επαφής %s","position":"Ένταξη","gender":"MALE",
                         "email":"focal@%s.test.example","phone":""}""".formatted(id, id)), 201);
            }
        }
        return ids;
    }

    /**
     * The non-member at {@code skip} (by id; a range no other test takes) with a focal point and
     * no mayor: a municipality a mail could reach but no letter be addressed to. The demo gives
     * every member a mayor, so a test of this case makes its own.
     */
    String withoutMayor(int skip) {
        String id = jdbc.queryForObject("select id from municipality where status <> 'MEMBER' order by id offset " + skip
                + " rows fetch next 1 rows only", String.class);
        jdbc.update("delete from contact where municipality_id = ? and kind = 'MAYOR'", id);
        Integer focal = jdbc.queryForObject("select count(*) from contact where municipality_id = ? and kind = 'FOCAL_POINT'",
                Integer.class, id);
        if (focal == 0) {
            ok(http.send("POST", "/api/v1/municipalities/" + id + "/contacts", TOKEN, """
                    {"kind":"FOCAL_POINT","fullName":"Σημείο επαφής %s","position":"Ένταξη","gender":"FEMALE",
                     "email":"focal@%s.test.example","phone":""}""".formatted(id, id)), 201);
        }
        return id;
    }

    /** A municipality's official name in Greek and English, as the registry has it. */
    String[] officialNames(String id) {
        return jdbc.queryForObject("select official_name_el, official_name_en from municipality where id = ?",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, id);
    }

    public String campaign(String meeting, List<String> picks, int quota, LocalDate deadline, String reminders) {
        return campaign(meeting, picks, quota, deadline, reminders, "Σας προσκαλούμε.", "We invite you.");
    }

    /** A campaign with its own letter text (JSON-safe: no quotes, no backslashes). */
    String campaign(String meeting, List<String> picks, int quota, LocalDate deadline, String reminders, String letterEl,
            String letterEn) {
        String municipalities = String.join(",", picks.stream().map(p -> "\"" + p + "\"").toList());
        String parts = String.join(",", parts(meeting).stream().map(p -> "\"" + p + "\"").toList());
        return body(ok(http.send("POST", "/api/v1/meetings/" + meeting + "/campaigns", TOKEN, """
                {"audience":"HAND_PICKED","municipalities":[%s],"quota":%d,"deadline":"%s","parts":[%s],
                 "documents":[],"letterEl":"%s","letterEn":"%s","reminderDays":"%s"}
                """.formatted(municipalities, quota, deadline, parts, letterEl, letterEn, reminders)), 201)).get("id").asString();
    }

    /** Sends the campaign and waits until every invitation is queued. */
    public JsonNode sendAndWait(String campaign) {
        ok(http.send("POST", "/api/v1/campaigns/" + campaign + "/send", TOKEN, null), 202);
        // each invitation now carries its rendered letter: 200 of them on a busy machine take a while
        long until = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < until) {
            JsonNode c = body(ok(http.get("/api/v1/campaigns/" + campaign, TOKEN), 200));
            if (c.get("progress").get("done").asBoolean() && "SENT".equals(c.get("status").asString())) {
                return c;
            }
            sleep(200);
        }
        throw new AssertionError("campaign not sent in time");
    }

    /** Each municipality's personal link, read from its latest invitation mail of this campaign in the outbox. */
    public Map<String, String> tokens(String campaign) {
        String title = jdbc.queryForObject("select m.title_el from invitation_campaign c join meeting m on m.id = c.meeting_id"
                + " where c.id = ?", String.class, campaign);
        Map<String, String> tokens = new LinkedHashMap<>();
        for (Map<String, Object> i : jdbc.queryForList("select municipality_id, to_email from invitation"
                + " where campaign_id = ? and status = 'SENT'", campaign)) {
            List<String> bodies = jdbc.queryForList("select body_text from mail_outbox where purpose = 'invitation'"
                    + " and recipient = ? and subject like ? order by id desc", String.class, i.get("to_email"),
                    "%" + title + "%");
            assertThat(bodies).as("invitation of " + i.get("municipality_id")).isNotEmpty();
            Matcher link = LINK.matcher(bodies.get(0));
            assertThat(link.find()).isTrue();
            tokens.put((String) i.get("municipality_id"), link.group(1));
        }
        return tokens;
    }

    String recipient(String campaign, String municipality) {
        return jdbc.queryForObject("select to_email from invitation where campaign_id = ? and municipality_id = ?",
                String.class, campaign, municipality);
    }

    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
