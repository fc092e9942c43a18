package org.diktyo.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.diktyo.DatabaseTest;
import org.diktyo.PageSignIn;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The knowledge pages as people use them, without JavaScript: the search and its facets in one GET
 * form, marked snippets, an entry's page in Greek and English; a focal point writes a practice on
 * its form, sees its mistakes named, submits it; the secretariat publishes it from the review
 * queue; Athens' focal point cannot open Thessaloniki's entry for editing.
 */
@DatabaseTest
class KnowledgePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    String page(String path, MockHttpSession session) throws Exception {
        var request = get(java.net.URI.create(path));
        if (session != null) {
            request.session(session);
        }
        MvcResult r = mvc.perform(request).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theSearchWorksWithAGetFormAndFacetCheckboxes() throws Exception {
        String all = page("/practices?theme=KEM", null);
        assertThat(all).contains("Καλές πρακτικές", "name=\"theme\"", "type=\"checkbox\"", "Κέντρο Ένταξης Μεταναστών ως ενιαίο")
                .doesNotContain("Εσωτερικό πρωτόκολλο", "Εθελοντές μέντορες");
        String found = page("/practices?q=%CE%BA%CE%B1%CE%BB%CE%AD%CF%82+%CF%80%CF%81%CE%B1%CE%BA%CF%84%CE%B9%CE%BA%CE%AD%CF%82", null);
        assertThat(found).contains("Οδηγός καλών πρακτικών", "<mark>");
        String housing = page("/challenges?theme=HOUSING", null);
        assertThat(housing).contains("Στέγαση ασυνόδευτων ανηλίκων").doesNotContain("Έλλειψη διερμηνέων")
                .contains("value=\"HOUSING\" checked");
        String stop = page("/challenges?q=%CE%BA%CE%B1%CE%B9", null);
        assertThat(stop).contains("id=\"stop-words\"");
        assertThat(page("/practices?q=" + "a".repeat(300), null)).contains("200");
        String english = page("/challenges?lang=en", null);
        assertThat(english).contains("Challenges", "Housing unaccompanied minors once they come of age");
    }

    @Test
    void anEntrysPageShowsWhoElseFacesTheChallenge() throws Exception {
        String slug = jdbc.queryForObject("select slug from knowledge_entry where title_el like 'Στέγαση ασυνόδευτων%'", String.class);
        String page = page("/challenges/" + slug, null);
        assertThat(page).contains("Στέγαση ασυνόδευτων ανηλίκων μετά την ενηλικίωση", "2 δήμοι");
        assertThat(mvc.perform(get("/practices/" + slug)).andReturn().getResponse().getStatus()).isEqualTo(404);
        String draft = jdbc.queryForObject("select slug from knowledge_entry where state = 'DRAFT' and owner_id = 'athens'"
                + " fetch first 1 rows only", String.class);
        assertThat(mvc.perform(get("/challenges/" + draft)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aFocalPointWritesAndSubmitsAndTheSecretariatPublishes() throws Exception {
        MockHttpSession athens = PageSignIn.as(mvc, "athens@diktyo.example", TestAccounts.demoPassword());
        assertThat(page("/account/knowledge", athens)).contains("Οι καταχωρίσεις μας");
        assertThat(page("/account/knowledge/new?kind=PRACTICE", athens)).contains("Νέα καλή πρακτική", "name=\"themes\"");

        MvcResult mistakes = mvc.perform(post("/account/knowledge").session(athens).with(csrf()).param("kind", "PRACTICE")
                .param("ownerId", "athens").param("titleEl", "").param("summaryEl", "Σύντομα.").param("status", "ONGOING"))
                .andReturn();
        assertThat(mistakes.getResponse().getStatus()).isEqualTo(200);
        assertThat(mistakes.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("govuk-error-summary", "Συμπληρώστε το πεδίο.", "Επιλέξτε τουλάχιστον μία θεματική.");

        MvcResult saved = mvc.perform(post("/account/knowledge").session(athens).with(csrf()).param("kind", "PRACTICE")
                .param("ownerId", "athens").param("titleEl", "Λέσχη ανάγνωσης στη δημοτική βιβλιοθήκη")
                .param("summaryEl", "Λέσχη ανάγνωσης για γυναίκες πρόσφυγες.").param("themes", "LANGUAGE")
                .param("status", "ONGOING").param("visibility", "PUBLIC")).andReturn();
        String location = saved.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/account/knowledge/").endsWith("/edit");
        String id = location.split("/")[3];
        mvc.perform(post("/account/knowledge/" + id + "/submit").session(athens).with(csrf())).andReturn();

        MockHttpSession secretariat = PageSignIn.secretariat(mvc);
        assertThat(page("/admin/knowledge/review", secretariat)).contains("Λέσχη ανάγνωσης στη δημοτική βιβλιοθήκη");
        mvc.perform(post("/admin/knowledge/" + id + "/publish").session(secretariat).with(csrf())).andReturn();
        assertThat(page("/practices?q=leschi", null)).as("Greeklish, at once").contains("Λέσχη ανάγνωσης");

        String theirs = jdbc.queryForObject("select id from knowledge_entry where owner_id = 'thessaloniki'"
                + " fetch first 1 rows only", String.class);
        int versions = jdbc.queryForObject("select sum(version) from knowledge_entry", Integer.class);
        assertThat(mvc.perform(get("/account/knowledge/" + theirs + "/edit").session(athens)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/account/knowledge/" + theirs).session(athens).with(csrf()).param("titleEl", "Χ")
                .param("summaryEl", "Χ").param("themes", "LANGUAGE").param("status", "ONGOING")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select sum(version) from knowledge_entry", Integer.class)).isEqualTo(versions);
    }

    @Test
    void theFormTakesFundingResultsContactAndPartnersWithoutJavaScriptAndNamesItsMistakes() throws Exception {
        MockHttpSession athens = PageSignIn.as(mvc, "athens@diktyo.example", TestAccounts.demoPassword());
        assertThat(page("/account/knowledge/new?kind=PRACTICE", athens))
                .contains("name=\"funding[0].amount\"", "name=\"funding[1].source\"", "name=\"results[1].unit\"",
                        "name=\"contact.person\"", "name=\"partners\"", "name=\"organisations\"", "name=\"axes\"");
        int entries = jdbc.queryForObject("select count(*) from knowledge_entry", Integer.class);
        MvcResult wrong = mvc.perform(post("/account/knowledge").session(athens).with(csrf()).param("kind", "PRACTICE")
                .param("ownerId", "athens").param("titleEl", "Σχολικοί διαμεσολαβητές").param("summaryEl", "Σύντομα.")
                .param("themes", "EDUCATION").param("status", "ONGOING").param("visibility", "PUBLIC")
                .param("periodStart", "2025-09-01").param("periodEnd", "2025-01-31")
                .param("funding[0].source", "NSRF").param("funding[0].amount", "-1.200,00")
                .param("results[0].indicatorEl", "Μαθητές").param("results[0].value", "120").param("results[0].unit", "")
                .param("contact.role", "Συντονίστρια")).andReturn();
        String body = wrong.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("govuk-error-summary", "Το ποσό δεν μπορεί να είναι αρνητικό.",
                "Γράψτε τη μονάδα του δείκτη", "href=\"#f-periodEnd\"",
                "value=\"-1.200,00\"", "value=\"Μαθητές\"", "value=\"Συντονίστρια\"");
        assertThat(jdbc.queryForObject("select count(*) from knowledge_entry", Integer.class)).isEqualTo(entries);

        MvcResult saved = mvc.perform(post("/account/knowledge").session(athens).with(csrf()).param("kind", "PRACTICE")
                .param("ownerId", "athens").param("titleEl", "Σχολικοί διαμεσολαβητές").param("summaryEl", "Σύντομα.")
                .param("themes", "EDUCATION").param("status", "ONGOING").param("visibility", "PUBLIC")
                .param("funding[0].source", "NSRF").param("funding[0].amount", "1.234,50")
                .param("funding[1].source", "").param("funding[1].amount", "")
                .param("results[0].indicatorEl", "Μαθητές").param("results[0].value", "120").param("results[0].unit", "άτομα")
                .param("results[0].year", "2025").param("contact.role", "Συντονίστρια").param("partners", "piraeus")
                .param("organisations", "unhcr").param("axes", "INTERCULTURAL")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).as(saved.getResponse().getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("(?s).*(govuk-error-summary.{0,1500}).*", "$1")).isNotNull();
        String id = saved.getResponse().getRedirectedUrl().split("/")[3];
        String details = jdbc.queryForObject("select details from knowledge_entry where id = ?", String.class, id);
        assertThat(details).contains("1234.50", "\"unit\":\"άτομα\"", "piraeus", "unhcr", "INTERCULTURAL")
                .doesNotContain("\"source\":null");
        assertThat(page("/account/knowledge/" + id + "/edit", athens)).contains("value=\"1234.50\"", "value=\"άτομα\"");
    }
}
