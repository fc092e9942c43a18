package org.diktyo.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;

import org.diktyo.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The start-up import runs when the shipped registry (or the import's format) differs from the
 * last one imported, and not otherwise (issue 18: nothing done at start that was done before).
 */
@DatabaseTest
class ImportRegistryOnStartupTest {

    @Autowired
    ImportRegistryOnStartup startup;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsWhenTheSourceChangedAndSkipsWhenItDidNot() {
        assertThat(jdbc.queryForObject("select checksum from registry_source where id = 1", String.class))
                .as("the context's own start recorded what it imported").isEqualTo(RegistrySource.checksum());

        Timestamp longAgo = Timestamp.valueOf("2020-01-01 00:00:00");
        jdbc.update("update registry_source set imported_at = ? where id = 1", longAgo);
        startup.afterSingletonsInstantiated();
        assertThat(importedAt()).as("same source: skipped").isEqualTo(longAgo);

        jdbc.update("update registry_source set checksum = 'an older source' where id = 1");
        jdbc.update("delete from membership_change where municipality_id = 'agathonisi'");
        jdbc.update("delete from municipality where id = 'agathonisi'");
        startup.afterSingletonsInstantiated();
        assertThat(importedAt()).as("another source: imported").isAfter(longAgo);
        assertThat(jdbc.queryForObject("select checksum from registry_source where id = 1", String.class))
                .isEqualTo(RegistrySource.checksum());
        assertThat(jdbc.queryForObject("select count(*) from municipality", Integer.class)).isEqualTo(332);
    }

    private Timestamp importedAt() {
        return jdbc.queryForObject("select imported_at from registry_source where id = 1", Timestamp.class);
    }
}
