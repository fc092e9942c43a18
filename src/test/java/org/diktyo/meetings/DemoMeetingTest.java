package org.diktyo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.diktyo.DatabaseTest;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's meeting of 17 June 2024 as the network's letter describes it: its page in Greek
 * and in English, and the same facts over the API, with times in the meeting's zone.
 */
@DatabaseTest
class DemoMeetingTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    MeetingsClient client;
    String june;

    @BeforeEach
    void setUp() {
        client = new MeetingsClient(port, json);
        june = client.demoMeeting(MeetingsClient.JUNE_2024, null);
    }

    String page(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The text of the element with this id, its tags removed and its spaces folded. */
    static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("element #" + id).isPositive();
        int end = html.indexOf("</section>", start);
        return text(html.substring(start, end));
    }

    static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
    }

    @Test
    void theJuneMeetingPageShowsTheLettersFactsInGreek() throws Exception {
        String html = page("/meetings/" + june);
        assertThat(html).contains("<html lang=\"el\"", "Συνάντηση Εργασίας του Δικτύου Πόλεων για την Ένταξη",
                "Ο Δήμαρχος Αθηναίων, Χάρης Δούκας", "Πραγματοποιήθηκε");

        String meeting = section(html, "part-1");
        assertThat(meeting).contains("Συνάντηση εργασίας", "Δευτέρα 17 Ιουνίου 2024", "17:30 – 20:00",
                "Αίθουσα Δημοτικού Συμβουλίου", "Δημαρχιακό Μέγαρο", "Αθηνάς 63", "105 52 Αθήνα", "Πλ. Κοτζιά",
                "2ος όροφος");

        String reception = section(html, "part-2");
        assertThat(reception).contains("Δεξίωση", "Δευτέρα 17 Ιουνίου 2024", "στις 20:00",
                "Ταράτσα του Δημαρχείου", "Απαντάται χωριστά");
        assertThat(reception).as("the reception is a part of its own, not a line of the first")
                .doesNotContain("17:30");
        assertThat(meeting).doesNotContain("Δεξίωση", "Απαντάται χωριστά");

        // the meeting is over: no agenda is promised any more
        assertThat(text(html)).contains("Δεν δημοσιεύτηκε ατζέντα για αυτή τη συνάντηση.", "Μνημόνιο συνεργασίας")
                .doesNotContain("θα ακολουθήσει");
    }

    @Test
    void theJuneMeetingPageShowsTheSameFactsInEnglish() throws Exception {
        String html = page("/meetings/" + june + "?lang=en");
        assertThat(html).contains("<html lang=\"en\"", "Working Meeting of the Cities Network for Integration",
                "The Mayor of Athens, Haris Doukas", "Held");

        String meeting = section(html, "part-1");
        assertThat(meeting).contains("Working meeting", "Monday 17 June 2024", "17:30 – 20:00", "City Council Hall",
                "Town Hall", "63 Athinas Street", "105 52 Athens", "Kotzia Square", "2nd floor");
        assertThat(meeting).doesNotContain("Δευτέρα", "Αθηνάς", "όροφος");

        String reception = section(html, "part-2");
        assertThat(reception).contains("Reception", "Monday 17 June 2024", "at 20:00",
                "Roof terrace of the Town Hall", "Answered separately");
        assertThat(text(html)).contains("No agenda was published for this meeting.", "Memorandum of cooperation")
                .doesNotContain("will follow");
    }

    @Test
    void theCalendarListsBothDemoMeetings() throws Exception {
        String greek = text(page("/meetings"));
        assertThat(greek).contains("Προσεχείς", "Συνάντηση Εργασίας: επικαιροποίηση του πλαισίου συνεργασίας",
                "Προηγούμενες", "Δευτέρα 17 Ιουνίου 2024", "Συνάντηση Εργασίας του Δικτύου Πόλεων για την Ένταξη");
        assertThat(text(page("/meetings?lang=en"))).contains("Upcoming", "Monday 17 June 2024",
                "Working Meeting: updating the framework of cooperation");
    }

    @Test
    void theApiGivesTheSameFactsWithOffsetsAndTheZone() {
        JsonNode meeting = client.read(client.http.get("/api/v1/meetings/" + june, null));
        assertThat(meeting.get("zone").asString()).isEqualTo("Europe/Athens");
        assertThat(meeting.get("status").asString()).isEqualTo("HELD");
        assertThat(meeting.get("visibility").asString()).isEqualTo("PUBLIC");
        assertThat(meeting.get("hostOfficialEl").asString()).isEqualTo("Ο Δήμαρχος Αθηναίων, Χάρης Δούκας");
        assertThat(meeting.get("startsAt").asString()).isEqualTo("2024-06-17T17:30:00+03:00");

        HttpResponse<String> response = client.http.get("/api/v1/meetings/" + june + "/parts", null);
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> parts = client.read(response).valueStream().toList();
        assertThat(parts).hasSize(2);
        JsonNode working = parts.get(0);
        assertThat(working.get("titleEn").asString()).isEqualTo("Working meeting");
        assertThat(working.get("startsAt").asString()).isEqualTo("2024-06-17T17:30:00+03:00");
        assertThat(working.get("endsAt").asString()).isEqualTo("2024-06-17T20:00:00+03:00");
        assertThat(working.get("roomEl").asString()).isEqualTo("Αίθουσα Δημοτικού Συμβουλίου");
        assertThat(working.get("roomEn").asString()).isEqualTo("City Council Hall");
        assertThat(working.get("streetEl").asString()).isEqualTo("Αθηνάς 63");
        assertThat(working.get("streetEn").asString()).isEqualTo("63 Athinas Street");
        assertThat(working.get("landmarkEl").asString()).isEqualTo("Πλ. Κοτζιά");
        assertThat(working.get("postcode").asString()).isEqualTo("10552");
        assertThat(working.get("cityEl").asString()).isEqualTo("Αθήνα");
        assertThat(working.get("floor").asInt()).isEqualTo(2);
        assertThat(working.get("answeredSeparately").asBoolean()).isFalse();

        JsonNode reception = parts.get(1);
        assertThat(reception.get("titleEn").asString()).isEqualTo("Reception");
        assertThat(reception.get("startsAt").asString()).isEqualTo("2024-06-17T20:00:00+03:00");
        assertThat(reception.get("answeredSeparately").asBoolean()).isTrue();
        assertThat(reception.get("roomEn").asString()).isEqualTo("Roof terrace of the Town Hall");

        JsonNode documents = client.read(client.http.get("/api/v1/meetings/" + june + "/documents", null));
        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).get("titleEn").asString()).isEqualTo("Memorandum of cooperation");
        assertThat(documents.get(0).get("mediaType").asString()).isEqualTo("application/pdf");

        JsonNode agenda = client.read(client.http.get("/api/v1/meetings/" + june + "/agenda", null));
        assertThat(agenda.get("items")).as("the agenda will follow").isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesTheMeetingsApi() {
        String document = client.http.get("/v3/api-docs", null).body();
        assertThat(document).contains("/api/v1/meetings", "/api/v1/meetings/{id}/parts", "/api/v1/meetings/{id}/agenda",
                "/api/v1/meetings/{id}/agenda/publish", "/api/v1/meetings/{id}/documents", "multipart/form-data",
                "UploadIn");
    }
}
