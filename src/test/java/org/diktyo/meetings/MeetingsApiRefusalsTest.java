package org.diktyo.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.diktyo.DatabaseTest;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input over the API: each refused with a problem detail (4xx, {@code application/problem+json})
 * in the caller's language, and nothing stored — read back from the API and the database.
 */
@DatabaseTest
class MeetingsApiRefusalsTest {

    static final long LIMIT = 20L * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate db;

    @Autowired
    TestAccounts accounts;

    @Value("${diktyo.documents.directory}")
    Path directory;

    MeetingsClient client;
    String token;
    String meeting;

    @BeforeEach
    void setUp() {
        client = new MeetingsClient(port, json);
        token = TestAccounts.demoToken();
        meeting = client.create(token, "PUBLIC", "ANNOUNCED", MeetingsClient.unique());
    }

    /** The problem's status, type and detail, and the detail of its field {@code field} (if given). */
    JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception", "at org.", "trace");
        return client.read(response);
    }

    static String fieldDetail(JsonNode problem, String field) {
        for (JsonNode error : problem.get("errors")) {
            if (field.equals(error.get("field").asString())) {
                return error.get("detail").asString();
            }
        }
        throw new AssertionError("no error for " + field + " in " + problem);
    }

    int rows(String table) {
        return db.queryForObject("select count(*) from " + table + " where meeting_id = ?", Integer.class, meeting);
    }

    long files() throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> list = Files.list(directory)) {
            return list.count();
        }
    }

    @Test
    void aPartThatEndsBeforeItStartsIsRefusedInTheCallersLanguage() {
        String path = "/api/v1/meetings/" + meeting + "/parts";
        JsonNode greek = problem(client.http.send("POST", path, token, MeetingsClient.part("Late", "20:00", "17:30", "null")), 400);
        assertThat(greek.get("detail").asString()).isEqualTo("Ορισμένα πεδία χρειάζονται διόρθωση.");
        assertThat(fieldDetail(greek, "endTime")).isEqualTo("Η λήξη πρέπει να είναι μετά την έναρξη.");
        JsonNode english = problem(client.http.send("POST", path, token,
                MeetingsClient.part("Late", "20:00", "20:00", "null"), "Accept-Language", "en"), 400);
        assertThat(fieldDetail(english, "endTime")).isEqualTo("The end must be after the start.");
        assertThat(client.read(client.http.get(path, token))).isEmpty();
        assertThat(rows("meeting_part")).isZero();
    }

    @Test
    void aCapacityBelowZeroIsRefused() {
        String path = "/api/v1/meetings/" + meeting + "/parts";
        JsonNode problem = problem(client.http.send("POST", path, token,
                MeetingsClient.part("Crowded", "17:30", "20:00", "-1"), "Accept-Language", "en"), 400);
        assertThat(fieldDetail(problem, "capacity")).isEqualTo("The capacity cannot be negative.");
        assertThat(rows("meeting_part")).isZero();

        String part = client.addPart(token, meeting, "Working meeting", "17:30", "20:00");
        problem(client.http.send("PUT", path + "/" + part, token, MeetingsClient.part("Changed", "17:30", "20:00", "-5")), 400);
        JsonNode stored = client.read(client.http.get(path, token)).get(0);
        assertThat(stored.get("titleEn").asString()).isEqualTo("Working meeting");
        assertThat(stored.get("capacity").isNull()).isTrue();
    }

    @Test
    void anAgendaItemOutsideTheMeetingsPartsIsRefused() {
        String agenda = "/api/v1/meetings/" + meeting + "/agenda";
        JsonNode noParts = problem(client.http.send("PUT", agenda, token, MeetingsClient.agenda("18:00", "Early")), 400);
        assertThat(fieldDetail(noParts, "items[0].time")).startsWith("Ορίστε πρώτα τα σκέλη της συνάντησης");

        client.addPart(token, meeting, "Working meeting", "17:30", "20:00");
        JsonNode outside = problem(client.http.send("PUT", agenda, token, MeetingsClient.agenda("20:30", "Late"),
                "Accept-Language", "en"), 400);
        assertThat(fieldDetail(outside, "items[0].time")).isEqualTo("The item's time is outside the parts of the meeting.");
        assertThat(problem(client.http.send("PUT", agenda, token, MeetingsClient.agenda("17:00", "Early")), 400)
                .get("errors")).hasSize(1);
        assertThat(client.read(client.http.get(agenda, token)).get("items")).isEmpty();
        assertThat(rows("agenda_item")).isZero();

        // After publication, a change outside the parts makes no new version.
        assertThat(client.http.send("PUT", agenda, token, MeetingsClient.agenda("19:59", "Last")).statusCode()).isEqualTo(200);
        assertThat(client.http.send("POST", agenda + "/publish", token, null).statusCode()).isEqualTo(200);
        problem(client.http.send("PUT", agenda, token, MeetingsClient.agenda("20:00", "Too late")), 400);
        JsonNode published = client.read(client.http.get(agenda, null));
        assertThat(published.get("version").asInt()).isEqualTo(1);
        assertThat(published.get("items").get(0).get("titleEn").asString()).isEqualTo("Last");
        assertThat(db.queryForObject("select max(version) from agenda_version where meeting_id = ?", Integer.class,
                meeting)).isEqualTo(1);
    }

    @Test
    void anUploadOverTheSizeLimitIsRefusedAndNothingIsKept() throws IOException {
        long before = files();
        int storedBefore = db.queryForObject("select count(*) from stored_file", Integer.class);
        byte[] big = new byte[(int) LIMIT + 1];
        System.arraycopy(MeetingsClient.pdf(), 0, big, 0, 1024);
        JsonNode problem = problem(client.upload(token, meeting, "big.pdf", big, "Accept-Language", "en"), 413);
        assertThat(problem.get("detail").asString()).isEqualTo("The file is larger than the limit of 20 MB.");

        byte[] huge = new byte[26 * 1024 * 1024];
        System.arraycopy(big, 0, huge, 0, 1024);
        JsonNode servlet = problem(client.upload(token, meeting, "huge.pdf", huge), 413);
        assertThat(servlet.get("detail").asString()).startsWith("Το αρχείο ξεπερνά το όριο");

        assertThat(client.read(client.http.get("/api/v1/meetings/" + meeting + "/documents", token))).isEmpty();
        assertThat(rows("meeting_document")).isZero();
        assertThat(db.queryForObject("select count(*) from stored_file", Integer.class)).isEqualTo(storedBefore);
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void anExecutableRenamedPdfIsRefusedAndNothingIsKept() throws IOException {
        long before = files();
        JsonNode elf = problem(client.upload(token, meeting, "memorandum.pdf", MeetingsClient.elf(),
                "Accept-Language", "en"), 415);
        assertThat(elf.get("detail").asString()).contains("its content does not match the ending of its name");
        JsonNode pe = problem(client.upload(token, meeting, "agenda.pdf", MeetingsClient.pe()), 415);
        assertThat(pe.get("detail").asString()).contains("δεν αντιστοιχεί στην κατάληξη");
        problem(client.upload(token, meeting, "setup.exe", MeetingsClient.pe()), 415);
        assertThat(rows("meeting_document")).isZero();
        assertThat(files()).isEqualTo(before);

        JsonNode missing = problem(client.http.send("POST", "/api/v1/meetings/" + meeting + "/documents", token, null,
                "Content-Type", "multipart/form-data; boundary=x"), 400);
        assertThat(missing.get("detail").asString()).isNotBlank();
    }

    @Test
    void anEmptyTitleIsRefused() {
        String tag = MeetingsClient.unique();
        String body = """
                {"kind":"WORKING_MEETING","titleEl":"  ","titleEn":"Untitled %s","visibility":"PUBLIC"}
                """.formatted(tag);
        JsonNode problem = problem(client.http.send("POST", "/api/v1/meetings", token, body), 400);
        assertThat(fieldDetail(problem, "titleEl")).isEqualTo("Συμπληρώστε τον τίτλο στα ελληνικά.");
        assertThat(db.queryForObject("select count(*) from meeting where title_en = ?", Integer.class,
                "Untitled " + tag)).isZero();

        JsonNode patch = problem(client.http.send("PATCH", "/api/v1/meetings/" + meeting, token,
                body.replace("\"  \"", "\"\"").replace("Untitled", "Renamed"), "Accept-Language", "en"), 400);
        assertThat(fieldDetail(patch, "titleEl")).isEqualTo("Enter the title in Greek.");
        assertThat(client.read(client.http.get("/api/v1/meetings/" + meeting, token)).get("titleEl").asString())
                .startsWith("Δοκιμαστική συνάντηση");
    }

    @Test
    void aCancelledMeetingIsNotChanged() {
        String base = "/api/v1/meetings/" + meeting;
        String part = client.addPart(token, meeting, "Working meeting", "17:30", "20:00");
        assertThat(client.read(client.http.send("POST", base + "/cancel", token, null)).get("status").asString())
                .isEqualTo("CANCELLED");

        JsonNode edit = problem(client.http.send("PATCH", base, token, """
                {"kind":"WORKING_MEETING","titleEl":"Νέος τίτλος","titleEn":"New title","visibility":"PUBLIC"}
                """, "Accept-Language", "en"), 409);
        assertThat(edit.get("detail").asString()).isEqualTo("The meeting was cancelled and can no longer be changed.");
        problem(client.http.send("POST", base + "/parts", token, MeetingsClient.part("More", "20:00", "21:00", "10")), 409);
        problem(client.http.send("PUT", base + "/parts/" + part, token, MeetingsClient.part("Moved", "18:00", "19:00", "10")), 409);
        problem(client.http.send("DELETE", base + "/parts/" + part, token, null), 409);
        problem(client.http.send("PUT", base + "/agenda", token, MeetingsClient.agenda("18:00", "Item")), 409);
        problem(client.upload(token, meeting, "memorandum.pdf", MeetingsClient.pdf()), 409);
        problem(client.http.send("POST", base + "/cancel", token, null), 409);

        JsonNode stored = client.read(client.http.get(base, token));
        assertThat(stored.get("titleEl").asString()).startsWith("Δοκιμαστική συνάντηση");
        assertThat(stored.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(client.read(client.http.get(base + "/parts", token)).get(0).get("titleEn").asString())
                .isEqualTo("Working meeting");
        assertThat(rows("meeting_part")).isEqualTo(1);
        assertThat(rows("agenda_item")).isZero();
        assertThat(rows("meeting_document")).isZero();
    }

    @Test
    void onlyTheSecretariatChangesMeetings() {
        String base = "/api/v1/meetings/" + meeting;
        String create = """
                {"kind":"WORKING_MEETING","titleEl":"Τίτλος","titleEn":"Title","visibility":"PUBLIC"}
                """;
        for (String other : new String[] {accounts.tokenFor(Role.FOCAL_POINT, "athens"),
                accounts.tokenFor(Role.PARTNER, null)}) {
            problem(client.http.send("POST", "/api/v1/meetings", other, create), 403);
            problem(client.http.send("PATCH", base, other, create), 403);
            problem(client.http.send("POST", base + "/parts", other, MeetingsClient.part("P", "17:30", "20:00", "1")), 403);
            problem(client.http.send("PUT", base + "/agenda", other, MeetingsClient.agenda("18:00", "Item")), 403);
            problem(client.http.send("POST", base + "/agenda/publish", other, null), 403);
            problem(client.upload(other, meeting, "memorandum.pdf", MeetingsClient.pdf()), 403);
            problem(client.http.send("POST", base + "/cancel", other, null), 403);
        }
        problem(client.http.send("POST", "/api/v1/meetings", null, create), 401);
        problem(client.http.send("PATCH", base, null, create), 401);
        problem(client.http.send("POST", base + "/parts", null, MeetingsClient.part("P", "17:30", "20:00", "1")), 401);
        problem(client.http.send("POST", base + "/cancel", null, null), 401);
        problem(client.upload(null, meeting, "memorandum.pdf", MeetingsClient.pdf()), 401);
        JsonNode stored = client.read(client.http.get(base, token));
        assertThat(stored.get("status").asString()).isEqualTo("ANNOUNCED");
        assertThat(rows("meeting_part") + rows("agenda_item") + rows("meeting_document")).isZero();
    }
}
