package org.diktyo.insights.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.diktyo.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public map: its page, its image and its JSON, for anyone. */
@DatabaseTest
class NetworkMapPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theImageHasTheEighteenMembersLinkedAtTheirSeatsWithTitleAndDescription() throws Exception {
        MvcResult result = mvc.perform(get("/network/map.svg")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("image/svg+xml");
        Element svg = xml(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("map-title map-desc");
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("18 δήμοι-μέλη σε "
                + jdbc.queryForObject("select count(distinct region_id) from municipality where status = 'MEMBER'",
                        Integer.class) + " περιφέρειες");
        NodeList links = svg.getElementsByTagName("a");
        List<String> hrefs = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            hrefs.add(((Element) links.item(i)).getAttribute("href"));
        }
        List<String> members = jdbc.queryForList("select id from municipality where status = 'MEMBER'", String.class);
        assertThat(hrefs.stream().distinct().toList()).hasSize(18)
                .containsExactlyInAnyOrderElementsOf(members.stream().map(id -> "/municipalities/" + id).toList());
        // Athens' dot is where 37.98 N 23.73 E is projected (its first dot: the main map; the second: the inset)
        SeatMap.Point athens = SeatMap.project(37.98, 23.73);
        Element dot = (Element) first(svg, "/municipalities/athens").getElementsByTagName("circle").item(0);
        assertThat(Double.parseDouble(dot.getAttribute("cx"))).isCloseTo(athens.x(), within(1.5));
        assertThat(Double.parseDouble(dot.getAttribute("cy"))).isCloseTo(athens.y(), within(1.5));
        SeatMap.Point thessaloniki = SeatMap.project(40.64, 22.94);
        Element other = (Element) first(svg, "/municipalities/thessaloniki").getElementsByTagName("circle").item(0);
        assertThat(Double.parseDouble(other.getAttribute("cx"))).isCloseTo(thessaloniki.x(), within(1.5));
        assertThat(Double.parseDouble(other.getAttribute("cy"))).isCloseTo(thessaloniki.y(), within(1.5));
    }

    @Test
    void thePageListsTheMembersBesideTheMapInGreekAndEnglishWithoutJavaScript() throws Exception {
        String page = mvc.perform(get("/network")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<svg", "role=\"img\"", "Ο χάρτης του Δικτύου", "GeoNames (CC BY 4.0)",
                "OpenStreetMap", "Δήμος Αθηναίων", "Δήμος Θεσσαλονίκης");
        assertThat(page.substring(page.indexOf("<svg"), page.indexOf("</svg>"))).doesNotContain("<script", "onclick");
        String table = page.substring(page.indexOf("id=\"map-table\""));
        assertThat(table.split("<tr class=\"govuk-table__row\">", -1).length - 2).isEqualTo(18);
        String english = mvc.perform(get("/network").param("lang", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("The Network on the map", "Municipality of Athens", "18 member municipalities");
    }

    @Test
    void candidatesAreShownByChoiceAndTheJsonIsPublic() throws Exception {
        int candidates = jdbc.queryForObject("select count(*) from municipality where status = 'CANDIDATE'", Integer.class);
        JsonNode json = JsonMapper.builder().build().readTree(mvc.perform(get("/api/v1/network/map")
                .param("candidates", "true")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(json.get("points").size()).isEqualTo(18 + candidates);
        JsonNode athens = json.get("points").valueStream().filter(p -> p.get("municipalityId").asString().equals("athens"))
                .findFirst().orElseThrow();
        assertThat(athens.get("lat").asDouble()).isCloseTo(37.98, within(0.02));
        assertThat(athens.get("status").asString()).isEqualTo("MEMBER");
        assertThat(mvc.perform(get("/api/v1/network/map")).andReturn().getResponse().getStatus()).isEqualTo(200);
        String page = mvc.perform(get("/network").param("candidates", "true")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.split("class=\"map-candidate\"", -1).length - 1).isGreaterThanOrEqualTo(candidates);
    }

    @Test
    void theHomePageShowsTheSmallMapLinkedToTheWholeOne() throws Exception {
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains("src=\"/network/map.svg\"", "href=\"/network\"", "alt=\"Χάρτης της Ελλάδας");
    }

    private static Element first(Element svg, String href) {
        NodeList links = svg.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            if (href.equals(((Element) links.item(i)).getAttribute("href"))) {
                return (Element) links.item(i);
            }
        }
        throw new AssertionError("no link to " + href);
    }

    private static Element xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }
}
