package org.diktyo.positions;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.diktyo.documents.Pdfs;
import org.diktyo.language.DatePhrases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The life cycle of a joint position through the API, on H2 and PostgreSQL: drafted, amended in
 * consultation, frozen (not without a «ΠΡΟΣ» addressee), opened for signature to the members
 * (each mailed a personal link), signed by Athens' focal point (twice: nothing changes), by
 * others on their behalf, corrected with a reason (every signature to confirm again, mailed),
 * confirmed again by some, refused after the deadline with the date in Greek, closed, refused
 * below the threshold without a reason («8 από 9»), sent with the letter read back by pdftotext.
 * On the way, each endpoint is tried by the wrong people: refused, nothing written.
 */
@DatabaseTest
class PositionsTest {

    /** The letters this test sends are delivered here. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension smtp = org.diktyo.TestSmtp.server();

    static final String SECRETARIAT = TestAccounts.demoToken();
    static final Pattern CAPITAL_WITH_TONOS = Pattern.compile("[ΆΈΉΊΌΎΏ]");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void draftedSignedCorrectedConfirmedAndSentWithTheThreshold() {
        Http http = new Http(port);
        PositionFixture fixture = new PositionFixture(http, json);
        String athens = accounts.tokenFor(Role.FOCAL_POINT, "athens");
        String partner = accounts.tokenFor(Role.PARTNER, null);
        List<String> members = jdbc.queryForList("select id from municipality where status = 'MEMBER'"
                + " and id not in ('athens', 'thessaloniki') order by id", String.class);
        int half = (members.size() + 2 + 1) / 2;

        String id = fixture.ok(http.send("POST", "/api/v1/positions", SECRETARIAT,
                PositionFixture.positionJson("Συμπερίληψη της τοπικής αυτοδιοίκησης")), 201).get("position").get("id").asString();
        String base = "/api/v1/positions/" + id;
        refused(null, http.get(base, null), 404);
        refused(null, http.send("POST", base + "/freeze", SECRETARIAT, null), 409);
        refused(null, http.send("PUT", base + "/addressees", SECRETARIAT,
                "[{\"body\":\"Υπουργείο\",\"role\":\"TO\",\"email\":\"not-an-address\"}]"), 400, "[0].email");
        fixture.ok(http.send("PUT", base + "/addressees", SECRETARIAT, PositionFixture.addresseesJson()), 200);
        fixture.ok(http.send("POST", base + "/open-consultation", SECRETARIAT,
                "{\"closesOn\":\"" + Today.inAthens().plusDays(10) + "\"}"), 200);
        String amendment = fixture.ok(http.send("POST", base + "/amendments", athens, """
                {"municipalityId":"athens","kind":"REPLACE","clauseKey":"p.2","baseRevision":"%s","headingEl":"",
                 "headingEn":"","textEl":"Είμαστε στη διάθεσή σας για συνάντηση.","textEn":"We are at your disposal for a meeting.",
                 "justification":"Πιο συγκεκριμένο.","cosponsors":[]}""".formatted(fixture.revision(id, "p.2"))), 201)
                .get("id").asString();
        fixture.ok(http.send("POST", "/api/v1/amendments/" + amendment + "/submit", athens, null), 200);
        fixture.ok(http.send("POST", "/api/v1/amendments/" + amendment + "/decision", SECRETARIAT,
                "{\"state\":\"ACCEPTED\"}"), 200);
        String hash = fixture.ok(http.send("POST", base + "/freeze", SECRETARIAT, null), 200).get("textHash").asString();
        assertThat(fixture.position(id, SECRETARIAT).get("clauses").get(1).get("textEl").asString())
                .isEqualTo("Είμαστε στη διάθεσή σας για συνάντηση.");

        JsonNode opened = fixture.ok(http.send("POST", base + "/open-signature", SECRETARIAT,
                "{\"closesOn\":\"" + Today.inAthens().plusDays(10) + "\"}"), 200);
        assertThat(opened.get("position").get("minSignatories").asInt()).isEqualTo(half);
        assertThat(count("mail_outbox where purpose = 'position-signature' and reference like ?", id + "/%"))
                .as("a personal link mailed to each member with an address").isGreaterThanOrEqualTo(members.size());

        String prospect = jdbc.queryForObject("select id from municipality where status = 'PROSPECT' order by id"
                + " fetch first 1 rows only", String.class);
        String sign = "{\"textHash\":\"" + hash + "\"}";
        int before = count("joint_position_signature where position_id = ?", id);
        SoftAssertions soft = new SoftAssertions();
        refused(soft, http.send("PUT", base + "/signatures/thessaloniki", athens, sign), 404);
        refused(soft, http.send("DELETE", base + "/signatures/thessaloniki", athens, null), 404);
        refused(soft, http.send("PUT", base + "/signatures/athens", partner, sign), 403);
        refused(soft, http.send("PUT", base + "/signatures/athens", null, sign), 401);
        refused(soft, http.send("PUT", base + "/signatures/" + prospect, SECRETARIAT, sign), 403);
        refused(soft, http.send("PUT", base + "/signatures/athens", athens, "{\"textHash\":\"" + "0".repeat(64) + "\"}"), 409);
        refused(soft, http.send("PUT", base + "/signatures/athens", athens, "{}"), 400, "textHash");
        for (String admin : List.of("/freeze", "/close", "/withdraw", "/remind", "/open-consultation", "/open-signature",
                "/correct", "/send")) {
            refused(soft, http.send("POST", base + admin, athens, "{}"), 403);
            refused(soft, http.send("POST", base + admin, partner, "{}"), 403);
        }
        refused(soft, http.send("PUT", base + "/addressees", athens, PositionFixture.addresseesJson()), 403);
        refused(soft, http.send("POST", "/api/v1/positions", athens, PositionFixture.positionJson("Όχι")), 403);
        refused(soft, http.get(base + "/sent", athens), 403);
        soft.assertThat(http.send("PUT", base + "/signatures/athens", athens, "{\"textHash\":\"x\"}").body())
                .contains("Το κείμενο άλλαξε· διαβάστε το ξανά");
        soft.assertThat(http.send("PUT", base + "/signatures/athens", partner, sign, "Accept-Language", "en").body())
                .contains("partners do not sign");
        soft.assertThat(count("joint_position_signature where position_id = ?", id)).as("nothing written").isEqualTo(before);
        soft.assertThat(fixture.position(id, SECRETARIAT).get("position").get("state").asString()).isEqualTo("OPEN_FOR_SIGNATURE");
        soft.assertAll();

        JsonNode signed = fixture.ok(http.send("PUT", base + "/signatures/athens", athens, sign), 200);
        assertThat(signed.get("method").asString()).isEqualTo("ONLINE_ATTESTED");
        assertThat(signed.get("signatoryName").asString()).isEqualTo(mayor("athens"));
        assertThat(signed.get("capacityEl").asString()).isEqualTo("Δήμαρχος Αθηναίων");
        int version = jdbc.queryForObject("select version from joint_position_signature where position_id = ?"
                + " and municipality_id = 'athens'", Integer.class, id);
        fixture.ok(http.send("PUT", base + "/signatures/athens", athens, sign), 200);
        assertThat(jdbc.queryForObject("select version from joint_position_signature where position_id = ?"
                + " and municipality_id = 'athens'", Integer.class, id)).as("signing twice changes nothing").isEqualTo(version);
        fixture.ok(http.send("PUT", base + "/signatures/thessaloniki", SECRETARIAT, sign), 200);
        for (String m : members.subList(0, half - 3)) {
            fixture.ok(http.send("PUT", base + "/signatures/" + m, SECRETARIAT, sign), 200);
        }

        int reconfirmMails = count("mail_outbox where purpose = 'position-signature' and reference = ?", id + "/athens");
        refused(null, http.send("POST", base + "/correct", SECRETARIAT,
                "{\"clauseKey\":\"p.1\",\"textEl\":\"Ζητούμε μία θέση στην επιτροπή.\"}"), 400, "reason");
        JsonNode corrected = fixture.ok(http.send("POST", base + "/correct", SECRETARIAT, """
                {"clauseKey":"p.1","textEl":"Ζητούμε μία θέση στην επιτροπή.","textEn":"We ask for one seat on the committee.",
                 "reason":"Ορθογραφικό λάθος."}"""), 200);
        String newHash = corrected.get("position").get("textHash").asString();
        assertThat(newHash).isNotEqualTo(hash);
        assertThat(corrected.get("toReconfirm")).hasSize(half - 1);
        assertThat(count("mail_outbox where purpose = 'position-signature' and reference = ?", id + "/athens"))
                .as("Athens mailed to confirm again").isEqualTo(reconfirmMails + 1);
        JsonNode tracker = fixture.ok(http.get(base + "/signatures", athens), 200);
        assertThat(tracker.get("counting").asInt()).isZero();
        refused(null, http.send("PUT", base + "/signatures/athens", athens, sign), 409);
        String signNew = "{\"textHash\":\"" + newHash + "\"}";
        fixture.ok(http.send("PUT", base + "/signatures/athens", athens, signNew), 200);
        for (String m : members.subList(0, half - 3)) {
            fixture.ok(http.send("PUT", base + "/signatures/" + m, SECRETARIAT, signNew), 200);
        }
        fixture.ok(http.send("PUT", base + "/signatures/" + members.get(half - 3), SECRETARIAT, signNew), 200);
        fixture.ok(http.send("DELETE", base + "/signatures/" + members.get(half - 3), SECRETARIAT, null), 200);
        assertThat(fixture.ok(http.get(base + "/signatures", SECRETARIAT), 200).get("counting").asInt())
                .as("Thessaloniki has not confirmed again, the last one withdrew").isEqualTo(half - 2);

        jdbc.update("update joint_position set signature_closes = ?, closes_on = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), java.sql.Date.valueOf("2024-06-11"), id);
        HttpResponse<String> late = http.send("PUT", base + "/signatures/thessaloniki", SECRETARIAT, signNew);
        refused(null, late, 409);
        assertThat(late.body()).contains("Η υπογραφή ήταν δυνατή έως την Τρίτη 11 Ιουνίου 2024");
        fixture.ok(http.send("POST", base + "/close", SECRETARIAT, null), 200);
        refused(null, http.send("PUT", base + "/signatures/athens", athens, signNew), 409);
        refused(null, http.send("POST", base + "/send", SECRETARIAT, "{\"protocolNo\":\" \"}"), 400, "protocolNo");
        HttpResponse<String> below = http.send("POST", base + "/send", SECRETARIAT, "{\"protocolNo\":\"12345\"}");
        refused(null, below, 409);
        assertThat(below.body()).contains((half - 2) + " από " + half);

        JsonNode sent = fixture.ok(http.send("POST", base + "/send", SECRETARIAT,
                "{\"protocolNo\":\"12345\",\"reason\":\"Επείγει πριν από τη νομοθετική ρύθμιση.\"}"), 200);
        assertThat(sent.get("state").asString()).isEqualTo("SENT");
        assertThat(sent.get("sentAnywayReason").asString()).isEqualTo("Επείγει πριν από τη νομοθετική ρύθμιση.");
        List<String> recipients = jdbc.queryForList("select recipient from mail_outbox where purpose = 'position'"
                + " and reference = ? order by id", String.class, id);
        String athensFocalPoint = jdbc.queryForObject("select email from contact where municipality_id = 'athens'"
                + " and kind = 'FOCAL_POINT' order by full_name fetch first 1 rows only", String.class);
        assertThat(recipients).as("one message to the TO addressee with an e-mail, copies to the signing focal points")
                .containsOnlyOnce("minister@migration.test.example").contains(athensFocalPoint)
                .doesNotContain("info@kede.test.example");
        assertThat(fixture.ok(http.get(base, null), 200).get("position").get("protocolNo").asString()).isEqualTo("12345");
        assertThat(fixture.ok(http.get(base + "/signatures", null), 200).get("items")).hasSize(half - 2);
        assertThat(fixture.ok(http.get(base + "/sent", SECRETARIAT), 200)).hasSizeGreaterThanOrEqualTo(2);

        byte[] pdf = http.bytes(base + "/letter.pdf", null).body();
        String text = Pdfs.text(pdf);
        assertThat(text).contains("ΠΡΟΣ:", "ΚΟΙΝ.:", "ΘΕΜΑ:", "Αρ. Πρωτ.: 12345",
                "Αθήνα, " + DatePhrases.plain(LocalDate.now(java.time.ZoneId.of("Europe/Athens")), java.util.Locale.forLanguageTag("el")),
                "Υπουργείο Μετανάστευσης και Ασύλου – Γραφείο Υπουργού", "Κεντρική Ένωση Δήμων Ελλάδας (ΚΕΔΕ)",
                "«Συμμετοχή των δήμων στον σχεδιασμό»", "Ζητούμε μία θέση στην επιτροπή.", "Οι Δήμαρχοι",
                "Δήμαρχος Αθηναίων", mayor("athens")).doesNotContain(mayor("thessaloniki"));
        List<String> capitals = new ArrayList<>();
        Matcher words = Pattern.compile("[\\p{IsGreek}]{2,}").matcher(text);
        while (words.find()) {
            String w = words.group();
            if (w.equals(w.toUpperCase(java.util.Locale.ROOT)) && CAPITAL_WITH_TONOS.matcher(w).find()) {
                capitals.add(w);
            }
        }
        assertThat(capitals).as("words in capitals without tonos").isEmpty();
        List<String[]> signatories = new ArrayList<>(jdbc.query("select official_name_el, signatory_name from"
                + " joint_position_signature where position_id = ? and state = 'VALID' and text_hash = ?",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, id, newHash));
        signatories.sort((a, b) -> org.diktyo.language.GreekText.greekCollator().compare(a[0], b[0]));
        List<String> names = signatories.stream().map(n -> n[1]).toList();
        assertThat(names).hasSize(half - 2);
        int at = -1;
        for (String name : names) {
            int next = text.indexOf(name, at + 1);
            assertThat(next).as(name + " after the one before it").isGreaterThan(at);
            at = next;
        }
        assertThat(Pdfs.veraPdfFailures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        String english = Pdfs.text(http.bytes(base + "/letter.pdf?lang=en", null).body());
        assertThat(english).contains("TO:", "CC:", "SUBJECT:", "Athens, ", "Ref. No.: 12345", "the Greek text prevails",
                "We ask for one seat on the committee.");
    }

    @Test
    void nineOfEighteenSendWithoutAReason() {
        Http http = new Http(port);
        PositionFixture fixture = new PositionFixture(http, json);
        String id = fixture.open(10, null);
        String base = "/api/v1/positions/" + id;
        int min = fixture.position(id, SECRETARIAT).get("position").get("minSignatories").asInt();
        String sign = "{\"textHash\":\"" + fixture.hash(id) + "\"}";
        List<String> members = jdbc.queryForList("select id from municipality where status = 'MEMBER' order by id", String.class);
        for (String m : members.subList(0, min)) {
            fixture.ok(http.send("PUT", base + "/signatures/" + m, SECRETARIAT, sign), 200);
        }
        fixture.ok(http.send("POST", base + "/close", SECRETARIAT, null), 200);
        JsonNode sent = fixture.ok(http.send("POST", base + "/send", SECRETARIAT, "{\"protocolNo\":\"678/2026\"}"), 200);
        assertThat(sent.get("state").asString()).isEqualTo("SENT");
        assertThat(sent.get("sentAnywayReason").isNull()).isTrue();
        refused(null, http.send("POST", base + "/withdraw", SECRETARIAT, null), 409);
        refused(null, http.send("POST", base + "/responses", accounts.tokenFor(Role.FOCAL_POINT, "athens"),
                PositionFixture.responseJson()), 403);
        refused(null, http.send("POST", base + "/responses", SECRETARIAT, PositionFixture.responseJson()
                .replace(Today.inAthens().minusDays(1).toString(), Today.inAthens().plusDays(1).toString())), 400, "receivedOn");
        fixture.ok(http.send("POST", base + "/responses", SECRETARIAT, PositionFixture.responseJson()), 201);
        fixture.ok(http.send("POST", base + "/responses", SECRETARIAT, PositionFixture.responseJson()
                .replace("\"published\":true", "\"published\":false")), 201);
        assertThat(fixture.position(id, null).get("position").get("state").asString()).isEqualTo("ANSWERED");
        assertThat(fixture.ok(http.get(base + "/responses", null), 200)).as("the public reads the public answer").hasSize(1);
        assertThat(fixture.ok(http.get(base + "/responses", SECRETARIAT), 200)).hasSize(2);
        List<String> listed = new ArrayList<>();
        fixture.ok(http.get("/api/v1/positions", null), 200).get("items").forEach(i -> listed.add(i.get("id").asString()));
        assertThat(listed).contains(id);
    }

    /**
     * The reminder (once) and the close run as jobs of the shared mechanism; the letter arrives
     * (GreenMail) at the TO addressee with the other addressee in copy, the Greek subject intact
     * and both PDFs attached.
     */
    @Test
    void theJobsRemindAndCloseAndTheLetterArrivesWithItsPdfs() throws Exception {
        Http http = new Http(port);
        PositionFixture fixture = new PositionFixture(http, json);
        String id = fixture.open(10, 1);
        String base = "/api/v1/positions/" + id;
        int before = count("mail_outbox where purpose = 'position-signature' and reference = ?", id + "/athens");
        fixture.ok(http.send("POST", base + "/remind", SECRETARIAT, null), 202);
        refused(null, http.send("POST", base + "/remind", SECRETARIAT, null), 409);
        long until = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (count("mail_outbox where purpose = 'position-signature' and reference = ?", id + "/athens") == before) {
            assertThat(System.nanoTime()).as("the reminder job ran").isLessThan(until);
            Thread.sleep(200);
        }
        fixture.ok(http.send("PUT", base + "/signatures/athens", SECRETARIAT, "{\"textHash\":\"" + fixture.hash(id) + "\"}"), 200);
        int reminders = count("mail_outbox where purpose = 'position-signature' and reference = ?", id + "/athens");
        jdbc.update("update scheduled_job set due_at = ? where id = ?", java.sql.Timestamp.from(java.time.Instant.now()),
                "POSITIONS_CLOSE:" + id);
        while (!fixture.position(id, SECRETARIAT).get("position").get("state").asString().equals("CLOSED")) {
            assertThat(System.nanoTime()).as("the close job ran").isLessThan(until + java.time.Duration.ofSeconds(30).toNanos());
            Thread.sleep(200);
        }
        assertThat(count("scheduled_job where id like ? and done_at is not null", "POSITIONS_%:" + id + "%")).isEqualTo(2);
        assertThat(count("mail_outbox where purpose = 'position-signature' and reference = ?", id + "/athens"))
                .as("one reminder only").isEqualTo(reminders);
        fixture.ok(http.send("POST", base + "/send", SECRETARIAT, "{\"protocolNo\":\"31/2026\"}"), 200);

        jakarta.mail.internet.MimeMessage letter = null;
        while (letter == null) {
            assertThat(System.nanoTime()).as("the letter delivered").isLessThan(until + java.time.Duration.ofSeconds(90).toNanos());
            for (jakarta.mail.internet.MimeMessage m : smtp.getReceivedMessagesForDomain("migration.test.example")) {
                if (m.getSubject().contains("(Αρ. Πρωτ. 31/2026)")) {
                    letter = m;
                }
            }
            Thread.sleep(200);
        }
        assertThat(letter.getSubject()).startsWith("Θέμα: Συμμετοχή των δήμων στον σχεδιασμό (Αρ. Πρωτ. 31/2026)");
        assertThat(letter.getHeader("Cc", ",")).contains("info@kede.test.example");
        List<String> pdfs = new ArrayList<>();
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) letter.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            jakarta.mail.BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null && part.isMimeType("application/pdf")) {
                pdfs.add(part.getFileName());
                byte[] bytes = part.getInputStream().readAllBytes();
                assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            }
        }
        assertThat(pdfs).containsExactly("position-31_2026-el.pdf", "position-31_2026-en.pdf");
    }

    /** The mayor's name as the registry holds it now (other tests may change a municipality's contacts). */
    private String mayor(String municipality) {
        return jdbc.queryForObject("select full_name from contact where municipality_id = ? and kind = 'MAYOR'"
                + " order by full_name fetch first 1 rows only", String.class, municipality);
    }

    private int count(String fromWhere, Object... args) {
        return jdbc.queryForObject("select count(*) from " + fromWhere, Integer.class, args);
    }

    static void refused(SoftAssertions soft, HttpResponse<String> r, int status, String... fields) {
        SoftAssertions s = soft == null ? new SoftAssertions() : soft;
        s.assertThat(r.statusCode()).as(r.request().method() + " " + r.uri() + " → " + r.body()).isEqualTo(status);
        s.assertThat(r.headers().firstValue("Content-Type").orElse("")).as(r.uri().toString())
                .startsWith("application/problem+json");
        for (String field : fields) {
            s.assertThat(r.body()).as("names " + field).contains("\"" + field + "\"");
        }
        if (soft == null) {
            s.assertAll();
        }
    }
}
