package org.diktyo.memorandum;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.JobRounds;
import org.diktyo.TestSmtp;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The secretariat asks the members to adopt a frozen version; Athens' mayor receives the mail
 * (GreenMail) with a personal link, opens the page without an account, records the decision as
 * typed (a wrong number comes back with the field marked and nothing written), uploads the
 * signed copy; a new request replaces the link, and the old one is a 404.
 */
@DatabaseTest
class AdoptionLinkTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    static final Pattern LINK = Pattern.compile("https?://[^\\s\"<]+/memorandum/adopt/([A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Value("${diktyo.jobs.interval}")
    Duration jobsInterval;

    @Test
    void athensAdoptsThroughItsMailedLink() throws Exception {
        Http http = new Http(port);
        MemorandumFixture fixture = new MemorandumFixture(http, json);
        int n = fixture.frozen();
        JsonNode asked = fixture.ok(http.send("POST", "/api/v1/memorandum/versions/" + n + "/adoption-requests",
                TestAccounts.demoToken(), null), 200);
        assertThat(asked.get("requested")).extracting(JsonNode::asString).contains("athens", "thessaloniki");
        String to = jdbc.queryForObject("select recipient from mail_outbox where purpose = 'memorandum-adoption'"
                + " and reference = ?", String.class, n + "/athens");

        String token = linkIn(await(to, n));
        String page = mvc.perform(get("/memorandum/adopt/" + token)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Βήμα 1: απόφαση Δημοτικού Συμβουλίου").doesNotContain("Βήμα 2: υπογεγραμμένο αντίγραφο\"");

        String year = String.valueOf(Today.inAthens().getYear());
        MvcResult refused = mvc.perform(post("/memorandum/adopt/" + token).with(csrf()).param("decisionNumber", "123/24")
                .param("decisionDate", Today.inAthens().toString()).param("signatoryName", "Χάρης Δούκας")
                .param("signatoryCapacity", "MAYOR").param("signedOn", Today.inAthens().toString())).andReturn();
        assertThat(refused.getResponse().getStatus()).as("the form again").isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Γράψτε το έτος με τέσσερα ψηφία").contains("value=\"Χάρης Δούκας\"");
        assertThat(state(n)).isEqualTo("PENDING");

        fixture.ok(http.send("POST", "/api/v1/memorandum/versions/" + n + "/adoption-requests", TestAccounts.demoToken(),
                null), 200);
        assertThat(mvc.perform(get("/memorandum/adopt/" + token)).andReturn().getResponse().getStatus())
                .as("the old link, replaced").isEqualTo(404);
        Matcher again = LINK.matcher(jdbc.queryForList("select body_text from mail_outbox where purpose = 'memorandum-adoption'"
                + " and reference = ? order by id desc", String.class, n + "/athens").get(0));
        assertThat(again.find()).isTrue();
        token = again.group(1);

        MvcResult saved = mvc.perform(post("/memorandum/adopt/" + token).with(csrf()).param("decisionNumber", "αρ. 123")
                .param("decisionDate", Today.inAthens().toString()).param("signatoryName", "Χάρης Δούκας")
                .param("signatoryCapacity", "MAYOR").param("signedOn", Today.inAthens().toString())).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(state(n)).isEqualTo("DECISION_RECORDED");
        assertThat(jdbc.queryForObject("select decision_number from memorandum_adoption where version_number = ?"
                + " and municipality_id = 'athens'", String.class, n)).isEqualTo("123/" + year);

        byte[] pdf;
        try (var in = getClass().getResourceAsStream("/demo/memorandum-axes.pdf")) {
            pdf = in.readAllBytes();
        }
        MvcResult notPdf = mvc.perform(multipart("/memorandum/adopt/" + token + "/signed-copy").with(csrf().asHeader())
                .file(new MockMultipartFile("file", "copy.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n',
                    0x1a, '\n', 0, 0}))).andReturn();
        assertThat(notPdf.getResponse().getStatus()).as("the form again").isEqualTo(200);
        assertThat(notPdf.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Το υπογεγραμμένο αντίγραφο πρέπει να είναι αρχείο PDF");
        MvcResult uploaded = mvc.perform(multipart("/memorandum/adopt/" + token + "/signed-copy").with(csrf().asHeader())
                .file(new MockMultipartFile("file", "απόφαση.pdf", "application/pdf", pdf))).andReturn();
        assertThat(uploaded.getResponse().getStatus()).isEqualTo(302);
        assertThat(state(n)).isEqualTo("SIGNED");

        assertThat(mvc.perform(get("/memorandum/adopt/" + "x".repeat(43))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        fixture.noOpenVersion();
    }

    @Test
    void remindersBeforeTheDeadlineGoOnceEachToThoseWhoHaveNotSigned() throws Exception {
        Http http = new Http(port);
        MemorandumFixture fixture = new MemorandumFixture(http, json);
        String signed = fixture.signedAdoption("athens");
        int n = Integer.parseInt(signed.split("/")[5]);
        LocalDate deadline = Today.inAthens().plusDays(2);
        JsonNode asked = fixture.ok(http.send("POST", "/api/v1/memorandum/versions/" + n + "/adoption-requests",
                TestAccounts.demoToken(), "{\"deadline\":\"" + deadline + "\"}"), 200);
        assertThat(asked.get("requested")).extracting(JsonNode::asString).contains("thessaloniki").doesNotContain("athens");
        fixture.ok(http.send("POST", "/api/v1/memorandum/versions/" + n + "/adoption-requests", TestAccounts.demoToken(),
                "{\"deadline\":\"" + Today.inAthens() + "\"}"), 400);

        long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (jdbc.queryForObject("select count(*) from scheduled_job where id like ? and done_at is not null",
                Integer.class, "MEMORANDUM_ADOPTION_REMINDER:" + n + ":%") < 2) {
            assertThat(System.nanoTime()).as("both reminders run").isLessThan(until);
            Thread.sleep(200);
        }
        JobRounds.passThree(jobsInterval); // more rounds of the job runner: nothing runs twice
        assertThat(mails(n, "thessaloniki")).as("the request and the two reminders").isEqualTo(3);
        assertThat(mails(n, "athens")).as("signed: neither asked nor reminded").isZero();
        String reminder = jdbc.queryForList("select body_text from mail_outbox where purpose = 'memorandum-adoption'"
                + " and reference = ? order by id desc", String.class, n + "/thessaloniki").get(0);
        assertThat(reminder).contains("Υπενθυμίζουμε ότι δεν έχει ολοκληρωθεί",
                org.diktyo.language.DatePhrases.afterPreposition(deadline, java.util.Locale.forLanguageTag("el")));
        Matcher link = LINK.matcher(reminder);
        assertThat(link.find()).isTrue();
        assertThat(mvc.perform(get("/memorandum/adopt/" + link.group(1))).andReturn().getResponse().getStatus()).isEqualTo(200);
        fixture.noOpenVersion();
    }

    private int mails(int n, String municipality) {
        return jdbc.queryForObject("select count(*) from mail_outbox where purpose = 'memorandum-adoption' and reference = ?",
                Integer.class, n + "/" + municipality);
    }

    private String state(int n) {
        return jdbc.queryForObject("select state from memorandum_adoption where version_number = ? and municipality_id = 'athens'",
                String.class, n);
    }

    private MimeMessage await(String to, int n) throws Exception {
        long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < until) {
            for (MimeMessage m : smtp.getReceivedMessagesForDomain(to.substring(to.indexOf('@') + 1))) {
                if (m.getAllRecipients()[0].toString().equals(to) && m.getSubject().startsWith("Υιοθέτηση του Μνημονίου")
                        && body(m).contains("έκδοση " + n + " ")) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no adoption mail to " + to);
    }

    private static String linkIn(MimeMessage m) throws Exception {
        Matcher link = LINK.matcher(body(m));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    /** The message's plain text, decoded. */
    private static String body(MimeMessage m) throws Exception {
        return text(m.getContent());
    }

    private static String text(Object content) throws Exception {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i).getContent())).append('\n');
            }
            return all.toString();
        }
        return "";
    }
}
