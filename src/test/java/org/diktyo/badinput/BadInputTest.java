package org.diktyo.badinput;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.accounts.TestAccounts;
import org.diktyo.memorandum.MemorandumFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input to every write endpoint of the API and every form of the pages, on H2 and on
 * PostgreSQL: NUL and other control characters, dates out of range, values of the wrong JSON
 * type, fields left out. Never a 5xx. The API refuses with a problem detail in Greek (English on
 * request) naming the field; a form is shown again with the field marked, or, for control
 * characters (which forms lose on the way in), saved as if they had not been typed. The
 * endpoints are read from the application's own mappings: a new one fails this test until it is
 * given a case here.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    static final String TOKEN = TestAccounts.demoToken();
    static final Pattern GREEK = Pattern.compile("[\\u0370-\\u03ff]");
    static final Pattern LINK = Pattern.compile("http://localhost:8080/r/([A-Za-z0-9_-]{43})");
    /** Appended to every form field: control characters a form may carry (a browser cannot send a lone surrogate). */
    static final String CONTROLS = "\u0000\u0001\u0007\u001b\u007f\u0085";
    static final List<String> BAD_DATES = List.of("-999999999-01-01", "+1000000000-01-01", "+999999999-12-31",
            "1999-12-31", "2100-01-01");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Http http;
    String meeting;
    String part;
    String part2;
    String followUp;
    String document;
    String town;
    String contact;
    String campaign;
    String invitation;
    String rsvp;
    long outbox;
    MemorandumFixture memorandum;
    /** The token of an adoption link, made by the forms' test ({@link #adoptionLink}). */
    String adopt;
    /** The version the memorandum's endpoints are sent to, put in the state each needs ({@link #prepare}). */
    int version;
    String amendment;
    JsonNode preamble;
    org.diktyo.knowledge.KnowledgeFixture knowledge;
    /** The knowledge entry the endpoints are sent to, put in the state each needs ({@link #prepare}). */
    String entry;
    /** The municipality whose accession case the endpoints are sent to, a fresh open case each time ({@link #prepare}). */
    String accessionTown;
    String accessionCase;
    String accessionActivity;
    /** The municipality of the pages' form that opens a case. */
    String formTown;
    org.diktyo.positions.PositionFixture positions;
    /** The position the endpoints are sent to, put in the state each needs ({@link #prepare}). */
    String position;
    /** A position open for signature (its signatures), its text's hash, and a position in consultation (its amendments). */
    String positionOpen;
    String positionHash;
    String positionConsultation;
    String positionRevision;
    org.diktyo.surveys.SurveyFixture surveys;
    /** The survey the endpoints are sent to ({@link #prepare}), a draft for the pages' forms, one open for answers, Athens' link to it. */
    String survey;
    String surveyDraft;
    String surveyOpen;
    String answerToken;
    /** An answer to {@link #position} once sent, and a follow-up action of it ({@link #prepare}). */
    String positionAnswer = "none";
    String positionAction = "none";
    /** A sent position with an answer and an action, for the answer's page. */
    String positionSent;
    String positionSentAnswer;
    String positionSentAction;
    /** Thessaloniki's personal link to sign {@link #positionOpen}. */
    String signatureToken;
    /** A comment on {@link #amendment} (the API's hide). */
    String comment = "0";
    /** The drafting pages' forms: the text of {@link #positionConsultation}, a submitted amendment to it and a comment on it. */
    String draftText;
    String draftAmendment;
    String draftComment = "0";

    // ---------------------------------------------------------------- fixture, through the API

    JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : json.readTree(response.body());
    }

    @BeforeAll
    void setUp() {
        http = new Http(port);
        meeting = ok(http.send("POST", "/api/v1/meetings", TOKEN, meetingJson()), 201).get("id").asString();
        LocalDate day = Today.inAthens().plusDays(40);
        part = ok(http.send("POST", "/api/v1/meetings/" + meeting + "/parts", TOKEN, partJson(day, "17:30")), 201)
                .get("id").asString();
        part2 = ok(http.send("POST", "/api/v1/meetings/" + meeting + "/parts", TOKEN, partJson(day, "20:00")), 201)
                .get("id").asString();
        followUp = ok(http.send("POST", "/api/v1/meetings/" + meeting + "/follow-ups", TOKEN, followUpJson()), 201)
                .get("id").asString();
        document = ok(upload("Υπόμνημα", "Memorandum"), 201).get("id").asString();
        List<String> towns = jdbc.queryForList("select id from municipality where status <> 'MEMBER' order by id"
                + " offset 85 rows fetch next 2 rows only", String.class);
        town = towns.get(0);
        for (String t : towns) {
            ok(http.send("POST", "/api/v1/municipalities/" + t + "/contacts", TOKEN, """
                    {"kind":"MAYOR","fullName":"Δήμαρχος %s","position":"Δήμαρχος","gender":"FEMALE",
                     "email":"mayor@%s.test.example","phone":""}""".formatted(t, t)), 201);
        }
        contact = ok(http.send("POST", "/api/v1/municipalities/" + town + "/contacts", TOKEN, contactJson()), 201)
                .get("id").asString();
        campaign = ok(http.send("POST", "/api/v1/meetings/" + meeting + "/campaigns", TOKEN, campaignJson(town)), 201)
                .get("id").asString();
        String sent = ok(http.send("POST", "/api/v1/meetings/" + meeting + "/campaigns", TOKEN,
                campaignJson(towns.get(1))), 201).get("id").asString();
        ok(http.send("POST", "/api/v1/campaigns/" + sent + "/send", TOKEN, null), 202);
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!"SENT".equals(ok(http.get("/api/v1/campaigns/" + sent, TOKEN), 200).get("status").asString())) {
            assertThat(System.nanoTime()).as("campaign sent in time").isLessThan(until);
            sleep(200);
        }
        invitation = jdbc.queryForObject("select id from invitation where campaign_id = ?", String.class, sent);
        String to = jdbc.queryForObject("select to_email from invitation where id = ?", String.class, invitation);
        String mail = jdbc.queryForList("select body_text from mail_outbox where purpose = 'invitation' and recipient = ?"
                + " order by id desc", String.class, to).get(0);
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).isTrue();
        rsvp = link.group(1);
        outbox = jdbc.queryForObject("select min(id) from mail_outbox", Long.class);
        memorandum = new MemorandumFixture(http, json);
        amendment = memorandum.submittedAmendment();
        version = ok(http.get("/api/v1/memorandum", null), 200).get("version").get("number").asInt();
        preamble = memorandum.clause(version, "preamble");
        knowledge = new org.diktyo.knowledge.KnowledgeFixture(http, json);
        entry = knowledge.draft("PRACTICE");
        List<String> free = jdbc.queryForList("select id from municipality m where status <> 'MEMBER' and not exists"
                + " (select 1 from accession_case c where c.municipality_id = m.id) order by id offset 40 rows"
                + " fetch next 2 rows only", String.class);
        accessionTown = free.get(0);
        formTown = free.get(1);
        freshCase();
        positions = new org.diktyo.positions.PositionFixture(http, json);
        position = positions.draft();
        positionOpen = positions.open(30, 1);
        positionHash = positions.hash(positionOpen);
        positionConsultation = positions.inConsultation();
        positionSent = positions.sent();
        positionSentAnswer = positions.answered(positionSent);
        positionSentAction = positions.followUp(positionSent, positionSentAnswer);
        positionRevision = positions.revision(positionConsultation, "p.2");
        Matcher signature = Pattern.compile("/positions/sign/([A-Za-z0-9_-]{43})").matcher(jdbc.queryForList(
                "select body_text from mail_outbox where purpose = 'position-signature' and reference = ? order by id desc",
                String.class, positionOpen + "/thessaloniki").get(0));
        assertThat(signature.find()).isTrue();
        signatureToken = signature.group(1);
        surveys = new org.diktyo.surveys.SurveyFixture(http, json);
        surveyDraft = surveys.draft("Έρευνα των φορμών", 10);
        survey = surveyDraft;
        surveyOpen = surveys.open("Έρευνα των απαντήσεων", 30);
        Matcher answer = Pattern.compile("/surveys/answer/([A-Za-z0-9_-]{43})").matcher(jdbc.queryForList(
                "select body_text from mail_outbox where purpose = 'survey-answer' and reference = ? order by id desc",
                String.class, surveyOpen + "/athens").get(0));
        assertThat(answer.find()).isTrue();
        answerToken = answer.group(1);
    }

    /** A new open case of {@link #accessionTown} at IDENTIFIED (the one before it declined), with a follow-up. */
    void freshCase() {
        for (String open : jdbc.queryForList("select id from accession_case where open_key = ?", String.class, accessionTown)) {
            ok(http.send("POST", "/api/v1/accessions/" + open + "/advance", TOKEN,
                    "{\"to\":\"DECLINED\",\"reason\":\"Έλεγχος.\"}"), 200);
        }
        accessionCase = ok(http.send("POST", "/api/v1/accessions", TOKEN,
                "{\"municipalityId\":\"" + accessionTown + "\",\"source\":\"OTHER\"}"), 201).get("id").asString();
        accessionActivity = ok(http.send("POST", "/api/v1/accessions/" + accessionCase + "/activities", TOKEN,
                "{\"kind\":\"NOTE\",\"text\":\"Υπενθύμιση.\",\"dueOn\":\"2030-01-15\"}"), 201).get("id").asString();
    }

    String accessionJson() {
        return """
                {"municipalityId":"%s","source":"PARTNER_REFERRAL","stage":"CONTACTED","ownerEmail":"owner@hardening.example",
                 "nextAction":"Κλήση","nextActionOn":"2030-01-15","openedOn":"%s"}""".formatted(accessionTown, Today.inAthens());
    }

    static String joinJson() {
        return """
                {"municipalityId":"arta","fullName":"Ελένη Ελέγχου","position":"Αντιδήμαρχος","email":"hardening@join.example",
                 "message":"Ενδιαφερόμαστε.","consent":true,"website":""}""";
    }

    /**
     * The memorandum is one of a kind: before its endpoint is sent a valid body, the version it is
     * sent to is put in the state that body needs (a draft to edit or open, a frozen one to adopt,
     * an amendment waiting for a decision).
     */
    void prepare(String endpoint) {
        switch (endpoint) {
            case "POST /api/v1/memorandum/versions" -> memorandum.noOpenVersion();
            case "PUT /api/v1/memorandum/versions/{number}/clauses/{key}",
                    "POST /api/v1/memorandum/versions/{number}/open-consultation" -> version = memorandum.draft();
            case "POST /api/v1/memorandum/versions/{number}/adopt" -> version = memorandum.frozen();
            case "POST /api/v1/memorandum/versions/{number}/amendments" -> version = memorandum.inConsultation();
            case "PUT /api/v1/amendments/{id}/support", "POST /api/v1/amendments/{id}/decision",
                    "POST /api/v1/amendments/{id}/comments" -> amendment = memorandum.submittedAmendment();
            case "POST /api/v1/amendments/{id}/comments/{commentId}/hide" -> {
                amendment = memorandum.submittedAmendment();
                comment = String.valueOf(ok(http.send("POST", "/api/v1/amendments/" + amendment + "/comments", TOKEN,
                        "{\"body\":\"Σχόλιο.\"}"), 201).get("id").asLong());
            }
            case "POST /api/v1/memorandum/versions/{number}/clauses/{key}/comments" -> version = memorandum.inConsultation();
            case "PUT /api/v1/memorandum/versions/{number}/adoptions/{municipalityId}",
                    "POST /api/v1/memorandum/versions/{number}/adoption-requests" -> version = memorandum.frozen();
            case "POST /api/v1/memorandum/versions/{number}/adoptions/{municipalityId}/reject" ->
                    version = Integer.parseInt(memorandum.signedAdoption("athens").split("/")[5]);
            case "POST /api/v1/memorandum/versions/{number}/adoptions/{municipalityId}/revoke" ->
                    version = Integer.parseInt(memorandum.verifiedAdoption("athens").split("/")[5]);
            case "PUT /api/v1/knowledge/entries/{id}", "POST /api/v1/knowledge/entries/{id}/submit" ->
                    entry = knowledge.draft("PRACTICE");
            case "POST /api/v1/knowledge/entries/{id}/publish", "POST /api/v1/knowledge/entries/{id}/send-back" ->
                    entry = knowledge.submitted("PRACTICE");
            case "POST /api/v1/knowledge/entries/{id}/revision/publish",
                    "POST /api/v1/knowledge/entries/{id}/revision/send-back" ->
                    entry = knowledge.revised(testAccounts.tokenFor(org.diktyo.accounts.Role.FOCAL_POINT, "athens"));
            case "POST /api/v1/accessions" -> {
                freshCase();
                ok(http.send("POST", "/api/v1/accessions/" + accessionCase + "/advance", TOKEN,
                        "{\"to\":\"DECLINED\",\"reason\":\"Έλεγχος.\"}"), 200);
            }
            case "POST /api/v1/accessions/{id}/advance", "PATCH /api/v1/accessions/{id}" -> freshCase();
            case "POST /api/v1/join" -> jdbc.update("update join_request set state = 'EXPIRED', pending_key = null"
                    + " where email = 'hardening@join.example'");
            case "POST /api/v1/knowledge/entries/{id}/archive", "PUT /api/v1/knowledge/entries/{id}/shared",
                    "DELETE /api/v1/knowledge/entries/{id}/shared" -> entry = knowledge.published("CHALLENGE");
            case "PUT /api/v1/positions/{id}/addressees", "POST /api/v1/positions/{id}/open-consultation",
                    "PATCH /api/v1/positions/{id}" ->
                    position = positions.draft();
            case "POST /api/v1/positions/{id}/open-signature", "POST /api/v1/positions/{id}/correct" ->
                    position = positions.frozen();
            case "POST /api/v1/positions/{id}/send" -> position = positions.closed();
            case "POST /api/v1/positions/{id}/responses" -> position = positions.sent();
            case "POST /api/v1/positions/{id}/responses/{responseId}/follow-ups",
                    "PUT /api/v1/positions/{id}/responses/{responseId}/follow-ups/{actionId}" -> {
                position = positions.sent();
                positionAnswer = positions.answered(position);
                positionAction = positions.followUp(position, positionAnswer);
            }
            case "PUT /api/v1/surveys/{id}", "POST /api/v1/surveys/{id}/publish" -> survey = surveys.draft("Έρευνα ελέγχου", 10);
            case "PUT /api/v1/surveys/{id}/responses/{municipalityId}" -> survey = surveyOpen;
            case "POST /api/v1/surveys/{id}/share" -> {
                survey = surveys.open("Έρευνα που κλείνει", 10);
                jdbc.update("update survey set opens_on = ?, closes_on = ? where id = ?", java.sql.Date.valueOf("2026-02-02"),
                        java.sql.Date.valueOf("2026-03-13"), survey);
            }
            default -> { }
        }
    }

    String versionJson() {
        return "{\"labelEl\":\"Αναθεώρηση ελέγχου\",\"labelEn\":\"Hardening revision\",\"changelogEl\":\"Έλεγχος.\","
                + "\"changelogEn\":\"Check.\"}";
    }

    /** The preamble as it stands, so that rewriting it leaves its revision as it was. */
    String clauseJson() {
        return json.writeValueAsString(java.util.Map.of("numberEl", preamble.get("numberEl").asString(),
                "numberEn", preamble.get("numberEn").asString(), "headingEl", preamble.get("headingEl").asString(),
                "headingEn", preamble.get("headingEn").asString(), "textEl", preamble.get("textEl").asString(),
                "textEn", preamble.get("textEn").asString()));
    }

    String proposalJson() {
        return """
                {"municipalityId":"athens","kind":"REPLACE","clauseKey":"preamble","baseRevision":"%s",
                 "headingEl":"Προοίμιο","headingEn":"Preamble","textEl":"Νέο προοίμιο.","textEn":"New preamble.",
                 "justification":"Για σαφήνεια.","cosponsors":["thessaloniki"]}""".formatted(preamble.get("revision").asString());
    }

    static String meetingJson() {
        return """
                {"kind":"WORKING_MEETING","titleEl":"Συνάντηση ελέγχου","titleEn":"Hardening meeting",
                 "hostMunicipalityId":"athens","hostOfficialEl":"Ο Δήμαρχος","hostOfficialEn":"The Mayor",
                 "visibility":"NETWORK","status":"ANNOUNCED","zone":"Europe/Athens"}""";
    }

    static String partJson(LocalDate day, String start) {
        return """
                {"titleEl":"Σκέλος","titleEn":"Part","date":"%s","startTime":"%s","endTime":"%s",
                 "venueEl":"Δημαρχείο","venueEn":"Town Hall","streetEl":"Αθηνάς 63","streetEn":"63 Athinas Street",
                 "postcode":"105 52","cityEl":"Αθήνα","cityEn":"Athens","landmarkEl":"Πλατεία","landmarkEn":"Square",
                 "roomEl":"Αίθουσα","roomEn":"Hall","floor":2,"capacity":40,"answeredSeparately":false}"""
                .formatted(day, start, start.equals("17:30") ? "19:30" : "22:00");
    }

    static String followUpJson() {
        return """
                {"action":"Αποστολή πρακτικών","owner":"Γραμματεία","dueOn":"2030-01-15","done":false}""";
    }

    static String contactJson() {
        return """
                {"kind":"OTHER","fullName":"Ελένη Έλεγχου","position":"Στέλεχος","gender":"FEMALE",
                 "email":"eleni@hardening.example","phone":"+30 210 000 0000"}""";
    }

    String campaignJson(String municipality) {
        return """
                {"audience":"HAND_PICKED","region":null,"municipalities":["%s"],"quota":2,"deadline":"%s",
                 "parts":["%s","%s"],"documents":["%s"],"letterEl":"Σας προσκαλούμε.","letterEn":"We invite you.",
                 "reminderDays":"7,2"}""".formatted(municipality, Today.inAthens().plusDays(30), part, part2, document);
    }

    String replyJson() {
        return """
                {"parts":{"%s":"ATTEND","%s":"DECLINE"},"delegates":[{"fullName":"Άννα Δοκιμή","roleTitle":"Σύμβουλος",
                 "email":"anna@hardening.example","phone":"+30 210 000 0001","needs":"Ράμπα"}]}""".formatted(part, part2);
    }

    String agendaJson() {
        return """
                [{"time":"17:30","titleEl":"Καλωσόρισμα","titleEn":"Welcome","speakers":"Δήμαρχος","axis":"JOINT_POLICY"}]""";
    }

    static String outcomeJson() {
        return """
                {"minutesEl":"Πρακτικά","minutesEn":"Minutes","numberPresent":12,"decisionsEl":["Απόφαση"],
                 "decisionsEn":["Decision"]}""";
    }

    String membershipJson() {
        return """
                {"status":"%s","effectiveOn":"2024-03-01","reason":"Απόφαση δημοτικού συμβουλίου"}""".formatted(otherStatus());
    }

    /** A membership status the fixture's municipality does not have now (a change to the same one is refused). */
    String otherStatus() {
        String now = jdbc.queryForObject("select status from municipality where id = ?", String.class, town);
        return "CANDIDATE".equals(now) ? "PROSPECT" : "CANDIDATE";
    }

    static String municipalityJson() {
        return """
                {"mayorTitleEl":"Δήμαρχος","mayorTitleEn":"Mayor","website":"https://hardening.example"}""";
    }

    HttpResponse<String> upload(String titleEl, String titleEn) {
        String boundary = "----diktyo" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] f : new String[][] {{"titleEl", titleEl}, {"titleEn", titleEn}}) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n" + f[1]
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/meetings/" + meeting + "/documents"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] pdf() {
        try (var in = BadInputTest.class.getResourceAsStream("/demo/memorandum-axes.pdf")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code pattern} with its variables replaced by this fixture's ids ({@code value} for each, when given). */
    String path(String pattern, String value) {
        Map<String, String> ids = Map.ofEntries(Map.entry("{id}", idFor(pattern)), Map.entry("{partId}", part),
                Map.entry("{followUpId}", followUp), Map.entry("{documentId}", document), Map.entry("{contactId}", contact),
                Map.entry("{token}", rsvp), Map.entry("{code}", "no-such-code"), Map.entry("{index}", "0"),
                Map.entry("{number}", String.valueOf(version)), Map.entry("{key}", pattern.startsWith("/account/drafts/") || pattern.startsWith("/api/v1/positions/") ? "p.2" : "preamble"),
                Map.entry("{municipalityId}", "athens"), Map.entry("{adoptionToken}", adopt == null ? "none" : adopt),
                Map.entry("{caseId}", accessionCase), Map.entry("{activityId}", accessionActivity),
                Map.entry("{positionId}", pattern.endsWith("/edit") ? position
                        : pattern.contains("/responses/") ? positionSent : positionOpen),
                Map.entry("{signatureToken}", signatureToken), Map.entry("{partnerId}", "iom"), Map.entry("{responseId}",
                        pattern.startsWith("/admin") ? positionSentAnswer : positionAnswer),
                Map.entry("{actionId}", pattern.startsWith("/admin") ? positionSentAction : positionAction),
                Map.entry("{surveyId}", surveyDraft), Map.entry("{answerToken}", answerToken),
                Map.entry("{commentId}", pattern.startsWith("/account/") ? draftComment : comment), Map.entry("{textId}", draftText == null ? "none" : draftText),
                Map.entry("{slug}", jdbc.queryForObject("select slug from knowledge_entry where kind = 'CHALLENGE'"
                        + " and state = 'PUBLISHED' order by slug fetch first 1 rows only", String.class)));
        String path = pattern;
        for (var id : ids.entrySet()) {
            path = path.replace(id.getKey(), value != null ? value : id.getValue());
        }
        return path;
    }

    private String idFor(String pattern) {
        if (pattern.startsWith("/api/v1/municipalities") || pattern.startsWith("/admin/municipalities")) {
            return town;
        }
        if (pattern.contains("/campaigns/{id}")) {
            return campaign;
        }
        if (pattern.contains("/invitations/{id}")) {
            return invitation;
        }
        if (pattern.contains("/outbox/{id}")) {
            return String.valueOf(outbox);
        }
        if (pattern.contains("/tokens/{id}")) {
            return "no-such-token";
        }
        if (pattern.startsWith("/account/amendments/")) {
            return draftAmendment == null ? "none" : draftAmendment;
        }
        if (pattern.contains("/amendments/{id}")) {
            return amendment;
        }
        if (pattern.contains("/knowledge/")) {
            return entry;
        }
        if (pattern.contains("/accessions/")) {
            return accessionCase;
        }
        if (pattern.contains("/surveys/{id}")) {
            return survey;
        }
        if (pattern.contains("/positions/{id}/signatures")) {
            return positionOpen;
        }
        if (pattern.contains("/positions/{id}/amendments") || pattern.contains("/positions/{id}/clauses")) {
            return positionConsultation;
        }
        if (pattern.contains("/positions/{id}")) {
            return position;
        }
        return meeting;
    }

    // ---------------------------------------------------------------- the API

    /** The body each API write endpoint is sent (valid as it stands), or null for one that takes none. */
    Map<String, String> apiBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/meetings", meetingJson());
        bodies.put("PATCH /api/v1/meetings/{id}", meetingJson());
        bodies.put("POST /api/v1/meetings/{id}/cancel", null);
        bodies.put("POST /api/v1/meetings/{id}/parts", partJson(Today.inAthens().plusDays(40), "17:30"));
        bodies.put("PUT /api/v1/meetings/{id}/parts/{partId}", partJson(Today.inAthens().plusDays(40), "17:30"));
        bodies.put("DELETE /api/v1/meetings/{id}/parts/{partId}", null);
        bodies.put("PUT /api/v1/meetings/{id}/agenda", agendaJson());
        bodies.put("POST /api/v1/meetings/{id}/agenda/publish", null);
        bodies.put("POST /api/v1/meetings/{id}/documents", null); // multipart: see the test of uploads
        bodies.put("DELETE /api/v1/meetings/{id}/documents/{documentId}", null);
        bodies.put("PUT /api/v1/meetings/{id}/outcome", outcomeJson());
        bodies.put("POST /api/v1/meetings/{id}/follow-ups", followUpJson());
        bodies.put("PUT /api/v1/meetings/{id}/follow-ups/{followUpId}", followUpJson());
        bodies.put("PATCH /api/v1/municipalities/{id}", municipalityJson());
        bodies.put("POST /api/v1/municipalities/{id}/contacts", contactJson());
        bodies.put("PUT /api/v1/municipalities/{id}/contacts/{contactId}", contactJson());
        bodies.put("DELETE /api/v1/municipalities/{id}/contacts/{contactId}", null);
        bodies.put("POST /api/v1/municipalities/{id}/membership", membershipJson());
        bodies.put("POST /api/v1/meetings/{id}/campaigns", campaignJson(town));
        bodies.put("PUT /api/v1/campaigns/{id}", campaignJson(town));
        bodies.put("POST /api/v1/campaigns/{id}/send", null);
        bodies.put("POST /api/v1/invitations/{id}/revoke", null);
        bodies.put("POST /api/v1/invitations/{id}/reissue", null);
        bodies.put("POST /api/v1/invitations/{id}/resend", null);
        bodies.put("PUT /api/v1/invitations/{id}/response", replyJson());
        bodies.put("PUT /api/v1/rsvp/{token}", replyJson());
        bodies.put("POST /api/v1/rsvp/{token}/late-request", "{\"message\":\"Ζητούμε συμμετοχή.\"}");
        bodies.put("POST /api/v1/outbox/{id}/retry", null);
        bodies.put("POST /api/v1/outbox/{id}/resend", null);
        bodies.put("POST /api/v1/memorandum/versions", versionJson());
        bodies.put("PUT /api/v1/memorandum/versions/{number}/clauses/{key}", clauseJson());
        bodies.put("POST /api/v1/memorandum/versions/{number}/open-consultation",
                "{\"closesOn\":\"" + Today.inAthens().plusDays(30) + "\"}");
        bodies.put("POST /api/v1/memorandum/versions/{number}/close-consultation", null);
        bodies.put("POST /api/v1/memorandum/versions/{number}/freeze", null);
        bodies.put("POST /api/v1/memorandum/versions/{number}/adopt", "{\"inForceFrom\":\"" + Today.inAthens() + "\"}");
        bodies.put("POST /api/v1/memorandum/versions/{number}/abandon", null);
        bodies.put("POST /api/v1/memorandum/versions/{number}/amendments", proposalJson());
        bodies.put("PUT /api/v1/memorandum/versions/{number}/adoptions/{municipalityId}", """
                {"decisionNumber":"αρ. 123","decisionDate":"%s","ada":"6ΩΚΓ46ΜΤΛ6-ΘΒ5","signatoryName":"Χάρης Δούκας",
                 "signatoryCapacity":"MAYOR","authorisationRef":"","signedOn":"%s"}""".formatted(Today.inAthens(), Today.inAthens()));
        bodies.put("POST /api/v1/memorandum/versions/{number}/adoptions/{municipalityId}/reject",
                "{\"reason\":\"Λείπει η υπογραφή.\"}");
        bodies.put("POST /api/v1/memorandum/versions/{number}/adoptions/{municipalityId}/revoke",
                "{\"reason\":\"Ανάκληση της απόφασης.\"}");
        bodies.put("POST /api/v1/memorandum/versions/{number}/adoptions/{municipalityId}/verify", null);
        bodies.put("POST /api/v1/memorandum/versions/{number}/adoption-requests",
                "{\"deadline\":\"" + Today.inAthens().plusDays(60) + "\"}");
        bodies.put("POST /api/v1/memorandum/versions/{number}/adoptions/{municipalityId}/signed-copy", null); // multipart: AdoptionApiTest
        bodies.put("POST /api/v1/amendments/{id}/submit", null);
        bodies.put("POST /api/v1/amendments/{id}/withdraw", null);
        bodies.put("PUT /api/v1/amendments/{id}/support", "{\"municipalityId\":\"thessaloniki\",\"stance\":\"SUPPORT\"}");
        bodies.put("DELETE /api/v1/amendments/{id}/support", null);
        bodies.put("POST /api/v1/amendments/{id}/decision",
                "{\"state\":\"REJECTED\",\"note\":\"Όχι.\",\"reference\":\"ΕΔ 1/2024\"}");
        bodies.put("POST /api/v1/amendments/{id}/comments", "{\"body\":\"Συμφωνούμε, *με μια επιφύλαξη*.\"}");
        bodies.put("POST /api/v1/amendments/{id}/comments/{commentId}/hide", "{\"reason\":\"Εκτός θέματος.\"}");
        bodies.put("POST /api/v1/memorandum/versions/{number}/clauses/{key}/comments", "{\"body\":\"Σχόλιο στο άρθρο.\"}");
        bodies.put("POST /api/v1/positions/{id}/clauses/{key}/comments", "{\"body\":\"Σχόλιο στη θέση.\"}");
        bodies.put("POST /api/v1/knowledge/entries", org.diktyo.knowledge.KnowledgeFixture.with(
                org.diktyo.knowledge.KnowledgeFixture.entryJson("PRACTICE", "athens", "Καλή πρακτική ελέγχου"),
                org.diktyo.knowledge.KnowledgeFixture.DETAILS));
        bodies.put("PUT /api/v1/knowledge/entries/{id}", org.diktyo.knowledge.KnowledgeFixture.with(
                org.diktyo.knowledge.KnowledgeFixture.editJson("Έλεγχος", 0).replace("\"version\":0", "\"version\":null"),
                org.diktyo.knowledge.KnowledgeFixture.DETAILS));
        bodies.put("POST /api/v1/knowledge/entries/{id}/submit", null);
        bodies.put("POST /api/v1/knowledge/entries/{id}/publish", null);
        bodies.put("POST /api/v1/knowledge/entries/{id}/send-back", "{\"note\":\"Συμπληρώστε την περίοδο.\"}");
        bodies.put("POST /api/v1/knowledge/entries/{id}/revision/publish", null);
        bodies.put("POST /api/v1/knowledge/entries/{id}/revision/send-back", "{\"note\":\"Κρατήστε το κείμενο.\"}");
        bodies.put("POST /api/v1/knowledge/entries/{id}/archive", null);
        bodies.put("PUT /api/v1/knowledge/entries/{id}/shared", "{\"municipalityId\":\"thessaloniki\",\"comment\":\"Και σε εμάς.\"}");
        bodies.put("DELETE /api/v1/knowledge/entries/{id}/shared", null);
        bodies.put("POST /api/v1/accessions", accessionJson());
        bodies.put("PATCH /api/v1/accessions/{id}",
                "{\"ownerEmail\":\"owner@hardening.example\",\"nextAction\":\"Κλήση\",\"nextActionOn\":\"2030-01-15\"}");
        bodies.put("POST /api/v1/accessions/{id}/advance",
                "{\"to\":\"CONTACTED\",\"reason\":\"Τηλεφώνημα.\",\"effectiveOn\":\"" + Today.inAthens() + "\"}");
        bodies.put("POST /api/v1/accessions/{id}/activities", """
                {"kind":"NOTE","on":"%s","text":"Σημείωση.","dueOn":"2030-01-15","internal":false}""".formatted(Today.inAthens()));
        bodies.put("PATCH /api/v1/accessions/{id}/activities/{activityId}", "{\"doneOn\":\"" + Today.inAthens() + "\"}");
        bodies.put("POST /api/v1/join", joinJson());
        bodies.put("POST /api/v1/positions", org.diktyo.positions.PositionFixture.positionJson("Θέση ελέγχου"));
        bodies.put("PUT /api/v1/positions/{id}/addressees", org.diktyo.positions.PositionFixture.addresseesJson());
        bodies.put("POST /api/v1/positions/{id}/open-consultation", "{\"closesOn\":\"" + Today.inAthens().plusDays(20) + "\"}");
        bodies.put("POST /api/v1/positions/{id}/amendments", """
                {"municipalityId":"athens","kind":"REPLACE","clauseKey":"p.2","baseRevision":"%s","headingEl":"",
                 "headingEn":"","textEl":"Είμαστε στη διάθεσή σας για συνάντηση.","textEn":"We are at your disposal.",
                 "justification":"Πιο συγκεκριμένο.","cosponsors":[]}""".formatted(positionRevision));
        bodies.put("POST /api/v1/positions/{id}/freeze", null);
        bodies.put("POST /api/v1/positions/{id}/open-signature", "{\"closesOn\":\"" + Today.inAthens().plusDays(20)
                + "\",\"minSignatories\":2,\"openTo\":\"MEMBERS\"}");
        bodies.put("POST /api/v1/positions/{id}/correct", """
                {"clauseKey":"p.1","headingEl":"Αίτημα","headingEn":"Request","textEl":"Ζητούμε μία θέση στην επιτροπή.",
                 "textEn":"We ask for one seat.","reason":"Ορθογραφικό λάθος."}""");
        bodies.put("POST /api/v1/positions/{id}/remind", null);
        bodies.put("POST /api/v1/positions/{id}/close", null);
        bodies.put("POST /api/v1/positions/{id}/send", "{\"protocolNo\":\"999/2026\",\"reason\":\"Έλεγχος.\"}");
        bodies.put("POST /api/v1/positions/{id}/withdraw", null);
        bodies.put("PUT /api/v1/positions/{id}/signatures/{municipalityId}", "{\"textHash\":\"" + positionHash + "\"}");
        bodies.put("POST /api/v1/positions/{id}/signatures/{municipalityId}/letter", null); // multipart: PositionLetterTest
        bodies.put("DELETE /api/v1/positions/{id}/signatures/{municipalityId}", null);
        bodies.put("POST /api/v1/positions/{id}/responses", org.diktyo.positions.PositionFixture.responseJson());
        bodies.put("PATCH /api/v1/positions/{id}", org.diktyo.positions.PositionFixture.detailsJson(1));
        bodies.put("PUT /api/v1/positions/{id}/endorsements/{partnerId}", null); // a partner's: PositionEndorsementsTest
        bodies.put("DELETE /api/v1/positions/{id}/endorsements/{partnerId}", null);
        bodies.put("POST /api/v1/positions/{id}/responses/{responseId}/follow-ups",
                org.diktyo.positions.PositionFixture.followUpJson());
        bodies.put("PUT /api/v1/positions/{id}/responses/{responseId}/follow-ups/{actionId}",
                org.diktyo.positions.PositionFixture.followUpJson());
        bodies.put("POST /api/v1/surveys", org.diktyo.surveys.SurveyFixture.surveyJson("Έρευνα ελέγχου", 10));
        bodies.put("PUT /api/v1/surveys/{id}", org.diktyo.surveys.SurveyFixture.surveyJson("Έρευνα ελέγχου", 12));
        bodies.put("POST /api/v1/surveys/{id}/publish", null);
        bodies.put("POST /api/v1/surveys/{id}/share", null);
        bodies.put("PUT /api/v1/surveys/{id}/responses/{municipalityId}",
                org.diktyo.surveys.SurveyFixture.answerJson(1, 4, "12,5", "Η στέγαση."));
        return bodies;
    }

    @Test
    void everyWriteEndpointOfTheApiHasACase() {
        assertThat(apiBodies().keySet()).as("a case for each write endpoint of the API")
                .containsExactlyInAnyOrderElementsOf(WriteEndpoints.api(mappings));
    }

    /** A refusal of the API: 400, a problem detail in Greek naming {@code field}. */
    void refusedNaming(SoftAssertions soft, String what, HttpResponse<String> r, String field) {
        soft.assertThat(r.statusCode()).as(what + " → " + r.body()).isEqualTo(400);
        if (r.statusCode() != 400) {
            return;
        }
        problem(soft, what, r, true);
        JsonNode body = json.readTree(r.body());
        List<String> fields = new ArrayList<>();
        if (body.has("errors")) {
            body.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        }
        soft.assertThat(fields).as(what + ": the field named, in " + r.body()).contains(field);
    }

    void problem(SoftAssertions soft, String what, HttpResponse<String> r, boolean greek) {
        soft.assertThat(r.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/problem+json");
        JsonNode body = json.readTree(r.body());
        String detail = body.path("detail").asString("");
        soft.assertThat(detail).as(what + ": a readable detail").isNotBlank().doesNotContain("Exception", "tools.jackson");
        soft.assertThat(GREEK.matcher(detail).find()).as(what + ": detail in " + (greek ? "Greek" : "English") + ": " + detail)
                .isEqualTo(greek);
    }

    @Test
    void theApiRefusesBadValuesInEveryFieldNamingTheFieldInGreekByDefault() {
        SoftAssertions soft = new SoftAssertions();
        int sent = 0;
        for (var endpoint : apiBodies().entrySet()) {
            if (endpoint.getValue() == null) {
                continue;
            }
            String method = endpoint.getKey().substring(0, endpoint.getKey().indexOf(' '));
            prepare(endpoint.getKey());
            String path = path(endpoint.getKey().substring(method.length() + 1), null);
            HttpResponse<String> valid = http.send(method, path, TOKEN, endpoint.getValue());
            soft.assertThat(valid.statusCode()).as(endpoint.getKey() + ": the valid body → " + valid.body())
                    .isBetween(200, 299);
            for (JsonMutations.Mutation m : JsonMutations.of(json, endpoint.getValue())) {
                HttpResponse<String> r = http.send(method, path, TOKEN, m.body());
                refusedNaming(soft, endpoint.getKey() + " " + m.field() + "=" + m.value(), r, m.field());
                sent++;
            }
            JsonMutations.Mutation first = JsonMutations.of(json, endpoint.getValue()).get(0);
            HttpResponse<String> english = http.send(method, path, TOKEN, first.body(), "Accept-Language", "en");
            soft.assertThat(english.statusCode()).as(endpoint.getKey() + " in English").isEqualTo(400);
            problem(soft, endpoint.getKey() + " in English", english, false);
        }
        soft.assertThat(sent).isGreaterThan(400);
        soft.assertAll();
    }

    @Test
    void fieldsLeftOutAreNeverAServerErrorAndAFlagLeftOutIsNamed() {
        SoftAssertions soft = new SoftAssertions();
        for (var endpoint : apiBodies().entrySet()) {
            String sample = endpoint.getValue();
            if (sample == null || !sample.strip().startsWith("{")) {
                continue;
            }
            String method = endpoint.getKey().substring(0, endpoint.getKey().indexOf(' '));
            String path = path(endpoint.getKey().substring(method.length() + 1), null);
            for (String field : json.readTree(sample).propertyNames()) {
                HttpResponse<String> r = http.send(method, path, TOKEN, JsonMutations.without(json, sample, field));
                String what = endpoint.getKey() + " without " + field;
                soft.assertThat(r.statusCode()).as(what + " → " + r.body()).isLessThan(500);
                if (r.statusCode() >= 400) {
                    problem(soft, what, r, true);
                }
                if (field.equals("answeredSeparately") || field.equals("done")) {
                    refusedNaming(soft, what, r, field);
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void aNulInAnIdOfThePathIsNeverAServerError() {
        SoftAssertions soft = new SoftAssertions();
        for (String endpoint : WriteEndpoints.all(mappings)) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String pattern = endpoint.substring(method.length() + 1);
            if (!pattern.contains("{")) {
                continue;
            }
            HttpResponse<String> r = pattern.startsWith("/api/")
                    ? http.send(method, path(pattern, "x%00y"), TOKEN, "{}")
                    : new SessionHttp(port).post(path(pattern, "x%00y"), List.of());
            soft.assertThat(r.statusCode()).as(endpoint + " → " + r.body()).isBetween(400, 499);
        }
        soft.assertAll();
    }

    @Test
    void controlCharactersInTheTitlesOfAnUploadAreRemoved() {
        JsonNode listed = ok(upload("Υπό\u0000μνημα\u0007", "Memo\u001brandum"), 201);
        assertThat(listed.get("titleEl").asString()).isEqualTo("Υπόμνημα");
        assertThat(listed.get("titleEn").asString()).isEqualTo("Memorandum");
    }

    @Test
    void aDateOutOfRangeAsAParameterIsRefusedNamingIt() {
        SoftAssertions soft = new SoftAssertions();
        for (String date : BAD_DATES) {
            HttpResponse<String> r = http.get("/api/v1/meetings/" + meeting + "/letter.pdf?municipality=" + town
                    + "&lang=el&deadline=" + date.replace("+", "%2B"), TOKEN);
            refusedNaming(soft, "letter.pdf deadline=" + date, r, "deadline");
            for (String report : List.of("xlsx", "pdf")) {
                refusedNaming(soft, "activity." + report + " from=" + date, http.get("/api/v1/reports/activity." + report
                        + "?from=" + date.replace("+", "%2B") + "&to=2025-12-31", TOKEN), "from");
                refusedNaming(soft, "activity." + report + " to=" + date, http.get("/api/v1/reports/activity." + report
                        + "?from=2025-01-01&to=" + date.replace("+", "%2B"), TOKEN), "to");
            }
        }
        for (String year : List.of("1999", "2100", "x", "99999999999")) {
            refusedNaming(soft, "dashboard year=" + year, http.get("/api/v1/dashboard?year=" + year, TOKEN), "year");
        }
        refusedNaming(soft, "activity.pdf to before from", http.get("/api/v1/reports/activity.pdf?from=2025-02-01"
                + "&to=2025-01-01", TOKEN), "to");
        refusedNaming(soft, "activity.xlsx lang", http.get("/api/v1/reports/activity.xlsx?lang=fr", TOKEN), "lang");
        soft.assertAll();
    }

    // ---------------------------------------------------------------- the pages

    /** Where each form of the pages is found: the page, and the action of the form there (filled in, for an "add"). */
    record FormCase(String page, String formAction, Map<String, String> fill) {

        FormCase(String page, String formAction) {
            this(page, formAction, Map.of());
        }
    }

    Map<String, FormCase> pageForms() {
        String m = "/admin/meetings/" + meeting;
        String town = "/admin/municipalities/" + this.town;
        Map<String, FormCase> forms = new LinkedHashMap<>();
        forms.put("POST /admin/meetings", new FormCase(m + "/edit", m + "/edit"));
        forms.put("POST /admin/meetings/{id}/edit", new FormCase(m + "/edit", m + "/edit"));
        forms.put("POST /admin/meetings/{id}/cancel", new FormCase(m, m + "/cancel"));
        forms.put("POST /admin/meetings/{id}/parts", new FormCase(m + "/parts/" + part, m + "/parts/" + part));
        forms.put("POST /admin/meetings/{id}/parts/{partId}", new FormCase(m + "/parts/" + part, m + "/parts/" + part));
        forms.put("POST /admin/meetings/{id}/parts/{partId}/delete",
                new FormCase(m + "/parts/" + part, m + "/parts/" + part + "/delete"));
        forms.put("POST /admin/meetings/{id}/agenda", new FormCase(m + "/agenda", m + "/agenda"));
        forms.put("POST /admin/meetings/{id}/agenda/publish", new FormCase(m, null)); // shown once there are items
        forms.put("POST /admin/meetings/{id}/documents", new FormCase(m, m + "/documents"));
        forms.put("POST /admin/meetings/{id}/documents/{documentId}/remove",
                new FormCase(m, m + "/documents/" + document + "/remove"));
        forms.put("POST /admin/meetings/{id}/outcome", new FormCase(m + "/outcome", m + "/outcome"));
        Map<String, String> due = Map.of("dueOn", "2030-01-15"); // another test may have left it out
        forms.put("POST /admin/meetings/{id}/follow-ups",
                new FormCase(m + "/follow-ups/" + followUp + "/edit", m + "/follow-ups/" + followUp, due));
        forms.put("POST /admin/meetings/{id}/follow-ups/{followUpId}",
                new FormCase(m + "/follow-ups/" + followUp + "/edit", m + "/follow-ups/" + followUp, due));
        forms.put("POST /admin/meetings/{id}/follow-ups/{followUpId}/done",
                new FormCase(m + "/follow-ups", m + "/follow-ups/" + followUp + "/done"));
        forms.put("POST /admin/municipalities/{id}/edit", new FormCase(town + "/edit", town + "/edit"));
        forms.put("POST /admin/municipalities/{id}/contacts",
                new FormCase(town + "/contacts/" + contact + "/edit", town + "/contacts/" + contact));
        forms.put("POST /admin/municipalities/{id}/contacts/{contactId}",
                new FormCase(town + "/contacts/" + contact + "/edit", town + "/contacts/" + contact));
        forms.put("POST /admin/municipalities/{id}/contacts/{contactId}/delete",
                new FormCase(town + "/contacts/" + contact + "/edit", town + "/contacts/" + contact + "/delete"));
        forms.put("POST /admin/municipalities/{id}/membership", new FormCase(town + "/membership", town + "/membership",
                Map.of("status", otherStatus(), "effectiveOn", "2024-03-01", "reason", "Απόφαση", "until", "2027-06-30")));
        forms.put("POST /admin/meetings/{id}/campaigns",
                new FormCase("/admin/campaigns/" + campaign + "/edit", "/admin/campaigns/" + campaign + "/edit"));
        forms.put("POST /admin/campaigns/{id}/edit",
                new FormCase("/admin/campaigns/" + campaign + "/edit", "/admin/campaigns/" + campaign + "/edit"));
        forms.put("POST /admin/campaigns/{id}/send", new FormCase("/admin/campaigns/" + campaign, "/admin/campaigns/"
                + campaign + "/send"));
        String inv = "/admin/invitations/" + invitation;
        forms.put("POST /admin/invitations/{id}/response", new FormCase(inv, inv + "/response"));
        forms.put("POST /admin/invitations/{id}/resend", new FormCase(inv, inv + "/resend"));
        forms.put("POST /admin/invitations/{id}/reissue", new FormCase(inv, inv + "/reissue"));
        forms.put("POST /admin/invitations/{id}/revoke", new FormCase(inv, inv + "/revoke"));
        forms.put("POST /admin/check-in/{code}", new FormCase(inv, null));
        forms.put("POST /admin/outbox/{id}/retry", new FormCase(inv, null));
        forms.put("POST /account/tokens", new FormCase("/account/tokens", "/account/tokens"));
        forms.put("POST /account/tokens/{id}/revoke", new FormCase("/account/tokens", null));
        forms.put("POST /r/{token}", new FormCase("/r/" + rsvp, "/r/" + rsvp));
        forms.put("POST /r/{token}/late", new FormCase("/r/" + rsvp, null));
        String adoptions = "/admin/memorandum/versions/" + version + "/adoptions";
        forms.put("POST /admin/memorandum/versions/{number}/adoption-requests", new FormCase(adoptions,
                "/admin/memorandum/versions/" + version + "/adoption-requests", Map.of("deadline", "2030-01-15")));
        forms.put("POST /admin/memorandum/versions/{number}/adoptions/{municipalityId}/verify", new FormCase(adoptions, null));
        forms.put("POST /admin/memorandum/versions/{number}/adoptions/{municipalityId}/reject", new FormCase(adoptions, null));
        forms.put("POST /admin/memorandum/versions/{number}/adoptions/{municipalityId}/revoke", new FormCase(adoptions, null));
        forms.put("POST /account/municipality/memorandum/adoption-form", new FormCase("/account/municipality/memorandum", null));
        forms.put("POST /memorandum/adopt/{adoptionToken}", new FormCase("/memorandum/adopt/" + adopt, "/memorandum/adopt/" + adopt));
        forms.put("POST /memorandum/adopt/{adoptionToken}/signed-copy", new FormCase("/memorandum/adopt/" + adopt, null));
        forms.put("POST /account/knowledge", new FormCase("/account/knowledge/new?kind=PRACTICE", "/account/knowledge"));
        forms.put("POST /account/knowledge/{id}", new FormCase("/account/knowledge/" + entry + "/edit",
                "/account/knowledge/" + entry));
        forms.put("POST /account/knowledge/{id}/submit", new FormCase("/account/knowledge", null));
        forms.put("POST /admin/knowledge/{id}/publish", new FormCase("/admin/knowledge/review", null));
        forms.put("POST /admin/knowledge/{id}/send-back", new FormCase("/admin/knowledge/review", null));
        forms.put("POST /admin/knowledge/{id}/archive", new FormCase("/account/knowledge", null));
        forms.put("POST /admin/knowledge/{id}/revision/publish", new FormCase("/admin/knowledge/review", null));
        forms.put("POST /admin/knowledge/{id}/revision/send-back", new FormCase("/admin/knowledge/review", null));
        forms.put("POST /challenges/{slug}/shared", new FormCase("/challenges", null));
        forms.put("POST /join", new FormCase("/join", "/join", Map.of("municipalityId", "preveza", "fullName", "Ελένη",
                "position", "Αντιδήμαρχος", "email", "form@join.example", "consent", "true")));
        forms.put("POST /join/confirm/{token}", new FormCase("/join", null)); // a token not issued: the page's 404
        forms.put("POST /admin/accession", new FormCase("/admin/accession", "/admin/accession",
                Map.of("municipalityId", formTown, "nextActionOn", "2030-01-15")));
        String acc = "/admin/accession/" + accessionCase;
        forms.put("POST /admin/accession/{caseId}/advance", new FormCase(acc, acc + "/advance",
                Map.of("to", "CONTACTED", "reason", "Τηλεφώνημα")));
        forms.put("POST /admin/accession/{caseId}/activities", new FormCase(acc, acc + "/activities",
                Map.of("kind", "NOTE", "text", "Σημείωση", "dueOn", "2030-01-15")));
        String tracker = "/admin/positions/" + positionOpen;
        Map<String, String> closes = Map.of("closesOn", Today.inAthens().plusDays(20).toString());
        forms.put("POST /admin/positions", new FormCase("/admin/positions/new", "/admin/positions", closes));
        forms.put("POST /admin/positions/{positionId}/edit", new FormCase("/admin/positions/" + position + "/edit",
                "/admin/positions/" + position + "/edit", closes));
        String answerPage = "/admin/positions/" + positionSent + "/responses/" + positionSentAnswer;
        forms.put("POST /admin/positions/{positionId}/responses/{responseId}/follow-ups", new FormCase(answerPage,
                answerPage + "/follow-ups", Map.of("action", "Ενέργεια", "owner", "Γραμματεία", "dueOn", "2030-01-15")));
        forms.put("POST /admin/positions/{positionId}/responses/{responseId}/follow-ups/{actionId}/done",
                new FormCase(answerPage, null)); // its ids are tried in aNulInAnIdOfThePath…
        forms.put("POST /admin/positions/{positionId}/signatures/{municipalityId}/upload",
                new FormCase(tracker + "/signatures/athens/upload", null)); // multipart: PositionCorrectionsTest
        forms.put("POST /admin/positions/{positionId}/endorsements", new FormCase(tracker, null)); // a partner's form
        forms.put("POST /admin/positions/{positionId}/endorsements/{partnerId}/withdraw", new FormCase(tracker, null));
        forms.put("POST /admin/positions/{positionId}/send", new FormCase(tracker, null)); // shown once closed: PositionsBrowserTest
        forms.put("POST /admin/positions/{positionId}/remind", new FormCase(tracker, tracker + "/remind"));
        forms.put("POST /admin/positions/{positionId}/close", new FormCase(tracker, null)); // kept open for the other forms
        // Shown in a draft, in consultation and frozen: PositionFormPagesTest takes a position through them.
        forms.put("POST /admin/positions/{positionId}/open-consultation", new FormCase(tracker, null));
        forms.put("POST /admin/positions/{positionId}/freeze", new FormCase(tracker, null));
        forms.put("POST /admin/positions/{positionId}/open-signature", new FormCase(tracker, null));
        forms.put("POST /account/positions/{positionId}/sign", new FormCase("/account/positions", null)); // a focal point's
        forms.put("POST /account/positions/{positionId}/withdraw", new FormCase("/account/positions", null));
        forms.put("POST /account/positions/{positionId}/letter", new FormCase("/account/positions", null)); // multipart
        String link = "/positions/sign/" + signatureToken;
        forms.put("POST /positions/sign/{signatureToken}", new FormCase(link, link));
        forms.put("POST /positions/sign/{signatureToken}/withdraw", new FormCase(link, null));
        forms.put("POST /positions/sign/{signatureToken}/letter", new FormCase(link, null)); // multipart
        String today = Today.inAthens().toString();
        forms.put("POST /admin/surveys", new FormCase("/admin/surveys", "/admin/surveys", Map.of("titleEl", "Έρευνα",
                "opensOn", today, "closesOn", Today.inAthens().plusDays(10).toString())));
        String s = "/admin/surveys/" + surveyDraft;
        forms.put("POST /admin/surveys/{surveyId}", new FormCase(s, s));
        forms.put("POST /admin/surveys/{surveyId}/questions", new FormCase(s, s + "/questions",
                Map.of("textEl", "Ερώτηση", "optionsEl", "Ναι\nΌχι")));
        forms.put("POST /admin/surveys/{surveyId}/questions/{number}/remove", new FormCase(s, null));
        forms.put("POST /admin/surveys/{surveyId}/publish", new FormCase(s, null)); // kept a draft for the other forms
        forms.put("POST /admin/surveys/{surveyId}/share", new FormCase(s, null)); // a draft: refused on the page
        forms.put("POST /account/surveys/{surveyId}", new FormCase("/account/surveys", null)); // a focal point's
        String answer = "/surveys/answer/" + answerToken;
        forms.put("POST /surveys/answer/{answerToken}", new FormCase(answer, answer));
        String clause = "/account/drafts/" + draftText + "/clauses/p.2";
        forms.put("POST /account/drafts/{textId}/clauses/{key}/propose", new FormCase(clause + "/propose", clause + "/propose"));
        forms.put("POST /account/drafts/{textId}/clauses/{key}/comments", new FormCase(clause, clause + "/comments"));
        forms.put("POST /account/drafts/{textId}/clauses/{key}/comments/{commentId}/hide", new FormCase(clause, null)); // as on the amendment
        String am = "/account/amendments/" + draftAmendment;
        forms.put("POST /account/amendments/{id}/comments", new FormCase(am, am + "/comments"));
        forms.put("POST /account/amendments/{id}/comments/{commentId}/hide", new FormCase(am, am + "/comments/" + draftComment + "/hide"));
        forms.put("POST /account/amendments/{id}/stance", new FormCase(am, am + "/stance", Map.of("stance", "OBJECT")));
        forms.put("POST /account/amendments/{id}/decision", new FormCase(am, am + "/decision")); // decided at the first post
        forms.put("POST /account/amendments/{id}/submit", new FormCase(am, null)); // submitted already
        forms.put("POST /account/amendments/{id}/withdraw", new FormCase(am, null)); // kept for the other forms
        return forms;
    }

    /** A submitted amendment of Athens to a position in consultation, with a comment, for the drafting pages' forms. */
    void draftingForms() {
        draftText = jdbc.queryForObject("select text_id from joint_position where id = ?", String.class, positionConsultation);
        draftAmendment = ok(http.send("POST", "/api/v1/positions/" + positionConsultation + "/amendments", TOKEN, """
                {"municipalityId":"athens","kind":"REPLACE","clauseKey":"p.2","baseRevision":"%s","textEl":"Νέο κείμενο.",
                 "justification":"Πιο σαφές.","cosponsors":[]}""".formatted(positions.revision(positionConsultation, "p.2"))),
                201).get("id").asString();
        ok(http.send("POST", "/api/v1/amendments/" + draftAmendment + "/submit", TOKEN, null), 200);
        draftComment = String.valueOf(ok(http.send("POST", "/api/v1/amendments/" + draftAmendment + "/comments", TOKEN,
                "{\"body\":\"Σχόλιο.\"}"), 201).get("id").asLong());
    }

    /** A personal link to Athens' adoption of a new frozen version, as mailed; its token. */
    String adoptionLink() {
        int n = memorandum.frozen();
        ok(http.send("POST", "/api/v1/memorandum/versions/" + n + "/adoption-requests", TOKEN, null), 200);
        String mail = jdbc.queryForList("select body_text from mail_outbox where purpose = 'memorandum-adoption'"
                + " and reference = ? order by id desc", String.class, n + "/athens").get(0);
        Matcher link = java.util.regex.Pattern.compile("/memorandum/adopt/([A-Za-z0-9_-]+)").matcher(mail);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    @Test
    void everyFormOfThePagesHasACase() {
        assertThat(pageForms().keySet()).as("a case for each write endpoint of the pages")
                .containsExactlyInAnyOrderElementsOf(WriteEndpoints.pages(mappings));
    }

    SessionHttp signedIn() {
        SessionHttp browser = new SessionHttp(port);
        HtmlForms.Form signIn = HtmlForms.form(browser.get("/signin").body(), "/signin").orElseThrow();
        HttpResponse<String> r = browser.post("/signin", signIn.with("email", "secretariat@diktyo.example").stream()
                .map(f -> f.getKey().equals("password") ? HtmlForms.entry("password", TestAccounts.demoPassword()) : f)
                .toList());
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return browser;
    }

    /** A page's answer to a form: never a 5xx; a page (in Greek) unless it moves on. */
    void answered(SoftAssertions soft, String what, HttpResponse<String> r) {
        soft.assertThat(r.statusCode()).as(what + " → " + r.statusCode()).isLessThan(500);
        if (r.statusCode() < 300 || r.statusCode() >= 400) {
            soft.assertThat(r.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("text/html");
            soft.assertThat(r.body()).as(what).contains("<html lang=\"el\"");
        }
    }

    @Test
    void everyFormTakesControlCharactersAsIfUntypedAndMarksADateOutOfRange() {
        SoftAssertions soft = new SoftAssertions();
        SessionHttp browser = signedIn();
        SessionHttp anonymous = new SessionHttp(port);
        adopt = adoptionLink();
        draftingForms();
        int forms = 0;
        java.util.Set<String> dated = new java.util.TreeSet<>();
        for (var entry : pageForms().entrySet()) {
            String endpoint = entry.getKey();
            FormCase c = entry.getValue();
            boolean adoption = endpoint.startsWith("POST /memorandum/adopt/") || endpoint.startsWith("POST /positions/sign/")
                    || endpoint.startsWith("POST /surveys/answer/");
            SessionHttp who = endpoint.startsWith("POST /r/") || endpoint.startsWith("POST /join") || adoption ? anonymous
                    : browser;
            String target = adoption ? endpoint.substring("POST ".length()).replace("{adoptionToken}", adopt)
                    .replace("{signatureToken}", signatureToken).replace("{answerToken}", answerToken) : path(endpoint.substring("POST ".length()), null);
            String html = who.get(c.page()).body();
            HtmlForms.Form form = c.formAction() == null ? null : HtmlForms.form(html, c.formAction()).orElse(null);
            soft.assertThat(c.formAction() == null || form != null).as(endpoint + ": form " + c.formAction() + " on "
                    + c.page()).isTrue();
            List<Map.Entry<String, String>> fields = form != null ? form.fields()
                    : HtmlForms.forms(html).stream().flatMap(f -> f.fields().stream())
                            .filter(f -> f.getKey().equals("_csrf")).limit(1).toList();
            fields = fields.stream().map(f -> c.fill().containsKey(f.getKey())
                    ? HtmlForms.entry(f.getKey(), c.fill().get(f.getKey())) : f).toList();
            if (endpoint.endsWith("/late")) {
                fields = new ArrayList<>(fields);
                fields.add(HtmlForms.entry("message", "Ζητούμε συμμετοχή"));
            }
            if (endpoint.endsWith("/signed-copy") || endpoint.endsWith("/letter")) {
                answered(soft, endpoint, who.multipart(target + "?_csrf=" + fields.get(0).getValue(), List.of(), "m.pdf",
                        pdf()));
                forms++;
                continue;
            }
            if (endpoint.endsWith("/documents")) {
                String action = form == null ? target : form.action();
                HttpResponse<String> r = who.multipart(action, List.of(HtmlForms.entry("titleEl", "Έγγραφο" + CONTROLS),
                        HtmlForms.entry("titleEn", "Document" + CONTROLS)), "m.pdf", pdf());
                answered(soft, endpoint + " with control characters", r);
                forms++;
                continue;
            }
            if (endpoint.contains("/delete") || endpoint.contains("/remove") || endpoint.contains("/cancel")
                    || endpoint.contains("/send") || endpoint.contains("/revoke") || endpoint.contains("/reissue")
                    || endpoint.contains("/publish")) {
                continue; // they take nothing but the form's token: their ids are tried in aNulInAnIdOfThePath…
            }
            for (Map.Entry<String, String> field : fields) {
                if (field.getKey().equals("_csrf")) {
                    continue;
                }
                List<Map.Entry<String, String>> sent = fields.stream()
                        .map(f -> f == field ? HtmlForms.entry(f.getKey(), f.getValue() + CONTROLS) : f).toList();
                answered(soft, endpoint + " " + field.getKey() + " with control characters", who.post(target, sent));
                if (JsonMutations.DATE.matcher(field.getValue()).matches()) {
                    dated.add(endpoint + " " + field.getKey());
                    for (String date : BAD_DATES) {
                        HttpResponse<String> r = who.post(target, fields.stream()
                                .map(f -> f == field ? HtmlForms.entry(f.getKey(), date) : f).toList());
                        answered(soft, endpoint + " " + field.getKey() + "=" + date, r);
                        soft.assertThat(r.body()).as(endpoint + " " + field.getKey() + "=" + date + ": field marked")
                                .contains("href=\"#f-" + field.getKey() + "\"");
                    }
                }
            }
            forms++;
        }
        soft.assertThat(forms).isGreaterThan(15);
        soft.assertThat(dated).as("the forms' dates tried").contains("POST /admin/meetings/{id}/parts date",
                "POST /admin/accession openedOn", "POST /admin/accession/{caseId}/advance effectiveOn",
                "POST /admin/accession/{caseId}/activities on", "POST /admin/municipalities/{id}/membership until",
                "POST /admin/meetings/{id}/follow-ups dueOn", "POST /admin/municipalities/{id}/membership effectiveOn",
                "POST /admin/campaigns/{id}/edit deadline", "POST /admin/positions closesOn",
                "POST /admin/positions/{positionId}/edit closesOn");
        soft.assertAll();
    }

    @Test
    void signInAndTheSignInLinkTakeControlCharacters() {
        SoftAssertions soft = new SoftAssertions();
        SessionHttp browser = new SessionHttp(port);
        String html = browser.get("/signin").body();
        for (String action : List.of("/signin", "/signin/link")) {
            HtmlForms.Form form = HtmlForms.form(html, action).orElseThrow();
            for (Map.Entry<String, String> field : form.fields()) {
                if (!field.getKey().equals("_csrf")) {
                    answered(soft, action + " " + field.getKey(), browser.post(action,
                            form.with(field.getKey(), "secretariat@diktyo.example" + CONTROLS)));
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void aDateOutOfRangeInTheLetterPreviewIsMarked() {
        SessionHttp browser = signedIn();
        SoftAssertions soft = new SoftAssertions();
        for (String date : BAD_DATES) {
            HttpResponse<String> r = browser.get("/admin/meetings/" + meeting + "/letter?municipality=" + town
                    + "&deadline=" + date.replace("+", "%2B"));
            answered(soft, "letter preview deadline=" + date, r);
            soft.assertThat(r.body()).as("letter preview deadline=" + date).contains("«deadline»");
        }
        soft.assertAll();
    }
}
