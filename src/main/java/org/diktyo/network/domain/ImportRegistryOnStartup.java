package org.diktyo.network.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the registry up to date with the shipped data whenever the application starts,
 * before the web server accepts its first request (an {@code ApplicationRunner} would run
 * after, and the first visitor could see an empty network). A start whose shipped data and
 * import format are those of the last import ({@code registry_source}'s checksum) skips it:
 * the import adds only what is missing, and nothing can be missing then.
 */
@Component
class ImportRegistryOnStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ImportRegistryOnStartup.class);

    private final RegistryImport registryImport;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    ImportRegistryOnStartup(RegistryImport registryImport, JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.registryImport = registryImport;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String checksum = RegistrySource.checksum();
        List<String> last = jdbc.queryForList("select checksum from registry_source where id = 1", String.class);
        if (last.contains(checksum)) {
            log.info("registry import skipped: its source is unchanged since the last import (checksum {})",
                    checksum.substring(0, 12));
            return;
        }
        tx.executeWithoutResult(status -> {
            registryImport.run();
            Timestamp now = Timestamp.from(clock.instant());
            if (jdbc.update("update registry_source set checksum = ?, imported_at = ? where id = 1", checksum, now) == 0) {
                jdbc.update("insert into registry_source (id, checksum, imported_at) values (1, ?, ?)", checksum, now);
            }
        });
    }
}
