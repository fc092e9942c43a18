package org.diktyo.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.diktyo.DatabaseEngine;
import org.diktyo.language.Bilingual;
import org.diktyo.language.Language;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The drafting engine on its own, on H2 and PostgreSQL: a text copied from another, its
 * consultation, amendments proposed, supported and objected to, refusals that write nothing
 * (another municipality's focal point, a partner, a stale revision, HTML, a closed window),
 * decisions, the freeze that merges the accepted amendments, and the diff that names them.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ContextConfiguration(initializers = DatabaseEngine.class)
@TestPropertySource(properties = "diktyo.mail.delivery.enabled=false")
@RecordApplicationEvents
@Tag("database")
class DraftingModuleTest {

    static final Viewer SECRETARIAT = new Viewer("secretariat@test.example", "Γραμματεία", "SECRETARIAT", null);
    static final Viewer PARTNER = new Viewer("partner@test.example", "ΔΟΜ", "PARTNER", null);

    @TestConfiguration
    static class Viewers {
        static final AtomicReference<Viewer> CURRENT = new AtomicReference<>(Viewer.PUBLIC);

        @Bean
        ViewerResolver viewerResolver() {
            return CURRENT::get;
        }
    }

    @Autowired
    Drafts drafts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void aTextIsAmendedDecidedFrozenAndComparedClauseByClause() {
        String owner = UUID.randomUUID().toString();
        String first = drafts.create("TEST", owner + "/1", List.of(
                clause("preamble", ClauseKind.PREAMBLE, "Προοίμιο", "Οι δήμοι συνεργάζονται για την ένταξη."),
                clause("axis.labour-market", ClauseKind.AXIS, "Άξονας 1", "Ένταξη προσφύγων στην αγορά εργασίας."),
                clause("axis.integration-bodies", ClauseKind.AXIS, "Άξονας 2", "Ενίσχυση των ΚΕΜ και των ΣΕΜ."),
                clause("axis.intercultural", ClauseKind.AXIS, "Άξονας 3", "Διαπολιτισμική επικοινωνία.")));
        as(SECRETARIAT);
        String second = drafts.copy(first, "TEST", owner + "/2");
        drafts.openConsultation(second, Instant.now().plus(Duration.ofDays(30)), Set.of("athens", "thessaloniki", "heraklion"));
        Clause labour = drafts.clauses(second).get(1);

        as(focalPoint("athens"));
        Amendment athens = drafts.submit(drafts.propose(second, new Proposal("athens", AmendmentKind.REPLACE,
                "axis.labour-market", labour.revision(), labour.heading(),
                Bilingual.of("Ένταξη πολιτών τρίτων χωρών στην αγορά εργασίας.", "Integration into the labour market."),
                "Ευρύτερη διατύπωση.", List.of("thessaloniki"))).id());
        assertThat(athens.state()).isEqualTo(AmendmentState.SUBMITTED);
        assertThat(athens.cosponsors()).containsExactly("thessaloniki");

        int amendments = count("drafting_amendment");
        refused(() -> drafts.propose(second, new Proposal("thessaloniki", AmendmentKind.DELETE, "axis.intercultural",
                labour.revision(), null, null, "Για άλλον δήμο.", List.of())), HttpStatus.FORBIDDEN);
        as(PARTNER);
        refused(() -> drafts.propose(second, new Proposal("athens", AmendmentKind.DELETE, "axis.intercultural",
                labour.revision(), null, null, "Συνεργάτης.", List.of())), HttpStatus.FORBIDDEN);
        refused(() -> drafts.stance(athens.id(), "athens", Stance.SUPPORT, null), HttpStatus.FORBIDDEN);
        as(focalPoint("thessaloniki"));
        refused(() -> drafts.withdraw(athens.id()), HttpStatus.NOT_FOUND);
        refused(() -> drafts.propose(second, new Proposal("thessaloniki", AmendmentKind.REPLACE, "axis.labour-market",
                labour.revision(), labour.heading(), Bilingual.of("<script>alert(1)</script>", ""), "HTML.", List.of())),
                HttpStatus.BAD_REQUEST);
        assertThat(count("drafting_amendment")).as("no refusal writes").isEqualTo(amendments);

        drafts.stance(athens.id(), "thessaloniki", Stance.SUPPORT, null);
        as(focalPoint("heraklion"));
        refused(() -> drafts.stance(athens.id(), "heraklion", Stance.OBJECT, " "), HttpStatus.BAD_REQUEST);
        Amendment counted = drafts.stance(athens.id(), "heraklion", Stance.OBJECT, "Περιορίζει το πεδίο.");
        assertThat(counted.supports()).isEqualTo(1);
        assertThat(counted.objections()).isEqualTo(1);

        as(SECRETARIAT);
        Clause intercultural = drafts.clauses(second).get(3);
        drafts.editClause(second, "axis.intercultural", intercultural.withContent(intercultural.heading(),
                Bilingual.of("Διαπολιτισμική κατανόηση και επικοινωνία.", "Intercultural understanding.")));
        as(focalPoint("heraklion"));
        refused(() -> drafts.propose(second, new Proposal("heraklion", AmendmentKind.DELETE, "axis.intercultural",
                intercultural.revision(), null, null, "Παλιό κείμενο.", List.of())), HttpStatus.CONFLICT);

        as(focalPoint("thessaloniki"));
        Clause bodies = drafts.clauses(second).get(2);
        Amendment insert = drafts.submit(drafts.propose(second, new Proposal("thessaloniki", AmendmentKind.INSERT_AFTER,
                "axis.integration-bodies", bodies.revision(), Bilingual.of("Στέγαση", "Housing"),
                Bilingual.of("Στέγαση και φιλοξενία.", "Housing and shelter."), "Λείπει η στέγαση.", List.of())).id());
        assertThat(insert.newKey()).isEqualTo("axis.integration-bodies+1");

        as(SECRETARIAT);
        refused(() -> drafts.freeze(second), HttpStatus.CONFLICT);
        drafts.decide(athens.id(), new Decision(AmendmentState.ACCEPTED_MODIFIED, null,
                Bilingual.of("Ένταξη πολιτών τρίτων χωρών και προσφύγων στην αγορά εργασίας.", "Integration into work."),
                "Με τη διατύπωση της Επιτροπής.", "ΕΔ 3/2024"));
        drafts.decide(insert.id(), new Decision(AmendmentState.ACCEPTED, null, null, null, "ΕΔ 3/2024"));
        drafts.closeConsultation(second);
        as(focalPoint("athens"));
        refused(() -> drafts.propose(second, new Proposal("athens", AmendmentKind.DELETE, "preamble",
                drafts.clauses(second).get(0).revision(), null, null, "Αργά.", List.of())), HttpStatus.CONFLICT);

        as(SECRETARIAT);
        String hash = drafts.freeze(second);
        assertThat(drafts.text(second).phase()).isEqualTo(TextPhase.FROZEN);
        assertThat(hash).isEqualTo(TextHash.of(drafts.clauses(second))).hasSize(64);
        assertThat(events.stream(TextFrozen.class)).extracting(TextFrozen::textHash).contains(hash);
        assertThat(drafts.clauses(second)).extracting(Clause::key).containsExactly("preamble", "axis.labour-market",
                "axis.integration-bodies", "axis.integration-bodies+1", "axis.intercultural");
        assertThat(drafts.clauses(second)).extracting(Clause::number).as("the inserted axis is lettered, none renumbered")
                .containsExactly(Bilingual.of("Προοίμιο", "Προοίμιο"), Bilingual.of("Άξονας 1", "Axis 1"),
                        Bilingual.of("Άξονας 2", "Axis 2"), Bilingual.of("Άξονας 2Α", "Axis 2A"), Bilingual.of("Άξονας 3", "Axis 3"));

        Diff diff = drafts.compare(first, second, Language.GREEK);
        assertThat(diff.clauses()).extracting(c -> c.key() + ":" + c.op() + ":" + c.amendmentId()).containsExactly(
                "preamble:SAME:null", "axis.labour-market:CHANGED:" + athens.id(), "axis.integration-bodies:SAME:null",
                "axis.integration-bodies+1:ADDED:" + insert.id(), "axis.intercultural:CHANGED:null");
        assertThat(TextDiffTest.html(diff.clauses().get(1).text()))
                .isEqualTo("Ένταξη <ins>πολιτών τρίτων χωρών και </ins>προσφύγων στην αγορά εργασίας.");
        refused(() -> drafts.freeze(second), HttpStatus.CONFLICT);
    }

    /**
     * Comments: a partner, the secretariat and a focal point taking part comment; a municipality not
     * taking part, the public, HTML, an empty or over-long body and a closed window are refused,
     * writing nothing; a hidden comment is kept, its body read by the secretariat only.
     */
    @Test
    void commentsOnClausesAndAmendmentsDuringTheConsultation() {
        String text = drafts.create("TEST", UUID.randomUUID().toString(), List.of(
                clause("preamble", ClauseKind.PREAMBLE, "Προοίμιο", "Οι δήμοι συνεργάζονται.")));
        as(SECRETARIAT);
        drafts.openConsultation(text, Instant.now().plus(Duration.ofDays(10)), Set.of("athens", "thessaloniki"));
        as(focalPoint("athens"));
        Amendment amendment = drafts.submit(drafts.propose(text, new Proposal("athens", AmendmentKind.DELETE, "preamble",
                drafts.clauses(text).get(0).revision(), null, null, "Περιττό.", List.of())).id());

        Comment athens = drafts.commentOnClause(text, "preamble", "Συμφωνούμε **απόλυτα**.");
        assertThat(athens.municipalityId()).isEqualTo("athens");
        assertThat(athens.role()).isEqualTo("FOCAL_POINT");
        as(PARTNER);
        Comment partner = drafts.commentOnAmendment(amendment.id(), "Χρειάζεται προοίμιο.");
        assertThat(partner.municipalityId()).isNull();
        as(SECRETARIAT);
        drafts.commentOnAmendment(amendment.id(), "Θα συζητηθεί.");

        int comments = count("drafting_comment");
        as(focalPoint("heraklion"));
        refused(() -> drafts.commentOnClause(text, "preamble", "Δεν συμμετέχουμε."), HttpStatus.FORBIDDEN);
        as(Viewer.PUBLIC);
        refused(() -> drafts.commentOnAmendment(amendment.id(), "Ανώνυμα."), HttpStatus.UNAUTHORIZED);
        as(focalPoint("thessaloniki"));
        refused(() -> drafts.commentOnClause(text, "preamble", "<script>alert(1)</script>"), HttpStatus.BAD_REQUEST);
        refused(() -> drafts.commentOnClause(text, "preamble", "  "), HttpStatus.BAD_REQUEST);
        refused(() -> drafts.commentOnClause(text, "preamble", "α".repeat(4_001)), HttpStatus.BAD_REQUEST);
        refused(() -> drafts.commentOnClause(text, "no-such-clause", "Σχόλιο."), HttpStatus.NOT_FOUND);
        refused(() -> drafts.hideAmendmentComment(amendment.id(), partner.id(), "Εκτός θέματος."), HttpStatus.FORBIDDEN);
        as(SECRETARIAT);
        refused(() -> drafts.hideAmendmentComment(amendment.id(), partner.id(), " "), HttpStatus.BAD_REQUEST);
        refused(() -> drafts.hideClauseComment(text, "preamble", partner.id(), "Όχι εδώ."), HttpStatus.NOT_FOUND);
        assertThat(count("drafting_comment")).as("no refusal writes").isEqualTo(comments);

        Comment hidden = drafts.hideAmendmentComment(amendment.id(), partner.id(), "Εκτός θέματος.");
        assertThat(hidden.hidden()).isTrue();
        assertThat(drafts.amendmentComments(amendment.id())).extracting(Comment::body)
                .containsExactly("Χρειάζεται προοίμιο.", "Θα συζητηθεί.");
        as(focalPoint("athens"));
        assertThat(drafts.amendmentComments(amendment.id())).extracting(Comment::body)
                .containsExactly(null, "Θα συζητηθεί.");
        assertThat(drafts.clauseComments(text, "preamble")).extracting(Comment::body).containsExactly("Συμφωνούμε **απόλυτα**.");
        assertThat(drafts.commentCounts(text)).containsEntry(amendment.id(), 2);

        as(SECRETARIAT);
        drafts.closeConsultation(text);
        as(focalPoint("athens"));
        refused(() -> drafts.commentOnClause(text, "preamble", "Αργά."), HttpStatus.CONFLICT);
        assertThat(count("drafting_comment")).isEqualTo(comments);
    }

    static Clause clause(String key, ClauseKind kind, String number, String text) {
        return new Clause(key, kind, Bilingual.of(number, number.replace("Άξονας", "Axis")),
                Bilingual.of("Τίτλος " + number, "Title"), Bilingual.of(text, text), null);
    }

    static Viewer focalPoint(String municipality) {
        return new Viewer(municipality + "@test.example", municipality, "FOCAL_POINT", municipality);
    }

    private static void as(Viewer viewer) {
        Viewers.CURRENT.set(viewer);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static void refused(ThrowingCallable call, HttpStatus status) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(status));
    }
}
