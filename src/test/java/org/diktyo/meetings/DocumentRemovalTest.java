package org.diktyo.meetings;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.diktyo.DatabaseTest;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * Removing a meeting's document, over the API and from the secretariat's page: the row and the
 * stored bytes go; a document that a campaign sends with its invitations stays, with a clear
 * message, and nothing changes.
 */
@DatabaseTest
class DocumentRemovalTest {

    static final String TOKEN = TestAccounts.demoToken();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate db;

    @Value("${diktyo.documents.directory}")
    Path directory;

    MeetingsClient client;
    String meeting;

    @BeforeEach
    void setUp() {
        client = new MeetingsClient(port, json);
        meeting = client.create(TOKEN, "PUBLIC", "ANNOUNCED", MeetingsClient.unique());
        String future = Today.inAthens().plusDays(40).toString();
        var part = client.http.send("POST", "/api/v1/meetings/" + meeting + "/parts", TOKEN,
                MeetingsClient.part("Working meeting", "17:30", "20:00", "null").replace("2025-06-16", future));
        assertThat(part.statusCode()).as(part.body()).isEqualTo(201);
    }

    String upload() {
        var uploaded = client.upload(TOKEN, meeting, "memorandum.pdf", MeetingsClient.pdf());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        return client.read(uploaded).get("id").asString();
    }

    Path stored(String document) {
        return directory.resolve(db.queryForObject("select file_id from meeting_document where id = ?", String.class,
                document));
    }

    MockHttpSession secretariat() throws Exception {
        MvcResult signIn = mvc.perform(post("/signin").param("email", "secretariat@diktyo.example")
                .param("password", TestAccounts.demoPassword()).with(csrf())).andReturn();
        return (MockHttpSession) signIn.getRequest().getSession(false);
    }

    @Test
    void aDocumentIsRemovedWithItsStoredBytes() {
        String document = upload();
        Path file = stored(document);
        assertThat(file).exists();
        assertThat(client.http.send("DELETE", "/api/v1/meetings/" + meeting + "/documents/" + document, TOKEN, null)
                .statusCode()).isEqualTo(204);
        assertThat(file).doesNotExist();
        assertThat(client.http.get("/api/v1/meetings/" + meeting + "/documents/" + document, TOKEN).statusCode())
                .isEqualTo(404);
        assertThat(client.http.send("DELETE", "/api/v1/meetings/" + meeting + "/documents/" + document, TOKEN, null)
                .statusCode()).as("gone").isEqualTo(404);
    }

    @Test
    void aDocumentACampaignSendsIsKeptWithAClearMessage() throws Exception {
        String document = upload();
        String part = client.read(client.http.get("/api/v1/meetings/" + meeting + "/parts", TOKEN)).get(0).get("id")
                .asString();
        var campaign = client.http.send("POST", "/api/v1/meetings/" + meeting + "/campaigns", TOKEN, """
                {"audience":"HAND_PICKED","municipalities":["athens"],"quota":2,"deadline":"%s","parts":["%s"],
                 "documents":["%s"],"letterEl":"Σας προσκαλούμε.","letterEn":"We invite you.","reminderDays":""}
                """.formatted(Today.inAthens().plusDays(20), part, document));
        assertThat(campaign.statusCode()).as(campaign.body()).isEqualTo(201);

        var refused = client.http.send("DELETE", "/api/v1/meetings/" + meeting + "/documents/" + document, TOKEN, null,
                "Accept-Language", "en");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("is sent with a campaign's invitations and cannot be removed");
        assertThat(stored(document)).exists();

        MockHttpSession session = secretariat();
        MvcResult page = mvc.perform(post("/admin/meetings/" + meeting + "/documents/" + document + "/remove")
                .session(session).with(csrf())).andReturn();
        assertThat(page.getResponse().getRedirectedUrl()).isNull();
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("govuk-error-summary", "αποστέλλεται με τις προσκλήσεις").doesNotContain("Exception");
        assertThat(stored(document)).exists();
        assertThat(client.http.get("/api/v1/meetings/" + meeting + "/documents/" + document, TOKEN).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theSecretariatRemovesADocumentFromThePage() throws Exception {
        String document = upload();
        Path file = stored(document);
        MockHttpSession session = secretariat();
        MvcResult removed = mvc.perform(post("/admin/meetings/" + meeting + "/documents/" + document + "/remove")
                .session(session).with(csrf())).andReturn();
        assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo("/admin/meetings/" + meeting + "#documents");
        assertThat(Files.exists(file)).isFalse();
        assertThat(db.queryForObject("select count(*) from meeting_document where id = ?", Integer.class, document))
                .isZero();
    }
}
