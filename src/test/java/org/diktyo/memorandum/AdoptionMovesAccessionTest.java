package org.diktyo.memorandum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * A candidate's focal point records its council's decision to adopt the memorandum: its
 * accession case moves to «council decision» by itself; the signed copy moves it to «memorandum
 * signed» (ACCESSION.md, stages). A case on hold does not move; nothing moves back.
 */
@DatabaseTest
class AdoptionMovesAccessionTest {

    static final String SECRETARIAT = TestAccounts.demoToken();
    /** A municipality no other test or the demo uses. */
    static final String TOWN = "kastoria";

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestAccounts accounts;

    String stage(String caseId) {
        return jdbc.queryForObject("select stage from accession_case where id = ?", String.class, caseId);
    }

    @Test
    void theCandidatesDecisionAndSignatureMoveItsCase() throws Exception {
        Http http = new Http(port);
        MemorandumFixture memorandum = new MemorandumFixture(http, json);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Athens"));
        String caseId = memorandum.ok(http.send("POST", "/api/v1/accessions", SECRETARIAT, """
                {"municipalityId":"%s","source":"PARTNER_REFERRAL","stage":"CANDIDATE","openedOn":"%s"}"""
                .formatted(TOWN, today)), 201).get("id").asString();
        String focal = accounts.tokenFor(Role.FOCAL_POINT, TOWN);
        int n = memorandum.frozen();
        String path = "/api/v1/memorandum/versions/" + n + "/adoptions/" + TOWN;
        String decision = """
                {"decisionNumber":"45/%d","decisionDate":"%s","signatoryName":"Δήμαρχος Καστοριάς","signatoryCapacity":"MAYOR",
                 "signedOn":"%s"}""".formatted(today.getYear(), today, today);

        // on hold: the secretariat's decision stands
        String hold = "{\"to\":\"%s\",\"reason\":\"Αναμονή.\",\"effectiveOn\":\"" + today + "\"}";
        memorandum.ok(http.send("POST", "/api/v1/accessions/" + caseId + "/advance", SECRETARIAT, hold.formatted("ON_HOLD")),
                200);
        memorandum.ok(http.send("PUT", path, focal, decision), 200);
        assertThat(stage(caseId)).isEqualTo("ON_HOLD");
        memorandum.ok(http.send("POST", "/api/v1/accessions/" + caseId + "/advance", SECRETARIAT, hold.formatted("CANDIDATE")),
                200);

        memorandum.ok(http.send("PUT", path, focal, decision), 200);
        assertThat(stage(caseId)).isEqualTo("COUNCIL_DECISION");
        assertThat(jdbc.queryForObject("select status from municipality where id = ?", String.class, TOWN))
                .isEqualTo("CANDIDATE");
        try (var in = getClass().getResourceAsStream("/demo/memorandum-axes.pdf")) {
            memorandum.ok(http.upload(path + "/signed-copy", focal, "copy.pdf", in.readAllBytes(), new String[0]), 200);
        }
        assertThat(stage(caseId)).isEqualTo("MEMORANDUM_SIGNED");
        memorandum.ok(http.send("PUT", path, focal, decision), 200);
        assertThat(stage(caseId)).as("a corrected decision moves nothing back").isEqualTo("MEMORANDUM_SIGNED");
        assertThat(jdbc.queryForList("select detail from accession_activity where case_id = ? and kind = 'STAGE_CHANGED'"
                + " order by recorded_at, id", String.class, caseId))
                .endsWith("CANDIDATE>COUNCIL_DECISION", "COUNCIL_DECISION>MEMORANDUM_SIGNED");

        // the other tests find the town a prospect without a case
        memorandum.ok(http.send("POST", "/api/v1/accessions/" + caseId + "/advance", SECRETARIAT, hold.formatted("DECLINED")),
                200);
        memorandum.noOpenVersion();
    }
}
