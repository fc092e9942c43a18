package org.diktyo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.diktyo.DatabaseTest;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The pages of the registry: what the public sees, who may edit, how bad input is shown. */
@DatabaseTest
class RegistryPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    MockHttpSession signIn(String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/signin").param("email", email).param("password", password).with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    MockHttpSession secretariat() throws Exception {
        return signIn("secretariat@diktyo.example", TestAccounts.demoPassword());
    }

    String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theHomePageShowsTheEighteenMembersInGreek() throws Exception {
        MvcResult home = mvc.perform(get("/")).andReturn();
        assertThat(home.getResponse().getStatus()).isEqualTo(200);
        String page = html(home);
        assertThat(page).contains("<html lang=\"el\"", "Δίκτυο Πόλεων για την Ένταξη", "Δήμοι-μέλη: 18",
                "Δήμος Αθηναίων", "Δήμος Θεσσαλονίκης", "ΔΟΜ", "UNHCR", "Επιτροπή Δημάρχων", "Τεχνικό Φόρουμ");
        assertThat(page.split("href=\"/municipalities/", -1).length - 1).isEqualTo(18);
        assertThat(page).doesNotContain("@athens.example", "Χάρης Δούκας");

        String crete = html(mvc.perform(get("/").param("region", "GR-M")).andReturn());
        assertThat(crete).contains("Δήμοι-μέλη: 2", "Δήμος Χανίων", "Δήμος Ηρακλείου").doesNotContain("Δήμος Αθηναίων");

        String english = html(mvc.perform(get("/").param("lang", "en")).andReturn());
        assertThat(english).contains("<html lang=\"en\"", "Cities Network for Integration", "Municipality of Athens");
    }

    @Test
    void theLanguageChoiceIsRemembered() throws Exception {
        MvcResult switched = mvc.perform(get("/").param("lang", "en")).andReturn();
        var cookie = switched.getResponse().getCookie("diktyo-lang");
        assertThat(cookie).isNotNull();
        assertThat(html(mvc.perform(get("/municipalities/athens").cookie(cookie)).andReturn()))
                .contains("Municipality of Athens", "Mayor of Athens");
    }

    @Test
    void thePublicNeverSeesContacts() throws Exception {
        String page = html(mvc.perform(get("/municipalities/athens")).andReturn());
        assertThat(page).contains("Δήμος Αθηναίων", "Δήμαρχος Αθηναίων", "637.798")
                .doesNotContain("@athens.example", "Χάρης Δούκας", "Παπαδοπούλου");
        assertThat(mvc.perform(get("/admin/registry")).andReturn().getResponse().getRedirectedUrl()).endsWith("/signin");
        assertThat(mvc.perform(get("/admin/municipalities/athens/edit")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/signin");
    }

    @Test
    void theSecretariatSeesContactsAndTheWholeRegistry() throws Exception {
        MockHttpSession session = secretariat();
        assertThat(html(mvc.perform(get("/municipalities/athens").session(session)).andReturn()))
                .contains("Χάρης Δούκας", "mayor@athens.example");
        String registry = html(mvc.perform(get("/admin/registry").session(session)).andReturn());
        assertThat(registry).contains("Βρέθηκαν 332 δήμοι", "Σελίδα 1 από 7");
        String search = html(mvc.perform(get("/admin/registry").param("q", "ΗΡΑΚΛΕΙΟΥ").session(session)).andReturn());
        assertThat(search).contains("Βρέθηκαν 2 δήμοι", "Περιφέρεια Κρήτης", "Περιφέρεια Αττικής");
        assertThat(html(mvc.perform(get("/admin/audit").session(session)).andReturn()))
                .contains("secretariat@diktyo.example", "Προβολή στελεχών", "athens");
    }

    @Test
    void onlyTheSecretariatReadsTheAuditLog() throws Exception {
        MockHttpSession partner = signIn("partner@diktyo.example", TestAccounts.demoPassword());
        assertThat(mvc.perform(get("/admin/audit").session(partner)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(html(mvc.perform(get("/municipalities/athens").session(partner)).andReturn()))
                .doesNotContain("mayor@athens.example");
    }

    @Test
    void aFocalPointGets403OnAnotherMunicipality() throws Exception {
        MockHttpSession session = signIn(accounts.userFor(Role.FOCAL_POINT, "athens"), "secret-password");
        assertThat(mvc.perform(get("/admin/municipalities/athens/edit").session(session)).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        MvcResult other = mvc.perform(get("/admin/municipalities/thessaloniki/edit").session(session)).andReturn();
        assertThat(other.getResponse().getStatus()).isEqualTo(403);
        assertThat(html(other)).contains("Δεν έχετε δικαίωμα γι’ αυτή την ενέργεια.");
        MvcResult post = mvc.perform(post("/admin/municipalities/thessaloniki/edit").session(session).with(csrf())
                .param("officialNameEl", "Δήμος Χ").param("officialNameEn", "X").param("mayorTitleEl", "Δ")
                .param("mayorTitleEn", "M").param("website", "")).andReturn();
        assertThat(post.getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/admin/municipalities/thessaloniki/contacts").session(session).with(csrf())
                .param("kind", "OTHER").param("fullName", "Ξένος").param("gender", "MALE")).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(html(mvc.perform(get("/municipalities/thessaloniki")).andReturn())).contains("Δήμος Θεσσαλονίκης")
                .doesNotContain("Δήμος Χ<");
        assertThat(html(mvc.perform(get("/municipalities/thessaloniki").session(session)).andReturn()))
                .doesNotContain("mayor@thessaloniki.example");
    }

    @Test
    void aFormWithMistakesComesBackWithMessagesAndSavesNothing() throws Exception {
        MockHttpSession session = secretariat();
        // a municipality without contacts (the demo gives every member a mayor): a non-member no other test takes
        String none = jdbc.queryForObject("select id from municipality where status <> 'MEMBER' order by id offset 77"
                + " rows fetch next 1 rows only", String.class);
        jdbc.update("delete from contact where municipality_id = ?", none);
        MvcResult result = mvc.perform(post("/admin/municipalities/" + none + "/contacts").session(session).with(csrf())
                .param("kind", "MAYOR").param("fullName", "").param("gender", "FEMALE").param("email", "λάθος")
                .param("phone", "abc")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(result)).contains("govuk-error-summary", "Συμπληρώστε το ονοματεπώνυμο.",
                "Γράψτε μια έγκυρη διεύθυνση email", "Γράψτε έναν έγκυρο αριθμό τηλεφώνου", "value=\"λάθος\"");
        assertThat(html(mvc.perform(get("/municipalities/" + none).session(session)).andReturn()))
                .contains("Δεν έχουν καταχωριστεί στελέχη.");

        MvcResult emptyName = mvc.perform(post("/admin/municipalities/larissa/edit").session(session).with(csrf())
                .param("officialNameEl", " ").param("officialNameEn", "Municipality of Larissa")
                .param("mayorTitleEl", "Δήμαρχος Λαρισαίων").param("mayorTitleEn", "Mayor of Larissa")).andReturn();
        assertThat(html(emptyName)).contains("Συμπληρώστε την επίσημη ονομασία στα ελληνικά.");
        assertThat(html(mvc.perform(get("/municipalities/larissa")).andReturn())).contains("Δήμος Λαρισαίων");
    }

    @Test
    void aStatusChangeWithoutAReasonIsRefused() throws Exception {
        MockHttpSession session = secretariat();
        MvcResult result = mvc.perform(post("/admin/municipalities/patras/membership").session(session).with(csrf())
                .param("status", "CANDIDATE").param("effectiveOn", "2026-11-20").param("reason", "")).andReturn();
        assertThat(html(result)).contains("Γράψτε την αιτιολογία της αλλαγής.");
        MvcResult badDate = mvc.perform(post("/admin/municipalities/patras/membership").session(session).with(csrf())
                .param("status", "CANDIDATE").param("effectiveOn", "20/11").param("reason", "x")).andReturn();
        assertThat(html(badDate)).contains("Συμπληρώστε μια έγκυρη ημερομηνία");
        assertThat(html(mvc.perform(get("/municipalities/patras")).andReturn())).contains("Δυνητικό μέλος");

        MvcResult ok = mvc.perform(post("/admin/municipalities/patras/membership").session(session).with(csrf())
                .param("status", "CANDIDATE").param("effectiveOn", "2026-11-20")
                .param("reason", "Αίτηση ένταξης του δημοτικού συμβουλίου")).andReturn();
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/municipalities/patras");
        assertThat(html(mvc.perform(get("/municipalities/patras")).andReturn()))
                .contains("Υποψήφιο μέλος", "Αίτηση ένταξης του δημοτικού συμβουλίου");
    }

    @Test
    void unknownPagesAndMalformedParametersGetAClearPage() throws Exception {
        MvcResult unknown = mvc.perform(get("/municipalities/atlantis")).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(html(unknown)).contains("Δεν βρέθηκε").doesNotContain("Exception");
        MockHttpSession session = secretariat();
        MvcResult malformed = mvc.perform(get("/admin/registry").param("status", "KING").session(session)).andReturn();
        assertThat(malformed.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(malformed)).contains("Η τιμή της παραμέτρου «status» δεν είναι έγκυρη.");
        MvcResult noCsrf = mvc.perform(post("/admin/municipalities/athens/contacts").session(session)
                .param("kind", "OTHER").param("fullName", "Χωρίς CSRF").param("gender", "MALE")).andReturn();
        assertThat(noCsrf.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theRegistryExportsAsCsvAndXlsxWithGreekIntactAndFormulasNeutralised() throws Exception {
        MockHttpSession session = secretariat();
        mvc.perform(post("/admin/municipalities/kalamata/edit").session(session).with(csrf())
                .param("officialNameEl", "=HYPERLINK(\"http://evil\")").param("officialNameEn", "Municipality of Kalamata")
                .param("mayorTitleEl", "Δήμαρχος Καλαμάτας").param("mayorTitleEn", "Mayor of Kalamata").param("website", ""));

        MvcResult csv = mvc.perform(get("/admin/registry.csv").session(session)).andReturn();
        byte[] bytes = csv.getResponse().getContentAsByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(333);
        assertThat(text).contains("Δήμος Αθηναίων", "'=HYPERLINK").doesNotContain(",=HYPERLINK");

        MvcResult xlsx = mvc.perform(get("/admin/registry.xlsx").param("status", "MEMBER").session(session)).andReturn();
        assertThat(xlsx.getResponse().getHeader("Content-Disposition")).contains("attachment");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(18);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Δήμος");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Δήμος Αθηναίων");
        }

        MockHttpSession focal = signIn(accounts.userFor(Role.FOCAL_POINT, "athens"), "secret-password");
        assertThat(mvc.perform(get("/admin/registry.csv").session(focal)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void aMunicipalityPageNamesItsRegionalUnitAndGivesItsHistoryInThePagesLanguage() throws Exception {
        String greek = html(mvc.perform(get("/municipalities/athens").param("lang", "el")).andReturn());
        assertThat(greek).contains("Περιφέρεια Αττικής · Περιφερειακή Ενότητα Κεντρικού Τομέα Αθηνών",
                "μνημόνιο συνεργασίας Αθήνας και Θεσσαλονίκης (Ιανουάριος 2018)").doesNotContain("memorandum between");
        String english = html(mvc.perform(get("/municipalities/athens").param("lang", "en")).andReturn());
        assertThat(english).contains("Central Athens Regional Unit",
                "memorandum between Athens and Thessaloniki (January 2018)").doesNotContain("μνημόνιο συνεργασίας");
        String katerini = html(mvc.perform(get("/municipalities/katerini").param("lang", "el")).andReturn());
        assertThat(katerini).contains("Περιφερειακή Ενότητα Πιερίας", "απόφαση δημοτικού συμβουλίου 177/2021· 18ο μέλος");
    }
}
