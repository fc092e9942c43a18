package org.diktyo.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.diktyo.Http;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The meetings API as the tests call it, over real HTTP: finds the demo meetings, creates
 * meetings with parts, and uploads files as {@code multipart/form-data}.
 */
final class MeetingsClient {

    static final String JUNE_2024 = "Working Meeting of the Cities Network for Integration";
    static final String UPCOMING = "Working Meeting: updating the framework of cooperation";

    final Http http;
    final JsonMapper json;
    private final int port;

    MeetingsClient(int port, JsonMapper json) {
        this.port = port;
        this.http = new Http(port);
        this.json = json;
    }

    JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    /** The id of a demo meeting, found by its English title in the list the secretariat sees. */
    String demoMeeting(String titleEn, String token) {
        HttpResponse<String> list = http.get("/api/v1/meetings?size=100", token);
        assertThat(list.statusCode()).isEqualTo(200);
        for (JsonNode meeting : read(list).get("items")) {
            if (titleEn.equals(meeting.get("titleEn").asString())) {
                return meeting.get("id").asString();
            }
        }
        throw new AssertionError("no demo meeting " + titleEn + " in " + list.body());
    }

    /** A new meeting of the given visibility and status; its English title carries a unique tag. */
    String create(String token, String visibility, String status, String tag) {
        String body = """
                {"kind":"WORKING_MEETING","titleEl":"Δοκιμαστική συνάντηση %1$s","titleEn":"Test meeting %1$s",
                 "hostMunicipalityId":"athens","visibility":"%2$s","status":"%3$s","zone":"Europe/Athens"}
                """.formatted(tag, visibility, status);
        HttpResponse<String> created = http.send("POST", "/api/v1/meetings", token, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return read(created).get("id").asString();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A part's JSON: 17 June 2025 from {@code start} to {@code end} at the Town Hall, with {@code capacity}. */
    static String part(String titleEn, String start, String end, String capacity) {
        return """
                {"titleEl":"Σκέλος %1$s","titleEn":"%1$s","date":"2025-06-16","startTime":"%2$s","endTime":"%3$s",
                 "venueEl":"Δημαρχιακό Μέγαρο","venueEn":"Town Hall","streetEl":"Αθηνάς 63",
                 "streetEn":"63 Athinas Street","postcode":"105 52","cityEl":"Αθήνα","cityEn":"Athens",
                 "roomEl":"Αίθουσα Δημοτικού Συμβουλίου","roomEn":"City Council Hall","floor":2,
                 "capacity":%4$s,"answeredSeparately":false}
                """.formatted(titleEn, start, end, capacity);
    }

    String addPart(String token, String meetingId, String titleEn, String start, String end) {
        HttpResponse<String> added = http.send("POST", "/api/v1/meetings/" + meetingId + "/parts", token,
                part(titleEn, start, end, "null"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return read(added).get("id").asString();
    }

    /** An agenda of one item at {@code time}. */
    static String agenda(String time, String titleEn) {
        return """
                [{"time":"%1$s","titleEl":"Θέμα %2$s","titleEn":"%2$s","speakers":"Χάρης Δούκας","axis":"JOINT_POLICY"}]
                """.formatted(time, titleEn);
    }

    /** A meeting with a part and a published agenda: the whole of it for visibility tests. */
    String complete(String token, String visibility, String status, String tag) {
        String id = create(token, visibility, status, tag);
        addPart(token, id, "Working meeting", "17:30", "20:00");
        assertThat(http.send("PUT", "/api/v1/meetings/" + id + "/agenda", token, agenda("17:30", "Welcome"))
                .statusCode()).isEqualTo(200);
        assertThat(http.send("POST", "/api/v1/meetings/" + id + "/agenda/publish", token, null).statusCode())
                .isEqualTo(200);
        return id;
    }

    /** Uploads {@code content} as {@code filename} (optionally in {@code language}). */
    HttpResponse<String> upload(String token, String meetingId, String filename, byte[] content, String... headers) {
        return http.upload("/api/v1/meetings/" + meetingId + "/documents", token, filename, content,
                new String[] {"titleEl", "Δοκιμαστικό έγγραφο"}, headers);
    }

    /** A small but real PDF (the demo's memorandum). */
    static byte[] pdf() {
        try (var in = MeetingsClient.class.getResourceAsStream("/demo/memorandum-axes.pdf")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The start of a Linux executable (ELF), to be renamed {@code .pdf}. */
    static byte[] elf() {
        byte[] bytes = new byte[4096];
        byte[] head = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    /** The start of a Windows executable (PE: "MZ"), to be renamed {@code .pdf}. */
    static byte[] pe() {
        byte[] bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }
}
