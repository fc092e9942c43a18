package org.diktyo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.diktyo.DatabaseTest;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who sees which meeting. A network-only meeting, with everything of it, does not exist for
 * the public (404, over the API and the pages, and absent from the calendar) and is there for
 * anyone signed in; a draft exists for the network's staff only. Only the secretariat's
 * pages change meetings: 403 for a focal point or a partner, the sign-in page for the public.
 */
@DatabaseTest
class MeetingVisibilityTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    TestAccounts accounts;

    MeetingsClient client;
    String secretariat;

    @BeforeEach
    void setUp() {
        client = new MeetingsClient(port, json);
        secretariat = TestAccounts.demoToken();
    }

    /** A meeting with a part, a published agenda and a document; returns its id and the document's. */
    String[] meetingWithDocument(String visibility, String status, String tag) {
        String id = client.complete(secretariat, visibility, status, tag);
        HttpResponse<String> uploaded = client.upload(secretariat, id, "memorandum.pdf", MeetingsClient.pdf());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        return new String[] {id, client.read(uploaded).get("id").asString()};
    }

    static List<String> apiPaths(String id, String document) {
        String base = "/api/v1/meetings/" + id;
        return List.of(base, base + "/parts", base + "/agenda", base + "/documents", base + "/documents/" + document);
    }

    static List<String> pagePaths(String id, String document) {
        return List.of("/meetings/" + id, "/meetings/" + id + "?lang=en", "/meetings/" + id + "/documents/" + document);
    }

    MockHttpSession signIn(String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/signin").param("email", email).param("password", password).with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    MockHttpServletResponse page(String path, MockHttpSession session) throws Exception {
        var request = get(path);
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** Every way to reach the meeting answers 404 and tells nothing of it. */
    void hidden(String id, String document, String tag, String token, MockHttpSession session) throws Exception {
        for (String path : apiPaths(id, document)) {
            HttpResponse<String> response = client.http.get(path, token);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).doesNotContain(tag, "memorandum");
        }
        assertThat(client.http.get("/api/v1/meetings/" + id + "/follow-ups", token).statusCode()).isEqualTo(404);
        assertThat(client.http.get("/api/v1/meetings?size=200", token).body()).doesNotContain(tag);
        for (String path : pagePaths(id, document)) {
            MockHttpServletResponse response = page(path, session);
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(tag, "%PDF");
        }
        assertThat(page("/meetings", session).getContentAsString(StandardCharsets.UTF_8)).doesNotContain(tag);
    }

    /** Every way to reach the meeting answers, and the document comes back byte for byte. */
    void shown(String id, String document, String tag, String token, MockHttpSession session) throws Exception {
        for (String path : apiPaths(id, document)) {
            assertThat(client.http.get(path, token).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(client.read(client.http.get("/api/v1/meetings/" + id + "/agenda", token)).get("items")).hasSize(1);
        assertThat(client.http.get("/api/v1/meetings/" + id + "/follow-ups", token).statusCode())
                .as("follow-up actions name people: for the network only").isEqualTo(token == null ? 401 : 200);
        assertThat(client.http.get("/api/v1/meetings?size=200", token).body()).contains(tag);
        String html = page("/meetings/" + id, session).getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains(tag, "17:30 – 20:00", "memorandum.pdf");
        MockHttpServletResponse download = page("/meetings/" + id + "/documents/" + document, session);
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(MeetingsClient.pdf());
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment").contains("memorandum.pdf");
        assertThat(page("/meetings", session).getContentAsString(StandardCharsets.UTF_8)).contains(tag);
    }

    @Test
    void aNetworkOnlyMeetingIsInvisibleToThePublicAndVisibleToAnyoneSignedIn() throws Exception {
        String tag = MeetingsClient.unique();
        String[] meeting = meetingWithDocument("NETWORK", "ANNOUNCED", tag);
        hidden(meeting[0], meeting[1], tag, null, null);

        String focalPoint = accounts.userFor(Role.FOCAL_POINT, "thessaloniki");
        shown(meeting[0], meeting[1], tag, accounts.tokenFor(Role.FOCAL_POINT, "thessaloniki"),
                signIn(focalPoint, "secret-password"));
        shown(meeting[0], meeting[1], tag, accounts.tokenFor(Role.PARTNER, null),
                signIn("partner@diktyo.example", TestAccounts.demoPassword()));
    }

    @Test
    void aDraftIsInvisibleToAllButTheNetworksStaff() throws Exception {
        String tag = MeetingsClient.unique();
        String[] meeting = meetingWithDocument("PUBLIC", "DRAFT", tag);
        hidden(meeting[0], meeting[1], tag, null, null);
        String focalPoint = accounts.userFor(Role.FOCAL_POINT, "athens");
        hidden(meeting[0], meeting[1], tag, accounts.tokenFor(Role.FOCAL_POINT, "athens"), signIn(focalPoint, "secret-password"));
        shown(meeting[0], meeting[1], tag, accounts.tokenFor(Role.PARTNER, null),
                signIn("partner@diktyo.example", TestAccounts.demoPassword()));
        shown(meeting[0], meeting[1], tag, secretariat,
                signIn("secretariat@diktyo.example", TestAccounts.demoPassword()));
    }

    @Test
    void aPublicMeetingIsThereForEveryoneButItsDraftAgendaOnlyForTheSecretariat() throws Exception {
        String tag = MeetingsClient.unique();
        String[] meeting = meetingWithDocument("PUBLIC", "ANNOUNCED", tag);
        shown(meeting[0], meeting[1], tag, null, null);

        String id = client.create(secretariat, "PUBLIC", "ANNOUNCED", MeetingsClient.unique());
        client.addPart(secretariat, id, "Working meeting", "17:30", "20:00");
        client.http.send("PUT", "/api/v1/meetings/" + id + "/agenda", secretariat, MeetingsClient.agenda("18:00", "Secret draft"));
        assertThat(client.http.get("/api/v1/meetings/" + id + "/agenda", secretariat).body()).contains("Secret draft");
        for (String token : new String[] {null, accounts.tokenFor(Role.PARTNER, null)}) {
            HttpResponse<String> agenda = client.http.get("/api/v1/meetings/" + id + "/agenda", token);
            assertThat(agenda.statusCode()).isEqualTo(200);
            assertThat(agenda.body()).doesNotContain("Secret draft");
        }
        assertThat(page("/meetings/" + id, null).getContentAsString(StandardCharsets.UTF_8))
                .contains("Η ατζέντα θα ακολουθήσει.").doesNotContain("Secret draft");
    }

    @Test
    void onlyTheSecretariatsPagesChangeMeetings() throws Exception {
        String id = client.complete(secretariat, "NETWORK", "ANNOUNCED", MeetingsClient.unique());
        String part = client.read(client.http.get("/api/v1/meetings/" + id + "/parts", secretariat)).get(0).get("id")
                .asString();
        List<String> forms = List.of("/admin/meetings/new", "/admin/meetings/" + id, "/admin/meetings/" + id + "/edit",
                "/admin/meetings/" + id + "/parts/new", "/admin/meetings/" + id + "/parts/" + part,
                "/admin/meetings/" + id + "/agenda", "/admin/meetings/" + id + "/agenda/rows/3",
                "/admin/meetings/" + id + "/outcome");
        List<String> posts = List.of("/admin/meetings", "/admin/meetings/" + id + "/edit",
                "/admin/meetings/" + id + "/parts", "/admin/meetings/" + id + "/parts/" + part,
                "/admin/meetings/" + id + "/parts/" + part + "/delete", "/admin/meetings/" + id + "/agenda",
                "/admin/meetings/" + id + "/agenda/publish", "/admin/meetings/" + id + "/outcome",
                "/admin/meetings/" + id + "/cancel");
        MockHttpSession focalPoint = signIn(accounts.userFor(Role.FOCAL_POINT, "athens"), "secret-password");
        MockHttpSession partner = signIn("partner@diktyo.example", TestAccounts.demoPassword());
        for (MockHttpSession session : List.of(focalPoint, partner)) {
            for (String path : forms) {
                MockHttpServletResponse response = page(path, session);
                assertThat(response.getStatus()).as(path).isEqualTo(403);
                assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                        .contains("Δεν έχετε δικαίωμα γι’ αυτή την ενέργεια.").doesNotContain("Exception");
            }
            for (String path : posts) {
                MockHttpServletResponse response = mvc.perform(post(path).session(session).with(csrf())
                        .param("kind", "WORKING_MEETING").param("titleEl", "Αλλαγή").param("titleEn", "Changed")
                        .param("visibility", "PUBLIC").param("items[0].time", "18:00")
                        .param("items[0].titleEl", "Αλλαγή")).andReturn().getResponse();
                assertThat(response.getStatus()).as(path).isEqualTo(403);
            }
        }
        for (String path : forms) {
            assertThat(page(path, null).getRedirectedUrl()).as(path).endsWith("/signin");
        }
        for (String path : posts) {
            assertThat(mvc.perform(post(path).with(csrf())).andReturn().getResponse().getRedirectedUrl()).as(path)
                    .endsWith("/signin");
        }
        var meeting = client.read(client.http.get("/api/v1/meetings/" + id, secretariat));
        assertThat(meeting.get("status").asString()).isEqualTo("ANNOUNCED");
        assertThat(meeting.get("titleEn").asString()).startsWith("Test meeting");
        assertThat(client.read(client.http.get("/api/v1/meetings/" + id + "/parts", secretariat))).hasSize(1);
        assertThat(client.read(client.http.get("/api/v1/meetings/" + id + "/agenda", secretariat)).get("version")
                .asInt()).isEqualTo(1);
    }
}
