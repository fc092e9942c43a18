package org.diktyo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.diktyo.accounts.TestAccounts;
import org.diktyo.invitations.InvitationFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document at {@code /v3/api-docs} against the real behaviour: for every POST, PUT
 * and PATCH operation with a JSON body that the live document lists, a valid body (from the
 * table below) is accepted; without a field the document marks required it is refused with a
 * 400 problem (never a 500); without any other field it is still accepted. The fields are
 * the body's own (for an array body, its items'). An operation the table does not know fails
 * the test, so a new endpoint cannot go unchecked.
 */
@DatabaseTest
class OpenApiRequiredFieldsTest {

    static final String TOKEN = TestAccounts.demoToken();

    /** The invitation this test sends is delivered here, not to a later test's server. */
    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    Http http;
    InvitationFixture fixture;
    String meeting;
    String part;
    String followUp;
    String contact;
    String campaign;
    String municipality;
    String invitation;
    String token;
    List<String> offered;

    /** A request the table builds: where it goes and a valid body. */
    record Call(String path, String body) {
    }

    @Test
    void everyFieldMarkedRequiredIsRequiredAndNoOtherIs() {
        http = new Http(port);
        fixture = new InvitationFixture(http, jdbc, json);
        JsonNode document = json.readTree(http.get("/v3/api-docs", null).body());
        List<String> wrong = new ArrayList<>();
        int operations = 0;
        int omissions = 0;
        for (Map.Entry<String, JsonNode> path : new TreeMap<>(document.get("paths").properties().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).entrySet()) {
            for (String method : List.of("post", "put", "patch")) {
                JsonNode schema = path.getValue().path(method).path("requestBody").path("content")
                        .path("application/json").path("schema");
                if (schema.isMissingNode()) {
                    continue;
                }
                String operation = method.toUpperCase() + " " + path.getKey();
                operations++;
                boolean array = "array".equals(schema.path("type").asString(""));
                JsonNode object = resolve(document, array ? schema.get("items") : schema);
                List<String> required = new ArrayList<>();
                object.path("required").forEach(name -> required.add(name.asString()));

                HttpResponse<String> valid = send(method, valid(operation));
                if (valid.statusCode() / 100 != 2) {
                    wrong.add(operation + ": the valid example is refused: " + valid.statusCode() + " " + valid.body());
                    continue;
                }
                for (String field : object.path("properties").propertyNames()) {
                    Call call = valid(operation);
                    JsonNode body = json.readTree(call.body());
                    ObjectNode fields = (ObjectNode) (array ? body.get(0) : body);
                    if (!fields.has(field)) {
                        wrong.add(operation + ": the valid example lacks the field " + field);
                        continue;
                    }
                    fields.remove(field);
                    omissions++;
                    HttpResponse<String> response = send(method, new Call(call.path(), json.writeValueAsString(body)));
                    String seen = operation + " without " + field + ": " + response.statusCode() + " " + response.body();
                    if (response.statusCode() >= 500) {
                        wrong.add(seen);
                    } else if (required.contains(field)) {
                        if (response.statusCode() != 400 || !problem(response)) {
                            wrong.add(seen + " (marked required: expected a 400 problem)");
                        }
                    } else if (response.statusCode() / 100 != 2) {
                        wrong.add(seen + " (not marked required: expected it to be accepted)");
                    }
                }
            }
        }
        restoreMembership();
        System.out.println("OpenAPI document: " + operations + " operations with a JSON body, " + omissions
                + " fields left out one at a time");
        assertThat(operations).as("operations with a JSON body in the document").isGreaterThanOrEqualTo(17);
        assertThat(wrong).as("the document and the behaviour disagree").isEmpty();
    }

    org.diktyo.surveys.SurveyFixture surveys() {
        return new org.diktyo.surveys.SurveyFixture(http, json);
    }

    org.diktyo.positions.PositionFixture positions() {
        return new org.diktyo.positions.PositionFixture(http, json);
    }

    private String committeeOfMayors;

    /** A meeting of the Committee of Mayors, held, with one decision (a version's adoption cites it); made once. */
    String committeeOfMayors() {
        if (committeeOfMayors == null) {
            HttpResponse<String> created = http.send("POST", "/api/v1/meetings", TOKEN, """
                    {"kind":"COMMITTEE_OF_MAYORS","titleEl":"Επιτροπή Δημάρχων","titleEn":"Committee of Mayors",
                     "hostMunicipalityId":"athens","visibility":"NETWORK","status":"HELD","zone":"Europe/Athens"}""");
            committeeOfMayors = json.readTree(created.body()).get("id").asString();
            http.send("PUT", "/api/v1/meetings/" + committeeOfMayors + "/outcome", TOKEN, """
                    {"numberPresent":10,"decisionsEl":["Έγκριση της έκδοσης."],"decisionsEn":["Adoption of the version."]}""");
        }
        return committeeOfMayors;
    }

    org.diktyo.memorandum.MemorandumFixture memorandum() {
        return new org.diktyo.memorandum.MemorandumFixture(http, json);
    }

    HttpResponse<String> send(String method, Call call) {
        return http.send(method.toUpperCase(), call.path(), TOKEN, call.body());
    }

    static boolean problem(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : document.get("components").get("schemas").get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    /** A valid call of each operation; each call may change what it names, so it is built anew. */
    Call valid(String operation) {
        String day = Today.inAthens().plusDays(30).toString();
        String part = """
                {"titleEl":"Σκέλος","titleEn":"Part","date":"%s","startTime":"17:30","endTime":"20:00",
                 "venueEl":"Δημαρχιακό Μέγαρο","venueEn":"Town Hall","streetEl":"Αθηνάς 63","streetEn":"63 Athinas Street",
                 "postcode":"10552","cityEl":"Αθήνα","cityEn":"Athens","landmarkEl":"Πλατεία Κοτζιά",
                 "landmarkEn":"Kotzia Square","roomEl":"Αίθουσα","roomEn":"Hall","floor":2,"capacity":50,
                 "answeredSeparately":false}""".formatted(day);
        String meetingForm = """
                {"kind":"WORKING_MEETING","titleEl":"Συνάντηση ελέγχου","titleEn":"Contract meeting",
                 "hostMunicipalityId":"athens","hostOfficialEl":"Ο Δήμαρχος","hostOfficialEn":"The Mayor",
                 "visibility":"NETWORK","status":"ANNOUNCED","zone":"Europe/Athens"}""";
        String campaignForm = """
                {"audience":"MEMBERS","region":null,"municipalities":[],"quota":2,"deadline":"%s","parts":["%s"],
                 "documents":[],"letterEl":"Σας προσκαλούμε.","letterEn":"We invite you.","reminderDays":"7"}"""
                .formatted(Today.inAthens().plusDays(20), parts().get(0));
        String reply = """
                {"invitationId":"%s","parts":{"%s":"DECLINE","%s":"DECLINE"},
                 "delegates":[{"fullName":"Εκπρόσωπος","roleTitle":"Αντιδήμαρχος","email":"d@example.org",
                 "phone":"2100000000","needs":""}]}""";
        String m = "/api/v1/meetings/" + meeting();
        return switch (operation) {
            case "POST /api/v1/meetings" -> new Call("/api/v1/meetings", meetingForm);
            case "PATCH /api/v1/meetings/{id}" -> new Call(m, meetingForm);
            case "POST /api/v1/meetings/{id}/parts" -> new Call(m + "/parts", part);
            case "PUT /api/v1/meetings/{id}/parts/{partId}" -> new Call(m + "/parts/" + parts().get(0),
                    part.replace("\"capacity\":50", "\"capacity\":null"));
            case "PUT /api/v1/meetings/{id}/agenda" -> new Call(m + "/agenda", """
                    [{"time":"18:00","titleEl":"Καλωσόρισμα","titleEn":"Welcome","speakers":"Η Γραμματεία",
                      "axis":"KNOW_HOW"}]""");
            case "PUT /api/v1/meetings/{id}/outcome" -> new Call(m + "/outcome", """
                    {"minutesEl":"Πρακτικά","minutesEn":"Minutes","numberPresent":12,"decisionsEl":["Απόφαση"],
                     "decisionsEn":["Decision"]}""");
            case "POST /api/v1/meetings/{id}/follow-ups" -> new Call(m + "/follow-ups", followUpForm());
            case "PUT /api/v1/meetings/{id}/follow-ups/{followUpId}" -> new Call(m + "/follow-ups/" + followUp(),
                    followUpForm());
            case "POST /api/v1/meetings/{id}/campaigns" -> new Call(m + "/campaigns", campaignForm);
            case "PUT /api/v1/campaigns/{id}" -> new Call("/api/v1/campaigns/" + campaign(campaignForm), campaignForm);
            case "PATCH /api/v1/municipalities/{id}" -> new Call("/api/v1/municipalities/" + municipality(), """
                    {"officialNameEl":"Δήμος Ελέγχου","officialNameEn":"Municipality of Testing",
                     "mayorTitleEl":"Δήμαρχος","mayorTitleEn":"Mayor","website":"https://example.org"}""");
            case "POST /api/v1/municipalities/{id}/contacts" -> new Call(
                    "/api/v1/municipalities/" + municipality() + "/contacts", contactForm());
            case "PUT /api/v1/municipalities/{id}/contacts/{contactId}" -> new Call(
                    "/api/v1/municipalities/" + municipality() + "/contacts/" + contact(), contactForm());
            case "POST /api/v1/municipalities/{id}/membership" -> new Call(
                    "/api/v1/municipalities/" + municipality() + "/membership", """
                    {"status":"%s","effectiveOn":"2026-01-01","reason":"Απόφαση δημοτικού συμβουλίου","until":"%s"}"""
                    .formatted("CANDIDATE".equals(status()) ? "PROSPECT" : "CANDIDATE", Today.inAthens().plusYears(1)));
            case "POST /api/v1/accessions" -> new Call("/api/v1/accessions", """
                    {"municipalityId":"%s","source":"OTHER","stage":"CONTACTED","ownerEmail":"owner@example.org",
                     "nextAction":"Κλήση","nextActionOn":"2030-01-15","openedOn":"%s"}""".formatted(freeTown(), Today.inAthens()));
            case "PATCH /api/v1/accessions/{id}" -> new Call("/api/v1/accessions/" + openCase(false),
                    "{\"ownerEmail\":\"owner@example.org\",\"nextAction\":\"Κλήση\",\"nextActionOn\":\"2030-01-15\"}");
            case "POST /api/v1/accessions/{id}/advance" -> new Call("/api/v1/accessions/" + openCase(true) + "/advance",
                    "{\"to\":\"CONTACTED\",\"reason\":\"Τηλεφώνημα.\",\"effectiveOn\":\"" + Today.inAthens() + "\"}");
            case "POST /api/v1/accessions/{id}/activities" -> new Call("/api/v1/accessions/" + openCase(false) + "/activities",
                    "{\"kind\":\"NOTE\",\"on\":\"" + Today.inAthens() + "\",\"text\":\"Σημείωση.\",\"dueOn\":\"2030-01-15\","
                    + "\"internal\":false}");
            case "PATCH /api/v1/accessions/{id}/activities/{activityId}" -> new Call("/api/v1/accessions/" + openCase(false)
                    + "/activities/" + followUpEntry(), "{\"doneOn\":\"" + Today.inAthens() + "\"}");
            case "POST /api/v1/join" -> new Call("/api/v1/join", """
                    {"municipalityId":"arta","fullName":"Νίκος Ελέγχου","position":"Δήμαρχος","email":"%s",
                     "message":"Ενδιαφερόμαστε.","consent":true,"website":""}""".formatted("join-" + java.util.UUID.randomUUID()
                    + "@example.org"));
            case "PUT /api/v1/invitations/{id}/response" -> new Call("/api/v1/invitations/" + invitation() + "/response",
                    reply.formatted(invitation(), offered.get(0), offered.get(1)));
            case "PUT /api/v1/rsvp/{token}" -> new Call("/api/v1/rsvp/" + token(),
                    reply.formatted(invitation(), offered.get(0), offered.get(1)));
            case "POST /api/v1/rsvp/{token}/late-request" -> new Call("/api/v1/rsvp/" + token() + "/late-request",
                    "{\"message\":\"Μπορούμε να έρθουμε τελικά;\"}");
            case "POST /api/v1/memorandum/versions" -> {
                memorandum().noOpenVersion();
                yield new Call("/api/v1/memorandum/versions", """
                        {"labelEl":"Αναθεώρηση","labelEn":"Revision","changelogEl":"Αλλαγές.","changelogEn":"Changes."}""");
            }
            case "PUT /api/v1/memorandum/versions/{number}/clauses/{key}" -> new Call(
                    "/api/v1/memorandum/versions/" + memorandum().draft() + "/clauses/preamble", """
                    {"numberEl":"Προοίμιο","numberEn":"Preamble","headingEl":"Προοίμιο","headingEn":"Preamble",
                     "textEl":"Οι δήμοι συνεργάζονται.","textEn":"The municipalities cooperate."}""");
            case "POST /api/v1/memorandum/versions/{number}/open-consultation" -> new Call(
                    "/api/v1/memorandum/versions/" + memorandum().draft() + "/open-consultation",
                    "{\"closesOn\":\"" + day + "\"}");
            case "POST /api/v1/memorandum/versions/{number}/adopt" -> new Call(
                    "/api/v1/memorandum/versions/" + memorandum().frozen() + "/adopt",
                    "{\"inForceFrom\":\"" + Today.inAthens() + "\",\"committeeDecision\":{\"meetingId\":\""
                            + committeeOfMayors() + "\",\"decision\":1}}");
            case "POST /api/v1/memorandum/versions/{number}/amendments" -> {
                int number = memorandum().inConsultation();
                yield new Call("/api/v1/memorandum/versions/" + number + "/amendments",
                        memorandum().proposal(number, "athens", "DELETE", "art.1"));
            }
            case "PUT /api/v1/amendments/{id}/support" -> new Call(
                    "/api/v1/amendments/" + memorandum().submittedAmendment() + "/support",
                    "{\"municipalityId\":\"thessaloniki\",\"stance\":\"SUPPORT\",\"reason\":\"Συμφωνούμε.\"}");
            case "POST /api/v1/amendments/{id}/decision" -> new Call(
                    "/api/v1/amendments/" + memorandum().submittedAmendment() + "/decision", """
                    {"state":"REJECTED","headingEl":null,"headingEn":null,"textEl":null,"textEn":null,
                     "note":"Όχι τώρα.","reference":"ΕΔ 2/2024"}""");
            case "POST /api/v1/amendments/{id}/comments" -> new Call(
                    "/api/v1/amendments/" + memorandum().submittedAmendment() + "/comments", "{\"body\":\"Σχόλιο.\"}");
            case "POST /api/v1/amendments/{id}/comments/{commentId}/hide" -> {
                String amendment = memorandum().submittedAmendment();
                long comment = memorandum().ok(http.send("POST", "/api/v1/amendments/" + amendment + "/comments", TOKEN,
                        "{\"body\":\"Σχόλιο.\"}"), 201).get("id").asLong();
                yield new Call("/api/v1/amendments/" + amendment + "/comments/" + comment + "/hide",
                        "{\"reason\":\"Εκτός θέματος.\"}");
            }
            case "POST /api/v1/positions/{id}/clauses/{key}/comments" -> new Call(
                    "/api/v1/positions/" + positions().inConsultation() + "/clauses/p.2/comments", "{\"body\":\"Σχόλιο.\"}");
            case "POST /api/v1/memorandum/versions/{number}/clauses/{key}/comments" -> new Call(
                    "/api/v1/memorandum/versions/" + memorandum().inConsultation() + "/clauses/preamble/comments",
                    "{\"body\":\"Σχόλιο.\"}");
            case "PUT /api/v1/memorandum/versions/{number}/adoptions/{municipalityId}" -> new Call(
                    "/api/v1/memorandum/versions/" + memorandum().frozen() + "/adoptions/athens", """
                    {"decisionNumber":"123/%d","decisionDate":"%s","ada":"6ΩΚΓ46ΜΤΛ6-ΘΒ5","signatoryName":"Χάρης Δούκας",
                     "signatoryCapacity":"MAYOR","authorisationRef":null,"signedOn":"%s"}"""
                    .formatted(Today.inAthens().getYear(), Today.inAthens(), Today.inAthens()));
            case "POST /api/v1/memorandum/versions/{number}/adoption-requests" -> new Call(
                    "/api/v1/memorandum/versions/" + memorandum().frozen() + "/adoption-requests",
                    "{\"deadline\":\"" + Today.inAthens().plusDays(60) + "\"}");
            case "POST /api/v1/memorandum/versions/{number}/adoptions/{municipalityId}/reject" -> new Call(
                    memorandum().signedAdoption("athens") + "/reject", "{\"reason\":\"Λείπει η υπογραφή.\"}");
            case "POST /api/v1/memorandum/versions/{number}/adoptions/{municipalityId}/revoke" -> new Call(
                    memorandum().verifiedAdoption("athens") + "/revoke", "{\"reason\":\"Ανάκληση της απόφασης.\"}");
            case "POST /api/v1/knowledge/entries" -> new Call("/api/v1/knowledge/entries",
                    org.diktyo.knowledge.KnowledgeFixture.with(org.diktyo.knowledge.KnowledgeFixture.entryJson("PRACTICE",
                            "athens", "Δοκιμή του εγγράφου"), org.diktyo.knowledge.KnowledgeFixture.DETAILS));
            case "PUT /api/v1/knowledge/entries/{id}" -> new Call("/api/v1/knowledge/entries/" + knowledgeEntry(),
                    org.diktyo.knowledge.KnowledgeFixture.with(org.diktyo.knowledge.KnowledgeFixture.editJson("Δοκιμή",
                            knowledge().version(knowledgeEntry())), org.diktyo.knowledge.KnowledgeFixture.DETAILS));
            case "POST /api/v1/knowledge/entries/{id}/send-back" -> new Call(
                    "/api/v1/knowledge/entries/" + knowledge().submitted("PRACTICE") + "/send-back",
                    "{\"note\":\"Συμπληρώστε την περίοδο.\"}");
            case "POST /api/v1/knowledge/entries/{id}/revision/send-back" -> new Call(
                    "/api/v1/knowledge/entries/" + knowledge().revised(testAccounts.tokenFor(
                            org.diktyo.accounts.Role.FOCAL_POINT, "athens")) + "/revision/send-back",
                    "{\"note\":\"Κρατήστε το κείμενο.\"}");
            case "PUT /api/v1/knowledge/entries/{id}/shared" -> new Call(
                    "/api/v1/knowledge/entries/" + knowledgeChallenge() + "/shared",
                    "{\"municipalityId\":\"thessaloniki\",\"comment\":\"Και σε εμάς.\"}");
            case "POST /api/v1/surveys" -> new Call("/api/v1/surveys",
                    org.diktyo.surveys.SurveyFixture.surveyJson("Έρευνα του εγγράφου", 10));
            case "PUT /api/v1/surveys/{id}" -> new Call("/api/v1/surveys/" + surveys().draft("Έρευνα του εγγράφου", 10),
                    org.diktyo.surveys.SurveyFixture.surveyJson("Έρευνα του εγγράφου", 12));
            case "PUT /api/v1/surveys/{id}/responses/{municipalityId}" -> new Call("/api/v1/surveys/"
                    + surveys().open("Έρευνα του εγγράφου", 10) + "/responses/athens",
                    org.diktyo.surveys.SurveyFixture.answerJson(0, 3, "4", "Κείμενο."));
            case "POST /api/v1/positions" -> new Call("/api/v1/positions",
                    org.diktyo.positions.PositionFixture.positionJson("Θέση του εγγράφου"));
            case "PATCH /api/v1/positions/{id}" -> new Call("/api/v1/positions/" + positions().draft(),
                    org.diktyo.positions.PositionFixture.detailsJson(1)); // created, then its addressees: version 1
            case "PUT /api/v1/positions/{id}/addressees" -> new Call("/api/v1/positions/" + positions().draft()
                    + "/addressees", org.diktyo.positions.PositionFixture.addresseesJson());
            case "POST /api/v1/positions/{id}/open-consultation" -> new Call("/api/v1/positions/" + positions().draft()
                    + "/open-consultation", "{\"closesOn\":\"" + day + "\"}");
            case "POST /api/v1/positions/{id}/amendments" -> {
                String position = positions().inConsultation();
                yield new Call("/api/v1/positions/" + position + "/amendments", """
                        {"municipalityId":"athens","kind":"DELETE","clauseKey":"p.2","baseRevision":"%s","headingEl":"",
                         "headingEn":"","textEl":"","textEn":"","justification":"Περιττό.","cosponsors":[]}"""
                        .formatted(positions().revision(position, "p.2")));
            }
            case "POST /api/v1/positions/{id}/open-signature" -> new Call("/api/v1/positions/" + positions().frozen()
                    + "/open-signature", "{\"closesOn\":\"" + day + "\",\"minSignatories\":2,\"openTo\":\"MEMBERS\"}");
            case "POST /api/v1/positions/{id}/correct" -> new Call("/api/v1/positions/" + positions().frozen() + "/correct", """
                    {"clauseKey":"p.1","headingEl":"Αίτημα","headingEn":"Request","textEl":"Ζητούμε μία θέση.",
                     "textEn":"We ask for one seat.","reason":"Ορθογραφικό λάθος."}""");
            case "POST /api/v1/positions/{id}/send" -> new Call("/api/v1/positions/" + positions().closed() + "/send",
                    "{\"protocolNo\":\"77/2026\",\"reason\":\"Επείγει.\"}");
            case "POST /api/v1/positions/{id}/responses" -> new Call("/api/v1/positions/" + positions().sent() + "/responses",
                    org.diktyo.positions.PositionFixture.responseJson());
            case "POST /api/v1/positions/{id}/responses/{responseId}/follow-ups" -> {
                String position = positions().sent();
                yield new Call("/api/v1/positions/" + position + "/responses/" + positions().answered(position)
                        + "/follow-ups", org.diktyo.positions.PositionFixture.followUpJson());
            }
            case "PUT /api/v1/positions/{id}/responses/{responseId}/follow-ups/{actionId}" -> {
                String position = positions().sent();
                String answer = positions().answered(position);
                yield new Call("/api/v1/positions/" + position + "/responses/" + answer + "/follow-ups/"
                        + positions().followUp(position, answer), org.diktyo.positions.PositionFixture.followUpJson());
            }
            case "PUT /api/v1/positions/{id}/signatures/{municipalityId}" -> {
                String position = positions().open(10, 1);
                yield new Call("/api/v1/positions/" + position + "/signatures/athens",
                        "{\"textHash\":\"" + positions().hash(position) + "\"}");
            }
            default -> throw new AssertionError("no valid example for " + operation + ": add one to this table");
        };
    }

    String knowledgeEntry;
    String knowledgeChallenge;
    String accessionCase;
    String accessionEntry;

    /** A non-member without an open accession case. */
    String freeTown() {
        return jdbc.queryForObject("select id from municipality m where status <> 'MEMBER' and not exists (select 1 from"
                + " accession_case c where c.open_key = m.id) order by id offset 120 rows fetch first 1 rows only", String.class);
    }

    /** An open accession case at IDENTIFIED; a new one for each call when {@code fresh} (it is moved on). */
    String openCase(boolean fresh) {
        if (accessionCase == null || fresh) {
            accessionCase = json.readTree(http.send("POST", "/api/v1/accessions", TOKEN,
                    "{\"municipalityId\":\"" + freeTown() + "\",\"source\":\"OTHER\"}").body()).get("id").asString();
            accessionEntry = null;
        }
        return accessionCase;
    }

    String followUpEntry() {
        if (accessionEntry == null) {
            accessionEntry = json.readTree(http.send("POST", "/api/v1/accessions/" + openCase(false) + "/activities", TOKEN,
                    "{\"kind\":\"NOTE\",\"text\":\"Υπενθύμιση.\",\"dueOn\":\"2030-01-15\"}").body()).get("id").asString();
        }
        return accessionEntry;
    }

    org.diktyo.knowledge.KnowledgeFixture knowledge() {
        return new org.diktyo.knowledge.KnowledgeFixture(http, json);
    }

    String knowledgeEntry() {
        if (knowledgeEntry == null) {
            knowledgeEntry = knowledge().draft("PRACTICE");
        }
        return knowledgeEntry;
    }

    String knowledgeChallenge() {
        if (knowledgeChallenge == null) {
            knowledgeChallenge = knowledge().published("CHALLENGE");
        }
        return knowledgeChallenge;
    }

    String meeting() {
        if (meeting == null) {
            meeting = fixture.meeting(null, 30);
        }
        return meeting;
    }

    List<String> parts() {
        return fixture.parts(meeting());
    }

    static String followUpForm() {
        return "{\"action\":\"Αποστολή πρακτικών\",\"owner\":\"Γραμματεία\",\"dueOn\":\"2030-01-31\",\"done\":false}";
    }

    String followUp() {
        if (followUp == null) {
            followUp = json.readTree(http.send("POST", "/api/v1/meetings/" + meeting() + "/follow-ups", TOKEN,
                    followUpForm()).body()).get("id").asString();
        }
        return followUp;
    }

    /** The last of the non-members, which the invitations tests leave alone. */
    String municipality() {
        if (municipality == null) {
            municipality = fixture.municipalities(313, 1).get(0);
            original = status();
        }
        return municipality;
    }

    String status() {
        return jdbc.queryForObject("select status from municipality where id = ?", String.class, municipality());
    }

    String original;

    void restoreMembership() {
        if (municipality != null && original != null && !original.equals(status())) {
            http.send("POST", "/api/v1/municipalities/" + municipality + "/membership", TOKEN,
                    "{\"status\":\"%s\",\"effectiveOn\":\"2026-01-01\",\"reason\":\"Επαναφορά\"}".formatted(original));
        }
    }

    static String contactForm() {
        return """
                {"kind":"OTHER","fullName":"Υπάλληλος Ελέγχου","position":"Τμήμα Ένταξης","gender":"FEMALE",
                 "email":"contract@example.org","phone":"2100000000"}""";
    }

    String contact() {
        if (contact == null) {
            contact = json.readTree(http.send("POST", "/api/v1/municipalities/" + municipality() + "/contacts", TOKEN,
                    contactForm()).body()).get("id").asString();
        }
        return contact;
    }

    String campaign(String form) {
        if (campaign == null) {
            campaign = json.readTree(http.send("POST", "/api/v1/meetings/" + meeting() + "/campaigns", TOKEN, form)
                    .body()).get("id").asString();
        }
        return campaign;
    }

    /** An invitation of a campaign sent to the one municipality, and its personal link's token. */
    String invitation() {
        if (invitation == null) {
            offered = parts();
            String sent = fixture.campaign(meeting(), List.of(municipality()), 2, Today.inAthens().plusDays(20), "");
            fixture.sendAndWait(sent);
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (jdbc.queryForObject("select count(*) from mail_outbox where recipient like ? and status <> 'SENT'",
                    Integer.class, "%@" + municipality() + ".test.example") > 0) {
                assertThat(System.nanoTime()).as("the invitation is delivered to this test's SMTP server").isLessThan(until);
                pause();
            }
            token = fixture.tokens(sent).get(municipality());
            invitation = jdbc.queryForObject("select id from invitation where campaign_id = ?", String.class, sent);
        }
        return invitation;
    }

    static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String token() {
        invitation();
        return token;
    }
}
