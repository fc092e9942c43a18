package org.diktyo.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search on Greek fixtures, without the application: accents and case, inflection
 * («καλές πρακτικές» finds «καλών πρακτικών»), Greeklish, acronyms, Latin look-alikes, facets,
 * visibility, snippets with accents kept, and text that looks like query syntax.
 */
class KnowledgeSearchTest {

    @TempDir
    static Path dir;

    static KnowledgeIndex index;
    static EntrySearch search;

    static IndexedEntry entry(String id, String kind, String owner, String visibility, String titleEl, String summaryEl,
            String bodyEl, String titleEn, List<String> themes, int year) {
        return new IndexedEntry(id, id, kind, owner, "PUBLISHED", visibility, titleEl, titleEn, summaryEl, "Summary " + titleEn,
                bodyEl, "", themes, List.of("REFUGEES"), year, year * 1000L, "ONGOING", null, List.of(), "", "");
    }

    @BeforeAll
    static void build() {
        index = new KnowledgeIndex(dir.resolve("index"));
        index.rebuild(List.of(
                entry("good", "PRACTICE", "athens", "PUBLIC", "Οδηγός καλών πρακτικών για την ένταξη",
                        "Συλλογή καλών πρακτικών ένταξης προσφύγων από τους δήμους.", "Κείμενο.", "Guide of good practices",
                        List.of("CAPACITY"), 2023),
                entry("minors", "CHALLENGE", "thessaloniki", "PUBLIC", "Στέγαση ασυνόδευτων ανηλίκων",
                        "Λείπουν ξενώνες για ασυνόδευτους ανηλίκους μετά τα 18.", "", "Housing unaccompanied minors",
                        List.of("HOUSING", "UNACCOMPANIED_MINORS"), 2024),
                entry("kem", "PRACTICE", "heraklion", "PUBLIC", "Το Κέντρο Ένταξης Μεταναστών ως μία στάση",
                        "Ενιαία εξυπηρέτηση στο Κέντρο Ένταξης Μεταναστών του δήμου.", "", "One-stop integration centre",
                        List.of("KEM"), 2022),
                entry("network", "PRACTICE", "athens", "NETWORK", "Εσωτερική σημείωση για διερμηνεία",
                        "Διερμηνείς σε δημοτικές υπηρεσίες.", "", "Internal note on interpreting",
                        List.of("INTERPRETING"), 2024),
                entry("may", "PRACTICE", "ioannina", "PUBLIC", "Γιορτή του Μαΐου με νέους πρόσφυγες",
                        "Εκδήλωση κοινωνικής συνοχής τον Μάιο.", "", "May festival", List.of("SOCIAL_COHESION"), 2021)), 5);
        search = new EntrySearch(index);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    static List<String> ids(String q) {
        return ids(q, SearchRequest.Visibility.PUBLIC);
    }

    static List<String> ids(String q, SearchRequest.Visibility v) {
        return search.search(new SearchRequest(q, Map.of(), v, false, 0, 20)).hits().stream().map(SearchHits.Hit::id).toList();
    }

    @Test
    void inflectionAccentsAndCaseDoNotMatter() {
        assertThat(ids("καλές πρακτικές")).contains("good");
        assertThat(ids("ΕΝΤΑΞΗ")).contains("good", "kem");
        assertThat(ids("ανηλικοι")).containsExactly("minors");
        assertThat(ids("Μαΐου")).contains("may");
        assertThat(ids("μαιου")).contains("may");
        assertThat(ids("στεγαση")).containsExactly("minors");
    }

    @Test
    void greeklishAcronymsAndLookAlikesFind() {
        assertThat(ids("entaxi")).contains("good", "kem");
        assertThat(ids("stegasi")).containsExactly("minors");
        assertThat(ids("ΚΕΜ")).containsExactly("kem");
        assertThat(ids("kem")).containsExactly("kem");
        assertThat(ids("EΝΤΑΞΗ")).as("with a Latin E").contains("good", "kem");
        assertThat(ids("unaccompanied minors")).containsExactly("minors");
    }

    @Test
    void networkEntriesAreForThoseSignedIn() {
        assertThat(ids("διερμηνεία")).isEmpty();
        assertThat(ids("διερμηνεία", new SearchRequest.Visibility(false, true, null))).containsExactly("network");
        assertThat(ids("", SearchRequest.Visibility.PUBLIC)).hasSize(4).doesNotContain("network");
    }

    @Test
    void facetsCountWhatTheViewerSeesAndFilter() {
        SearchHits all = search.search(new SearchRequest("", Map.of(), SearchRequest.Visibility.PUBLIC, false, 0, 10));
        assertThat(all.facets().get("kind")).contains(new SearchHits.FacetCount("PRACTICE", 3),
                new SearchHits.FacetCount("CHALLENGE", 1));
        SearchHits practices = search.search(new SearchRequest("", Map.of("kind", List.of("PRACTICE")),
                SearchRequest.Visibility.PUBLIC, false, 0, 10));
        assertThat(practices.total()).isEqualTo(3);
        assertThat(practices.facets().get("kind")).as("sideways: the other kind still counted")
                .contains(new SearchHits.FacetCount("CHALLENGE", 1));
        SearchHits housing = search.search(new SearchRequest("", Map.of("theme", List.of("HOUSING")),
                SearchRequest.Visibility.PUBLIC, false, 0, 10));
        assertThat(housing.hits()).extracting(SearchHits.Hit::id).containsExactly("minors");
    }

    @Test
    void snippetsMarkTheWordsAndKeepAccents() {
        SearchHits hits = search.search(new SearchRequest("ανηλικοι", Map.of(), SearchRequest.Visibility.PUBLIC, false, 0, 10));
        assertThat(hits.hits().get(0).snippetHtml()).contains("<mark>ανηλίκους</mark>");
        SearchHits xss = search.search(new SearchRequest("<script>", Map.of(), SearchRequest.Visibility.PUBLIC, false, 0, 10));
        assertThat(xss.total()).isZero();
    }

    @Test
    void onlyStopWordsFindNothingAndSaySo() {
        SearchHits hits = search.search(new SearchRequest("και της", Map.of(), SearchRequest.Visibility.PUBLIC, false, 0, 10));
        assertThat(hits.onlyStopWords()).isTrue();
        assertThat(hits.total()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"(*:?", "*", "ένταξη AND", "\\", "title_el:ένταξη", "[a TO z]", "~2 ^3 !", "((((", "ένταξη\"",
        "🙂 ένταξη"})
    void querySyntaxIsOnlyText(String q) {
        assertThatCode(() -> ids(q)).doesNotThrowAnyException();
    }

    @Test
    void aVeryLongQueryIsCutNotRefusedHere() {
        assertThatCode(() -> ids("ένταξη ".repeat(2_000))).doesNotThrowAnyException();
    }
}
