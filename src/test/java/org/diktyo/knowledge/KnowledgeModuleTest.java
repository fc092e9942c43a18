package org.diktyo.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.diktyo.DatabaseEngine;
import org.diktyo.knowledge.domain.Entry;
import org.diktyo.knowledge.domain.EntryInput;
import org.diktyo.knowledge.domain.EntryKind;
import org.diktyo.knowledge.domain.EntryState;
import org.diktyo.knowledge.domain.EntryStatus;
import org.diktyo.knowledge.domain.ReadEntries;
import org.diktyo.knowledge.domain.ReviewEntries;
import org.diktyo.knowledge.domain.ShareChallenges;
import org.diktyo.knowledge.domain.Visibility;
import org.diktyo.knowledge.domain.WriteEntries;
import org.diktyo.knowledge.search.SearchHits;
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

/**
 * The knowledge module started with only what it depends on (and what those depend on: network
 * needs accounts), on H2 and PostgreSQL: Athens' focal
 * point writes a challenge, Thessaloniki's may neither read the draft nor edit or submit it (404,
 * nothing written), a partner may not publish it (it cannot even read it: 404), nor its own focal point (403); the secretariat publishes it, the public
 * finds it by a Greek word in another case and in Greeklish, Thessaloniki marks «we face this
 * too», and an archived entry leaves the public's results.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ContextConfiguration(initializers = DatabaseEngine.class)
// A context of its own: few connections, and closed after the class, so that the suite's other
// contexts on a shared PostgreSQL do not run out of connections.
@TestPropertySource(properties = {"diktyo.mail.delivery.enabled=false", "diktyo.knowledge.index-dir=",
    "spring.datasource.hikari.maximum-pool-size=3"})
@org.springframework.test.annotation.DirtiesContext
@Tag("database")
class KnowledgeModuleTest {

    static final Viewer SECRETARIAT = new Viewer("secretariat@test.example", "Γραμματεία", "SECRETARIAT", null);
    static final Viewer PARTNER = new Viewer("partner@test.example", "ΔΟΜ", "PARTNER", null);
    static final Viewer ATHENS = new Viewer("athens@test.example", "Αθήνα", "FOCAL_POINT", "athens");
    static final Viewer THESSALONIKI = new Viewer("thessaloniki@test.example", "Θεσσαλονίκη", "FOCAL_POINT", "thessaloniki");

    @TestConfiguration
    static class Viewers {
        static final AtomicReference<Viewer> CURRENT = new AtomicReference<>(Viewer.PUBLIC);

        @Bean
        @org.springframework.context.annotation.Primary
        ViewerResolver viewerResolver() {
            return CURRENT::get;
        }
    }

    @Autowired
    WriteEntries write;

    @Autowired
    ReviewEntries review;

    @Autowired
    ShareChallenges share;

    @Autowired
    ReadEntries read;

    @Autowired
    JdbcTemplate jdbc;

    static <T> T as(Viewer viewer, Supplier<T> work) {
        Viewers.CURRENT.set(viewer);
        try {
            return work.get();
        } finally {
            Viewers.CURRENT.set(Viewer.PUBLIC);
        }
    }

    static EntryInput input(String titleEl, Integer version) {
        return new EntryInput(EntryKind.CHALLENGE, "athens", titleEl, "Shelters for teenagers",
                "Οι ξενώνες εφήβων γεμίζουν από τον Σεπτέμβριο.", "Teen shelters fill up in September.", "", "",
                List.of("HOUSING"), List.of("CHILDREN"), LocalDate.of(2025, 9, 1), null, EntryStatus.ONGOING,
                Visibility.PUBLIC, version, null);
    }

    List<String> publicSearch(String q) {
        return as(Viewer.PUBLIC, () -> read.search(q, Map.of(), false, 0, 50)).hits().stream().map(SearchHits.Hit::id).toList();
    }

    @Test
    void aChallengeIsWrittenPublishedFoundSharedAndArchivedAndNoMunicipalityActsForAnother() {
        Entry e = as(ATHENS, () -> write.create(input("Ξενώνες εφήβων τρικυμίας", null)));
        assertThat(e.state()).isEqualTo(EntryState.DRAFT);
        int rows = jdbc.queryForObject("select count(*) from knowledge_change", Integer.class);

        refused(THESSALONIKI, () -> read.entry(e.id()), HttpStatus.NOT_FOUND);
        refused(THESSALONIKI, () -> write.edit(e.id(), input("Χ", null)), HttpStatus.NOT_FOUND);
        refused(THESSALONIKI, () -> write.submit(e.id()), HttpStatus.NOT_FOUND);
        refused(THESSALONIKI, () -> write.create(input("Χ", null)), HttpStatus.FORBIDDEN);
        refused(PARTNER, () -> write.submit(e.id()), HttpStatus.NOT_FOUND);
        refused(Viewer.PUBLIC, () -> write.create(input("Χ", null)), HttpStatus.UNAUTHORIZED);
        refused(ATHENS, () -> write.edit(e.id(), input("Χ", 7)), HttpStatus.CONFLICT);
        assertThat(jdbc.queryForObject("select count(*) from knowledge_change", Integer.class)).as("nothing written")
                .isEqualTo(rows);
        assertThat(publicSearch("τρικυμιας")).doesNotContain(e.id());

        as(ATHENS, () -> write.submit(e.id()));
        refused(PARTNER, () -> review.publish(e.id()), HttpStatus.NOT_FOUND);
        refused(ATHENS, () -> review.publish(e.id()), HttpStatus.FORBIDDEN);
        as(SECRETARIAT, () -> review.publish(e.id()));

        assertThat(publicSearch("ΤΡΙΚΥΜΙΑ")).contains(e.id());
        assertThat(publicSearch("trikymia".replace("y", "i"))).as("Greeklish").contains(e.id());
        assertThat(publicSearch("εφηβοι")).contains(e.id());

        refused(ATHENS, () -> share.share(e.id(), "athens", null), HttpStatus.CONFLICT);
        refused(ATHENS, () -> share.share(e.id(), "thessaloniki", null), HttpStatus.FORBIDDEN);
        Entry shared = as(THESSALONIKI, () -> share.share(e.id(), "thessaloniki", "Και στη Θεσσαλονίκη."));
        assertThat(shared.sharedBy()).containsExactly("thessaloniki");

        as(SECRETARIAT, () -> review.archive(e.id()));
        assertThat(publicSearch("τρικυμιας")).doesNotContain(e.id());
        refused(Viewer.PUBLIC, () -> read.entry(e.id()), HttpStatus.NOT_FOUND);
    }

    static void refused(Viewer viewer, Supplier<?> work, HttpStatus status) {
        assertThatThrownBy(() -> as(viewer, work)).isInstanceOfSatisfying(Problem.class,
                p -> assertThat(p.status()).isEqualTo(status));
    }
}
