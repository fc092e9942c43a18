package org.diktyo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.diktyo.DatabaseTest;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input over the secretariat's pages: the form comes back with what was typed and a
 * message on the field at fault, in the page's language, never a stack trace; nothing is stored.
 */
@DatabaseTest
class MeetingPagesRefusalsTest {

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

    MockHttpSession session;
    String meeting;

    @BeforeEach
    void setUp() throws Exception {
        MvcResult signIn = mvc.perform(post("/signin").param("email", "secretariat@diktyo.example")
                .param("password", TestAccounts.demoPassword()).with(csrf())).andReturn();
        assertThat(signIn.getResponse().getRedirectedUrl()).doesNotContain("error");
        session = (MockHttpSession) signIn.getRequest().getSession(false);
        meeting = new MeetingsClient(port, json).create(TestAccounts.demoToken(), "PUBLIC", "ANNOUNCED",
                MeetingsClient.unique());
    }

    /** The page sent back: status 200 (the form again) or a 4xx, with no trace of an exception. */
    String refused(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        MvcResult result = mvc.perform(request.session(session).with(csrf().asHeader())).andReturn();
        assertThat(result.getResponse().getStatus()).isBetween(200, 499);
        assertThat(result.getResponse().getRedirectedUrl()).as("not saved and redirected").isNull();
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("govuk-error-summary").doesNotContain("Exception", "at org.", "Whitelabel");
        return html;
    }

    MockHttpServletRequestBuilder part(String start, String end, String capacity) {
        return post("/admin/meetings/" + meeting + "/parts").param("titleEl", "Συνάντηση εργασίας")
                .param("titleEn", "Working meeting").param("date", "2025-06-16").param("startTime", start)
                .param("endTime", end).param("venueEl", "Δημαρχιακό Μέγαρο").param("venueEn", "Town Hall")
                .param("streetEl", "Αθηνάς 63").param("streetEn", "63 Athinas Street").param("postcode", "105 52")
                .param("cityEl", "Αθήνα").param("cityEn", "Athens").param("floor", "2").param("capacity", capacity);
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
    void aPartThatEndsBeforeItStartsComesBackWithTheMessage() throws Exception {
        String html = refused(part("20:00", "17:30", ""));
        assertThat(html).contains("Η λήξη πρέπει να είναι μετά την έναρξη.", "value=\"20:00\"", "value=\"17:30\"",
                "value=\"Αθηνάς 63\"", "href=\"#f-endTime\"", "aria-describedby=\"f-endTime-hint f-endTime-error\"");
        assertThat(refused(part("20:00", "20:00", "").param("lang", "en"))).contains("The end must be after the start.");
        assertThat(rows("meeting_part")).isZero();
    }

    @Test
    void aCapacityBelowZeroOrNotANumberComesBackWithTheMessage() throws Exception {
        assertThat(refused(part("17:30", "20:00", "-1"))).contains("Η χωρητικότητα δεν μπορεί να είναι αρνητική.");
        assertThat(refused(part("17:30", "20:00", "πενήντα")))
                .contains("Γράψτε τον αριθμό θέσεων με ψηφία ή αφήστε το πεδίο κενό.");
        assertThat(refused(part("17:30", "nine", "-1")))
                .contains("Γράψτε την ώρα λήξης ως ΩΩ:ΛΛ ή αφήστε την κενή.", "Η χωρητικότητα δεν μπορεί να είναι αρνητική.");
        assertThat(rows("meeting_part")).isZero();
    }

    @Test
    void anAgendaItemOutsideTheMeetingComesBackWithTheMessage() throws Exception {
        mvc.perform(part("17:30", "20:00", "60").session(session).with(csrf())).andReturn();
        assertThat(rows("meeting_part")).isEqualTo(1);
        String html = refused(post("/admin/meetings/" + meeting + "/agenda")
                .param("items[0].time", "17:30").param("items[0].titleEl", "Καλωσόρισμα")
                .param("items[1].time", "21:15").param("items[1].titleEl", "Μετά το τέλος")
                .param("items[1].axis", "JOINT_POLICY"));
        assertThat(html).contains("Η ώρα του θέματος είναι εκτός των σκελών της συνάντησης.", "value=\"21:15\"",
                "value=\"Μετά το τέλος\"", "href=\"#f-items[1].time\"");
        String badAxis = refused(post("/admin/meetings/" + meeting + "/agenda").param("lang", "en")
                .param("items[0].time", "18:00").param("items[0].titleEl", "Θέμα").param("items[0].axis", "NONSENSE"));
        assertThat(badAxis).contains("Choose an axis from the list.");
        assertThat(rows("agenda_item")).isZero();
    }

    @Test
    void anUploadOverTheLimitOrARenamedExecutableComesBackWithTheMessage() throws Exception {
        long before = files();
        int storedBefore = db.queryForObject("select count(*) from stored_file", Integer.class);
        byte[] big = new byte[(int) MeetingsApiRefusalsTest.LIMIT + 1];
        System.arraycopy(MeetingsClient.pdf(), 0, big, 0, 1024);
        String tooLarge = refused(multipart("/admin/meetings/" + meeting + "/documents")
                .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big)));
        assertThat(tooLarge).contains("Το αρχείο ξεπερνά το όριο μεγέθους.", "έως 20 MB", "href=\"#f-file\"");

        String elf = refused(multipart("/admin/meetings/" + meeting + "/documents")
                .file(new MockMultipartFile("file", "memorandum.pdf", "application/pdf", MeetingsClient.elf())));
        assertThat(elf).contains("το περιεχόμενό του δεν αντιστοιχεί στην κατάληξη του ονόματός του");
        String pe = refused(multipart("/admin/meetings/" + meeting + "/documents")
                .cookie(new jakarta.servlet.http.Cookie("diktyo-lang", "en"))
                .file(new MockMultipartFile("file", "agenda.pdf", "application/pdf", MeetingsClient.pe())));
        assertThat(pe).contains("its content does not match the ending of its name");
        String none = refused(multipart("/admin/meetings/" + meeting + "/documents")
                .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0])));
        assertThat(none).contains("Επιλέξτε ένα αρχείο που δεν είναι κενό.");

        assertThat(rows("meeting_document")).isZero();
        assertThat(db.queryForObject("select count(*) from stored_file", Integer.class)).isEqualTo(storedBefore);
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void anUploadOverTheServersOwnLimitComesBackWithTheSameMessage() throws IOException {
        long before = files();
        SignedInHttp http = SignedInHttp.signIn(port, "secretariat@diktyo.example", TestAccounts.demoPassword());
        String manage = http.get("/admin/meetings/" + meeting).body();
        byte[] huge = new byte[26 * 1024 * 1024];
        System.arraycopy(MeetingsClient.pdf(), 0, huge, 0, 1024);
        var response = http.upload("/admin/meetings/" + meeting + "/documents", SignedInHttp.csrf(manage), "huge.pdf",
                huge);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("govuk-error-summary", "Το αρχείο ξεπερνά το όριο μεγέθους.", "έως 20 MB")
                .doesNotContain("Exception");
        assertThat(rows("meeting_document")).isZero();
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void anEmptyTitleComesBackWithTheMessage() throws Exception {
        String tag = MeetingsClient.unique();
        String html = refused(post("/admin/meetings").param("kind", "WORKING_MEETING").param("titleEl", " ")
                .param("titleEn", "Untitled " + tag).param("visibility", "PUBLIC").param("status", "DRAFT")
                .param("zone", "Europe/Athens"));
        assertThat(html).contains("Συμπληρώστε τον τίτλο στα ελληνικά.", "value=\"Untitled " + tag + "\"");
        assertThat(db.queryForObject("select count(*) from meeting where title_en = ?", Integer.class,
                "Untitled " + tag)).isZero();

        String edit = refused(post("/admin/meetings/" + meeting + "/edit").param("lang", "en")
                .param("kind", "WORKING_MEETING").param("titleEl", "").param("titleEn", "Renamed")
                .param("visibility", "PUBLIC").param("status", "ANNOUNCED").param("zone", "Europe/Athens"));
        assertThat(edit).contains("Enter the title in Greek.");
        assertThat(db.queryForObject("select title_en from meeting where id = ?", String.class, meeting))
                .startsWith("Test meeting");
    }

    @Test
    void aCancelledMeetingIsNotEdited() throws Exception {
        MvcResult cancelled = mvc.perform(post("/admin/meetings/" + meeting + "/cancel").session(session).with(csrf()))
                .andReturn();
        assertThat(cancelled.getResponse().getRedirectedUrl()).isEqualTo("/admin/meetings/" + meeting);
        String manage = mvc.perform(get("/admin/meetings/" + meeting).session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(manage).contains("Ακυρώθηκε").doesNotContain("id=\"add-part\"", "id=\"upload\"", "id=\"edit-agenda\"");

        String edit = refused(post("/admin/meetings/" + meeting + "/edit").param("kind", "WORKING_MEETING")
                .param("titleEl", "Νέος τίτλος").param("titleEn", "New title").param("visibility", "PUBLIC")
                .param("status", "ANNOUNCED").param("zone", "Europe/Athens"));
        assertThat(edit).contains("Η συνάντηση έχει ακυρωθεί και δεν αλλάζει πια.", "value=\"Νέος τίτλος\"");
        assertThat(refused(part("17:30", "20:00", "10"))).contains("Η συνάντηση έχει ακυρωθεί και δεν αλλάζει πια.");
        assertThat(refused(post("/admin/meetings/" + meeting + "/agenda").param("items[0].time", "18:00")
                .param("items[0].titleEl", "Θέμα"))).contains("Η συνάντηση έχει ακυρωθεί");
        assertThat(refused(multipart("/admin/meetings/" + meeting + "/documents")
                .file(new MockMultipartFile("file", "memorandum.pdf", "application/pdf", MeetingsClient.pdf()))))
                .contains("Η συνάντηση έχει ακυρωθεί");
        assertThat(refused(post("/admin/meetings/" + meeting + "/cancel"))).contains("Η συνάντηση έχει ακυρωθεί");

        assertThat(db.queryForObject("select title_el from meeting where id = ?", String.class, meeting))
                .startsWith("Δοκιμαστική συνάντηση");
        assertThat(rows("meeting_part") + rows("agenda_item") + rows("meeting_document")).isZero();
    }
}
