package org.diktyo.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.diktyo.DatabaseTest;
import org.diktyo.network.domain.Municipalities;
import org.diktyo.network.domain.Municipality;
import org.diktyo.network.domain.RegistryImport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole country, the nine name mismatches, the duplicated code, the members; twice is once. */
@DatabaseTest
class RegistryImportTest {

    @Autowired
    RegistryImport registryImport;

    @Autowired
    Municipalities municipalities;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsEveryMunicipalityRegionAndUnitOnce() {
        RegistryImport.Outcome again = registryImport.run();
        assertThat(again.added()).isZero();
        assertThat(again.total()).isEqualTo(332);
        assertThat(again.unmatched()).isEmpty();
        assertThat(again.byAlias()).isEqualTo(11);
        assertThat(jdbc.queryForObject("select count(*) from region", Integer.class)).isEqualTo(14);
        assertThat(jdbc.queryForObject("select count(*) from regional_unit", Integer.class)).isEqualTo(75);
        assertThat(jdbc.queryForObject("select count(*) from municipality where population_2021 is null", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(distinct elstat_code) from municipality", Integer.class)).isEqualTo(332);
    }

    @Test
    void theEighteenMembersWithFoundersAndTheMonthTheyJoined() {
        assertThat(municipalities.countByStatus(MembershipStatus.MEMBER)).isEqualTo(18);
        Municipality athens = municipalities.findById("athens").orElseThrow();
        assertThat(athens.founder()).isTrue();
        assertThat(athens.joinedYear()).isEqualTo(2018);
        assertThat(athens.joinedMonth()).isEqualTo(1);
        assertThat(municipalities.findById("thessaloniki").orElseThrow().founder()).isTrue();
        Municipality tilos = municipalities.findById("tilos").orElseThrow();
        assertThat(tilos.joinedYear()).isEqualTo(2019);
        assertThat(tilos.joinedMonth()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from membership_change where to_status = 'MEMBER'", Integer.class))
                .isGreaterThanOrEqualTo(18);
    }

    @Test
    void officialNamesAndMayorsTitlesAreStoredNotDerived() {
        Municipality athens = municipalities.findById("athens").orElseThrow();
        assertThat(athens.officialNameEl()).isEqualTo("Δήμος Αθηναίων");
        assertThat(athens.mayorTitleEl()).isEqualTo("Δήμαρχος Αθηναίων");
        assertThat(athens.officialNameEn()).isEqualTo("Municipality of Athens");
        assertThat(athens.mayorTitleEn()).isEqualTo("Mayor of Athens");
        assertThat(municipalities.findById("piraeus").orElseThrow().officialNameEl()).isEqualTo("Δήμος Πειραιώς");
        assertThat(municipalities.findById("naousa").orElseThrow().officialNameEl()).isEqualTo("Δήμος Ηρωικής Πόλεως Νάουσας");
    }

    @Test
    void theNineMismatchedNamesAndBothHeraklionsGetTheirOwnPopulation() {
        assertThat(municipalities.findBySourceId(180).orElseThrow().population2021()).isEqualTo(50495);   // Attica
        assertThat(municipalities.findBySourceId(313).orElseThrow().population2021()).isEqualTo(177064);  // Crete
        assertThat(municipalities.findBySourceId(209).orElseThrow().elstatCode()).isEqualTo("5101");      // Πειραιά/Πειραιώς
        assertThat(municipalities.findBySourceId(219).orElseThrow().elstatCode()).isEqualTo("5201");      // Σαλαμίνας/Σαλαμίνος
        assertThat(municipalities.findBySourceId(25).orElseThrow().elstatCode()).isEqualTo("0803");       // Νάουσας
        assertThat(municipalities.findBySourceId(191).orElseThrow().population2021()).isPositive();
    }
}
