package org.diktyo.invitations;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.diktyo.Browser;
import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.TestSmtp;
import org.diktyo.Tools;
import org.diktyo.documents.CalendarFiles;
import org.diktyo.documents.Pdfs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The proof, against GreenMail: a campaign to 20 municipalities sends 20 mails, each
 * with its personalised letter (pdftotext finds the mayor and the municipality's own link),
 * the chosen document and a calendar file (a third-party parser reads it, times in
 * Europe/Athens); one link followed in Chromium, two delegates named, a confirmation mail with
 * the calendar file of the answer arrives and the campaign's counts follow. Also: declining
 * everything brings a {@code METHOD:CANCEL} of the same entries, and a campaign whose letter
 * cannot be made for some municipality is refused before anything is sent.
 */
@DatabaseTest
@Tag("browser")
class InvitationEndToEndTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    Browser browser;

    @AfterEach
    void close() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void twentyInvitationsWithLetterAndCalendarThenAnAnswerInChromiumBringsAConfirmationWithItsCalendar()
            throws Exception {
        InvitationFixture fx = new InvitationFixture(new Http(port), jdbc, json);
        String meeting = fx.meeting(50, 40);
        List<String> parts = fx.parts(meeting);
        String document = upload(meeting, "memorandum.pdf", memorandum());
        List<String> towns = fx.municipalities(20, 20);
        String campaign = campaign(fx, meeting, towns, document);
        String title = jdbc.queryForObject("select title_el from meeting where id = ?", String.class, meeting);

        JsonNode preview = fx.body(fx.ok(fx.http.get("/api/v1/campaigns/" + campaign + "/preview", InvitationFixture.TOKEN), 200));
        assertThat(preview.get("withoutLetter")).isEmpty();
        assertThat(preview.get("attachments").valueStream().map(JsonNode::asString).toList())
                .containsExactly("memorandum.pdf", "Επιστολή πρόσκλησης.pdf", "Πρόσκληση.ics");

        fx.sendAndWait(campaign);
        Map<String, String> tokens = fx.tokens(campaign);
        assertThat(tokens).hasSize(20);

        Map<String, String> recipients = new LinkedHashMap<>();
        for (String town : towns) {
            recipients.put(fx.recipient(campaign, town), town);
        }
        List<MimeMessage> invitations = await(m -> recipients.containsKey(to(m)) && subject(m).contains(title)
                && subject(m).startsWith("Πρόσκληση:"), 20);
        assertThat(invitations).hasSize(20);
        assertThat(invitations.stream().map(InvitationEndToEndTest::to).distinct()).hasSize(20);

        for (MimeMessage mail : invitations) {
            String town = recipients.get(to(mail));
            String invitation = jdbc.queryForObject("select id from invitation where campaign_id = ? and municipality_id = ?",
                    String.class, campaign, town);
            String link = "http://localhost:8080/r/" + tokens.get(town);
            Map<String, Attached> files = attachments(mail);
            assertThat(files.keySet()).as(town).containsExactly("memorandum.pdf", "Επιστολή πρόσκλησης.pdf", "Πρόσκληση.ics");
            assertThat(files.get("memorandum.pdf").content()).isEqualTo(memorandum());

            Attached letter = files.get("Επιστολή πρόσκλησης.pdf");
            assertThat(letter.contentType()).startsWith("application/pdf");
            String text = Pdfs.text(letter.content());
            String mayor = jdbc.queryForObject("select full_name from contact where municipality_id = ? and kind = 'MAYOR'",
                    String.class, town);
            String official = jdbc.queryForObject("select official_name_el from municipality where id = ?", String.class, town);
            assertThat(text).as(town).contains(mayor, official, link, "Σας προσκαλούμε.");
            assertThat(text).as("the link of another municipality").doesNotContain(
                    tokens.entrySet().stream().filter(e -> !e.getKey().equals(town)).findFirst().orElseThrow().getValue());

            Attached calendar = files.get("Πρόσκληση.ics");
            assertThat(calendar.contentType()).startsWith("text/calendar").contains("method=REQUEST");
            String ics = new String(calendar.content(), StandardCharsets.UTF_8);
            assertThat(ics).contains(CalendarFiles.uid(parts.get(0), invitation), CalendarFiles.uid(parts.get(1), invitation));
            String parsed = icsCheck(calendar.content());
            assertThat(parsed).contains("METHOD REQUEST", "VTIMEZONE Europe/Athens");
            List<String> events = parsed.lines().filter(l -> l.startsWith("EVENT ")).toList();
            assertThat(events).hasSize(2);
            LocalDate day = Today.inAthens().plusDays(40);
            assertThat(events.get(0)).contains("start=" + day + "T17:30:00+0", "end=" + day + "T20:00:00+0",
                    "tz=Europe/Athens", "attendees=1", "url=" + link);
            assertThat(events.get(1)).contains("start=" + day + "T20:00:00+0", "tz=Europe/Athens");
        }

        // One municipality answers in Chromium: both parts, two delegates.
        String town = towns.get(0);
        String invitation = jdbc.queryForObject("select id from invitation where campaign_id = ? and municipality_id = ?",
                String.class, campaign, town);
        browser = Browser.open(port, 1024);
        WebDriver driver = browser.driver;
        browser.get("/r/" + tokens.get(town));
        assertThat(browser.heading()).isEqualTo(title);
        driver.findElement(By.id("f-part-" + parts.get(0) + "-yes")).click();
        driver.findElement(By.id("f-part-" + parts.get(1) + "-yes")).click();
        driver.findElement(By.id("f-delegates[0].fullName")).sendKeys("Άννα Κωνσταντίνου");
        driver.findElement(By.id("f-delegates[0].email")).sendKeys("anna@delegates.test.example");
        driver.findElement(By.id("f-delegates[1].fullName")).sendKeys("Πέτρος Νικολάου");
        driver.findElement(By.id("f-delegates[1].email")).sendKeys("petros@delegates.test.example");
        driver.findElement(By.id("send-reply")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer")));
        assertThat(driver.findElement(By.id("answer")).getText()).contains("Άννα Κωνσταντίνου", "Πέτρος Νικολάου");
        browser.axe();

        String mayorAddress = fx.recipient(campaign, town);
        List<MimeMessage> confirmations = await(m -> mayorAddress.equals(to(m)) && subject(m).contains(title)
                && subject(m).startsWith("Η απάντησή σας:"), 1);
        assertThat(confirmations).hasSize(1);
        MimeMessage confirmation = confirmations.get(0);
        assertThat(String.join(",", java.util.Arrays.stream(confirmation.getRecipients(jakarta.mail.Message.RecipientType.CC))
                .map(Object::toString).toList())).contains("anna@delegates.test.example", "petros@delegates.test.example");
        Map<String, Attached> confirmationFiles = attachments(confirmation);
        assertThat(confirmationFiles.keySet()).containsExactly("Πρόσκληση.ics");
        Attached confirmed = confirmationFiles.get("Πρόσκληση.ics");
        assertThat(confirmed.contentType()).contains("method=REQUEST");
        String confirmedIcs = new String(confirmed.content(), StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(confirmedIcs).contains(CalendarFiles.uid(parts.get(0), invitation), CalendarFiles.uid(parts.get(1), invitation),
                "mailto:anna@delegates.test.example", "mailto:petros@delegates.test.example");
        String parsedConfirmation = icsCheck(confirmed.content());
        assertThat(parsedConfirmation).contains("METHOD REQUEST");
        assertThat(parsedConfirmation.lines().filter(l -> l.startsWith("EVENT "))).hasSize(2)
                .allMatch(l -> l.contains("attendees=2") && l.contains("tz=Europe/Athens") && l.contains("status=CONFIRMED"));

        JsonNode counts = fx.body(fx.ok(fx.http.get("/api/v1/campaigns/" + campaign, InvitationFixture.TOKEN), 200)).get("counts");
        for (JsonNode part : counts) {
            assertThat(part.get("invited").asInt()).isEqualTo(20);
            assertThat(part.get("attending").asInt()).isEqualTo(2);
            assertThat(part.get("noAnswer").asInt()).isEqualTo(19);
        }
        assertThat(counts.get(0).get("capacity").asInt()).isEqualTo(50);

        // Another declines everything: its confirmation withdraws the entries its invitation made.
        String other = towns.get(1);
        String otherInvitation = jdbc.queryForObject("select id from invitation where campaign_id = ? and municipality_id = ?",
                String.class, campaign, other);
        fx.ok(fx.http.send("PUT", "/api/v1/rsvp/" + tokens.get(other), null, """
                {"parts":{"%s":"DECLINE","%s":"DECLINE"},"delegates":[]}""".formatted(parts.get(0), parts.get(1))), 200);
        String otherAddress = fx.recipient(campaign, other);
        List<MimeMessage> withdrawn = await(m -> otherAddress.equals(to(m)) && subject(m).contains(title)
                && subject(m).startsWith("Η απάντησή σας:"), 1);
        Map<String, Attached> withdrawnFiles = attachments(withdrawn.get(0));
        assertThat(withdrawnFiles.keySet()).containsExactly("Ακύρωση.ics");
        String cancel = icsCheck(withdrawnFiles.get("Ακύρωση.ics").content());
        assertThat(cancel).contains("METHOD CANCEL", "uid=" + CalendarFiles.uid(parts.get(0), otherInvitation) + " sequence=1",
                "uid=" + CalendarFiles.uid(parts.get(1), otherInvitation) + " sequence=1");
        assertThat(cancel.lines().filter(l -> l.startsWith("EVENT "))).hasSize(2).allMatch(l -> l.contains("status=CANCELLED"));
        JsonNode after = fx.body(fx.ok(fx.http.get("/api/v1/campaigns/" + campaign, InvitationFixture.TOKEN), 200)).get("counts");
        assertThat(after.get(0).get("declined").asInt()).isEqualTo(1);
        assertThat(after.get(0).get("noAnswer").asInt()).isEqualTo(18);
    }

    @Test
    void aCampaignWithAMunicipalityWithoutAKnownMayorIsRefusedBeforeAnythingIsSent() throws IOException {
        InvitationFixture fx = new InvitationFixture(new Http(port), jdbc, json);
        String meeting = fx.meeting(null, 40);
        // a municipality of which only the focal point is known: the mail could go out but no letter be addressed
        String mayorless = fx.withoutMayor(72);
        String[] name = fx.officialNames(mayorless);
        List<String> towns = new ArrayList<>(fx.municipalities(45, 2));
        towns.add(mayorless);
        String campaign = fx.campaign(meeting, towns, 2, Today.inAthens().plusDays(30), "");

        JsonNode preview = fx.body(fx.ok(fx.http.get("/api/v1/campaigns/" + campaign + "/preview", InvitationFixture.TOKEN), 200));
        assertThat(preview.get("withoutLetter")).hasSize(1);
        assertThat(preview.get("withoutLetter").get(0).get("municipalityId").asString()).isEqualTo(mayorless);
        assertThat(preview.get("attachments").valueStream().map(JsonNode::asString).toList())
                .contains("Επιστολή πρόσκλησης.pdf", "Πρόσκληση.ics");

        // the secretariat's preview names it before sending
        browser = Browser.open(port, 1024);
        WebDriver driver = browser.driver;
        browser.get("/signin?lang=el");
        driver.findElement(By.id("email")).sendKeys("secretariat@diktyo.example");
        driver.findElement(By.id("password")).sendKeys(org.diktyo.accounts.TestAccounts.demoPassword());
        driver.findElement(By.id("password")).submit();
        browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
        browser.get("/admin/campaigns/" + campaign);
        assertThat(driver.findElement(By.id("without-letter")).getText()).contains(name[0]);
        assertThat(driver.findElement(By.id("preview-text")).getText()).contains("Επιστολή πρόσκλησης.pdf", "Πρόσκληση.ics");
        browser.axe();
        driver.findElement(By.id("send-campaign")).click();
        // the refusal comes back on the same address: wait for it, not for any page
        browser.wait.until(d -> d.getPageSource().contains("απευθύνεται στον Δήμαρχο"));
        assertThat(driver.getPageSource()).contains("απευθύνεται στον Δήμαρχο", name[0]);

        HttpResponse<String> refused = fx.http.send("POST", "/api/v1/campaigns/" + campaign + "/send", InvitationFixture.TOKEN,
                null, "Accept-Language", "el");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.body()).contains(name[0], "απευθύνεται στον Δήμαρχο");
        assertThat(jdbc.queryForObject("select count(*) from invitation where campaign_id = ?", Integer.class, campaign))
                .as("nothing sent, nothing half-written").isZero();
        assertThat(fx.body(fx.ok(fx.http.get("/api/v1/campaigns/" + campaign, InvitationFixture.TOKEN), 200))
                .get("status").asString()).isEqualTo("DRAFT");
        HttpResponse<String> english = fx.http.send("POST", "/api/v1/campaigns/" + campaign + "/send",
                InvitationFixture.TOKEN, null, "Accept-Language", "en");
        assertThat(english.body()).contains("the letter is addressed to the mayor, who is not known for: " + name[1]);
    }

    record Attached(String contentType, byte[] content) {
    }

    static String to(MimeMessage m) {
        try {
            return m.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The messages GreenMail holds that match, once there are {@code n} of them (or after two minutes). */
    List<MimeMessage> await(Predicate<MimeMessage> wanted, int n) {
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        List<MimeMessage> found = List.of();
        while (System.nanoTime() < until) {
            // GreenMail keeps one message per recipient (the copies in cc too): one per Message-ID
            Map<String, MimeMessage> byId = new LinkedHashMap<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (wanted.test(m)) {
                    byId.putIfAbsent(messageId(m), m);
                }
            }
            found = List.copyOf(byId.values());
            if (found.size() >= n) {
                return found;
            }
            InvitationFixture.sleep(300);
        }
        return found;
    }

    /** The message's attachments by file name, in order. */
    static Map<String, Attached> attachments(MimeMessage m) throws Exception {
        Map<String, Attached> files = new LinkedHashMap<>();
        collect(m, files);
        return files;
    }

    private static void collect(Part part, Map<String, Attached> files) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), files);
            }
        } else if (part instanceof BodyPart && part.getFileName() != null) {
            try (InputStream in = part.getInputStream()) {
                files.put(part.getFileName(), new Attached(part.getContentType().replaceAll("\\s+", " "), in.readAllBytes()));
            }
        }
    }

    static String icsCheck(byte[] ics) {
        Tools.requireIcalendar();
        return Tools.withFile(ics, ".ics", file -> Tools.run(List.of("/usr/bin/python3", "scripts/ics-check.py", file.toString())));
    }

    static byte[] memorandum() {
        try (InputStream in = InvitationEndToEndTest.class.getResourceAsStream("/demo/memorandum-axes.pdf")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String campaign(InvitationFixture fx, String meeting, List<String> towns, String document) {
        String municipalities = String.join(",", towns.stream().map(p -> "\"" + p + "\"").toList());
        String parts = String.join(",", fx.parts(meeting).stream().map(p -> "\"" + p + "\"").toList());
        return fx.body(fx.ok(fx.http.send("POST", "/api/v1/meetings/" + meeting + "/campaigns", InvitationFixture.TOKEN, """
                {"audience":"HAND_PICKED","municipalities":[%s],"quota":2,"deadline":"%s","parts":[%s],
                 "documents":["%s"],"letterEl":"Σας προσκαλούμε.","letterEn":"We invite you.","reminderDays":""}
                """.formatted(municipalities, Today.inAthens().plusDays(30), parts, document)), 201)).get("id").asString();
    }

    /** Uploads a document to the meeting through the API; its id. */
    String upload(String meeting, String filename, byte[] content) throws Exception {
        String boundary = "----diktyo" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"titleEl\"\r\n\r\n"
                + "Μνημόνιο συνεργασίας\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/meetings/" + meeting + "/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + InvitationFixture.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body()).get("id").asString();
    }
}
