package org.diktyo.invitations;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.diktyo.documents.Pdfs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * One invitation's letter and calendar file over the API ({@code /invitations/{id}/letter.pdf},
 * {@code /calendar.ics}): the letter to print carries a new working link while the mailed one
 * stays valid; the calendar file follows the answer; only the secretariat gets them.
 */
@DatabaseTest
class InvitationFilesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    TestAccounts accounts;

    InvitationFixture fx;
    String town;
    String invitation;
    String mailed;
    List<String> parts;

    @BeforeEach
    void setUp() {
        fx = new InvitationFixture(new Http(port), jdbc, json);
        String meeting = fx.meeting(null, 40);
        parts = fx.parts(meeting);
        town = fx.municipalities(306, 1).get(0);
        String campaign = fx.campaign(meeting, List.of(town), 2, Today.inAthens().plusDays(30), "");
        fx.sendAndWait(campaign);
        Map<String, String> tokens = fx.tokens(campaign);
        mailed = tokens.get(town);
        invitation = jdbc.queryForObject("select id from invitation where campaign_id = ?", String.class, campaign);
    }

    HttpResponse<byte[]> file(String path, String token) {
        return fx.http.bytes("/api/v1/invitations/" + invitation + "/" + path, token);
    }

    @Test
    void theLetterToPrintCarriesANewWorkingLinkAndTheMailedOneStaysValid() {
        HttpResponse<byte[]> pdf = file("letter.pdf", InvitationFixture.TOKEN);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        String text = Pdfs.text(pdf.body());
        assertThat(text).contains("Δήμαρχος " + town, "Σας προσκαλούμε.");
        Matcher link = InvitationFixture.LINK.matcher(text.replaceAll("\\s+", ""));
        assertThat(link.find()).as("a reply link in the letter").isTrue();
        String printed = link.group(1);
        assertThat(printed).isNotEqualTo(mailed);
        fx.ok(fx.http.get("/api/v1/rsvp/" + printed, null), 200);
        fx.ok(fx.http.get("/api/v1/rsvp/" + mailed, null), 200);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'invitation.letter' and subject = ?",
                Integer.class, invitation)).isEqualTo(1);

        HttpResponse<byte[]> english = file("letter.pdf?lang=en", InvitationFixture.TOKEN);
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(Pdfs.text(english.body())).contains("We invite you.");
    }

    @Test
    void theCalendarFileFollowsTheAnswer() {
        HttpResponse<byte[]> before = file("calendar.ics", InvitationFixture.TOKEN);
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        String ics = new String(before.body(), StandardCharsets.UTF_8);
        assertThat(ics).contains("METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Europe/Athens", "mayor@" + town);
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);

        fx.ok(fx.http.send("PUT", "/api/v1/rsvp/" + mailed, null, """
                {"parts":{"%s":"ATTEND","%s":"DECLINE"},"delegates":[{"fullName":"Ρένα Δούκα","email":"rena@example.gr"}]}
                """.formatted(parts.get(0), parts.get(1))), 200);
        long until = System.nanoTime() + 10_000_000_000L;
        String after = "";
        while (System.nanoTime() < until && !after.contains("rena@example.gr")) {
            after = new String(file("calendar.ics", InvitationFixture.TOKEN).body(), StandardCharsets.UTF_8);
            InvitationFixture.sleep(100);
        }
        assertThat(after).contains("rena@example.gr", "STATUS:CANCELLED");
    }

    @Test
    void anInvitationWithoutAnEmailAddressHasACalendarFileWithoutAnAttendee() {
        jdbc.update("update invitation set to_email = null where id = ?", invitation);
        HttpResponse<byte[]> byPost = file("calendar.ics", InvitationFixture.TOKEN);
        assertThat(byPost.statusCode()).isEqualTo(200);
        String ics = new String(byPost.body(), StandardCharsets.UTF_8);
        assertThat(ics).contains("METHOD:PUBLISH", "BEGIN:VEVENT").doesNotContain("ATTENDEE", "mayor@" + town);
    }

    @Test
    void onlyTheSecretariatGetsThemAndMistakesAreClear() {
        assertThat(file("letter.pdf", null).statusCode()).isEqualTo(401);
        assertThat(file("calendar.ics", accounts.tokenFor(Role.FOCAL_POINT, town)).statusCode()).isEqualTo(403);
        assertThat(fx.http.get("/api/v1/invitations/no-such-invitation/letter.pdf", InvitationFixture.TOKEN).statusCode())
                .isEqualTo(404);
        var badLanguage = fx.http.get("/api/v1/invitations/" + invitation + "/letter.pdf?lang=fr", InvitationFixture.TOKEN,
                "Accept-Language", "en");
        assertThat(badLanguage.statusCode()).isEqualTo(400);
        assertThat(badLanguage.body()).contains("lang");
        assertThat(jdbc.queryForObject("select count(*) from personal_link where subject_id = ?", Integer.class,
                invitation)).as("no link made by a refusal").isEqualTo(1);
    }
}
