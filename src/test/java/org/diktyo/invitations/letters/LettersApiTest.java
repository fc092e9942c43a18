package org.diktyo.invitations.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.Tools;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.diktyo.documents.Pdfs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo meeting of 17 June 2024, a prospect municipality with a mayor: the letter reads as the network's own. */
@DatabaseTest
class LettersApiTest {

    static final String PROSPECT = "kozani";

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    TestAccounts accounts;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    Http http;
    String token = TestAccounts.demoToken();

    @BeforeEach
    void setUp() {
        http = new Http(port);
        String contacts = http.get("/api/v1/municipalities/" + PROSPECT + "/contacts", token).body();
        if (!contacts.contains("MAYOR")) {
            assertThat(http.send("POST", "/api/v1/municipalities/" + PROSPECT + "/contacts", token,
                    "{\"kind\":\"MAYOR\",\"fullName\":\"Παρασκευή Βρυζίδου\",\"gender\":\"FEMALE\","
                            + "\"email\":\"mayor@kozani.example\"}").statusCode()).isEqualTo(201);
        }
    }

    String demoMeeting() {
        for (JsonNode m : json.readTree(http.get("/api/v1/meetings?size=100", token).body()).get("items")) {
            if (m.toString().contains("Working Meeting of the Cities Network for Integration")) {
                return m.get("id").asString();
            }
        }
        throw new AssertionError("no demo meeting of June 2024");
    }

    byte[] pdf(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", "Bearer " + authorization);
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

    /** Every paragraph of the fixture (heading lines too), whitespace normalised, in order. */
    /**
     * Where the platform's letter corrects the original's Greek (GREEK.md): the name in apposition
     * is closed by a comma before the verb, as the English letter has it; «τη» before δ.
     */
    static final Map<String, String> CORRECTIONS = Map.of("Χάρης Δούκας σας προσκαλεί", "Χάρης Δούκας, σας προσκαλεί",
            "από την διαχείριση", "από τη διαχείριση");

    static void containsTheFixtureInOrder(String text, String fixture) throws Exception {
        String letter = org.diktyo.Fixtures.text(fixture);
        for (Map.Entry<String, String> correction : CORRECTIONS.entrySet()) {
            letter = letter.replace(correction.getKey(), correction.getValue());
        }
        List<String> paragraphs = Arrays.stream(letter.split("\n\\s*\n")).map(Pdfs::normalised).filter(p -> !p.isEmpty()).toList();
        assertThat(paragraphs).hasSize(8);
        int at = 0;
        for (String paragraph : paragraphs) {
            int found = text.indexOf(paragraph, at);
            assertThat(found).as("«" + paragraph + "» after position " + at + " of:\n" + text).isGreaterThanOrEqualTo(0);
            at = found + paragraph.length();
        }
    }

    @Test
    void theGreekLetterReadsAsTheNetworksOwn() throws Exception {
        assertThat(json.readTree(http.get("/api/v1/municipalities/" + PROSPECT, null).body()).get("status").asString())
                .isEqualTo("PROSPECT");
        byte[] letter = pdf("/api/v1/meetings/" + demoMeeting() + "/letter.pdf?municipality=" + PROSPECT
                + "&lang=el&deadline=2024-06-11", token);
        String text = Pdfs.text(letter);
        containsTheFixtureInOrder(text, "invitation-2024-06-17.el.txt");
        assertThat(text).contains("Αξιότιμη κυρία Δήμαρχε,", "Δήμαρχος Κοζάνης", "Παρασκευή Βρυζίδου",
                "Συνημμένα 1. Μνημόνιο συνεργασίας", "Ο Δήμαρχος Αθηναίων Χάρης Δούκας");
        assertThat(Pdfs.veraPdfFailures(letter, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(Pdfs.fonts(letter)).isNotEmpty().allMatch(f -> f.endsWith(" embedded"));
    }

    @Test
    void theEnglishLetterReadsAsTheEnglishFixture() throws Exception {
        String text = Pdfs.text(pdf("/api/v1/meetings/" + demoMeeting() + "/letter.pdf?municipality=" + PROSPECT
                + "&lang=en&deadline=2024-06-11", token));
        containsTheFixtureInOrder(text, "invitation-2024-06-17.en.txt");
        assertThat(text).contains("Dear Madam Mayor,", "Memorandum of cooperation");
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndOnlyTheSecretariatGetsALetter() {
        String meeting = demoMeeting();
        var late = http.get("/api/v1/meetings/" + meeting + "/letter.pdf?municipality=" + PROSPECT + "&deadline=2024-06-18", token);
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(json.readTree(late.body()).get("detail").asString())
                .isEqualTo("Η προθεσμία απάντησης (Τρίτη 18 Ιουνίου 2024) είναι μετά τη συνάντηση (Δευτέρα 17 Ιουνίου 2024).");
        // a municipality without a mayor among its contacts (the demo gives every member one)
        String mayorless = jdbc.queryForObject("select id from municipality where status <> 'MEMBER' order by id offset 75"
                + " rows fetch next 1 rows only", String.class);
        jdbc.update("delete from contact where municipality_id = ? and kind = 'MAYOR'", mayorless);
        var noMayor = http.get("/api/v1/meetings/" + meeting + "/letter.pdf?municipality=" + mayorless + "&deadline=2024-06-11", token,
                "Accept-Language", "en");
        assertThat(noMayor.statusCode()).isEqualTo(409);
        assertThat(json.readTree(noMayor.body()).get("detail").asString()).contains("there is no mayor among the contacts");
        assertThat(http.get("/api/v1/meetings/" + meeting + "/letter.pdf?municipality=" + PROSPECT + "&deadline=2024-06-11&lang=fr",
                token).statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/meetings/" + meeting + "/letter.pdf?municipality=" + PROSPECT + "&deadline=2024-06-11", null)
                .statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/meetings/" + meeting + "/letter.pdf?municipality=" + PROSPECT + "&deadline=2024-06-11",
                accounts.tokenFor(Role.PARTNER, null)).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/meetings/nope/letter.pdf?municipality=" + PROSPECT + "&deadline=2024-06-11", token)
                .statusCode()).isEqualTo(404);
    }

    static final Pattern EVENT = Pattern.compile("EVENT uid=(\\S+) sequence=(\\d+) start=(\\S+) end=(\\S+) tz=Europe/Athens");

    String check(String ics) {
        Tools.requireIcalendar();
        return Tools.withFile(ics.getBytes(StandardCharsets.UTF_8), ".ics",
                file -> Tools.run(List.of("/usr/bin/python3", "scripts/ics-check.py", file.toString())));
    }

    @Test
    void theCalendarFileImportsInAthensTimeAndAChangeOfTimeRaisesTheSequence() {
        var demo = http.get("/api/v1/meetings/" + demoMeeting() + "/calendar.ics", null);
        assertThat(demo.statusCode()).isEqualTo(200);
        assertThat(demo.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(check(demo.body())).contains("METHOD PUBLISH", "start=2024-06-17T17:30:00+03:00 end=2024-06-17T20:00:00+03:00",
                "LOCATION Αίθουσα Δημοτικού Συμβουλίου, Δημαρχιακό Μέγαρο, Αθηνάς 63, Πλ. Κοτζιά, 2ος όροφος, 105 52 Αθήνα");

        var created = http.send("POST", "/api/v1/meetings", token, "{\"kind\":\"WORKING_MEETING\",\"titleEl\":\"Δοκιμή ημερολογίου\","
                + "\"titleEn\":\"Calendar test\",\"hostMunicipalityId\":\"athens\",\"hostOfficialEl\":\"Ο Δήμαρχος Αθηναίων, Χάρης Δούκας\","
                + "\"hostOfficialEn\":\"The Mayor of Athens, Haris Doukas\",\"visibility\":\"PUBLIC\",\"status\":\"ANNOUNCED\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").asString();
        String part = "{\"titleEl\":\"Συνάντηση εργασίας\",\"titleEn\":\"Working meeting\",\"date\":\"2030-03-18\","
                + "\"startTime\":\"%s\",\"endTime\":\"20:00\",\"venueEl\":\"Δημαρχιακό Μέγαρο\",\"venueEn\":\"Town Hall\","
                + "\"streetEl\":\"Αθηνάς 63\",\"streetEn\":\"63 Athinas Street\",\"postcode\":\"10552\",\"cityEl\":\"Αθήνα\","
                + "\"cityEn\":\"Athens\",\"floor\":2,\"answeredSeparately\":false}";
        var added = http.send("POST", "/api/v1/meetings/" + id + "/parts", token, part.formatted("17:30"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String partId = json.readTree(added.body()).get("id").asString();

        Matcher before = EVENT.matcher(check(http.get("/api/v1/meetings/" + id + "/calendar.ics", null).body()));
        assertThat(before.find()).isTrue();
        assertThat(before.group(3)).isEqualTo("2030-03-18T17:30:00+02:00");
        Matcher again = EVENT.matcher(check(http.get("/api/v1/meetings/" + id + "/calendar.ics", null).body()));
        assertThat(again.find()).isTrue();
        assertThat(again.group(2)).isEqualTo(before.group(2));

        assertThat(http.send("PUT", "/api/v1/meetings/" + id + "/parts/" + partId, token, part.formatted("18:00")).statusCode())
                .isEqualTo(200);
        Matcher after = EVENT.matcher(check(http.get("/api/v1/meetings/" + id + "/calendar.ics", null).body()));
        assertThat(after.find()).isTrue();
        assertThat(after.group(1)).isEqualTo(before.group(1));
        assertThat(Integer.parseInt(after.group(2))).isGreaterThan(Integer.parseInt(before.group(2)));
        assertThat(after.group(3)).isEqualTo("2030-03-18T18:00:00+02:00");

        var invitation = http.get("/api/v1/meetings/" + demoMeeting() + "/calendar.ics?municipality=" + PROSPECT + "&lang=en", token);
        assertThat(check(invitation.body())).contains("METHOD REQUEST", "attendees=1", "SUMMARY Working Meeting of the Cities");
        assertThat(http.get("/api/v1/meetings/" + demoMeeting() + "/calendar.ics?municipality=" + PROSPECT, null).statusCode())
                .isEqualTo(401);
    }
}
