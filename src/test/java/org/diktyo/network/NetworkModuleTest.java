package org.diktyo.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * The network module starts with only what it depends on ({@code platform}, {@code language},
 * {@code accounts} and, through it, {@code mail}): the registry of all 332 municipalities is
 * imported on start and its API names them, in Greek and in English.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:network-module;DB_CLOSE_DELAY=-1",
        "diktyo.mail.delivery.enabled=false"})
class NetworkModuleTest {

    @Autowired
    Registry registry;

    @Autowired
    Addressees addressees;

    @Test
    void theRegistryIsImportedAndNamedInBothLanguages() {
        var athens = registry.names("athens").orElseThrow();
        assertThat(athens.officialName().in(Locale.forLanguageTag("el"))).isEqualTo("Δήμος Αθηναίων");
        assertThat(athens.officialName().in(Locale.ENGLISH)).isEqualTo("Municipality of Athens");
        assertThat(registry.exists("thessaloniki")).isTrue();
        assertThat(registry.exists("atlantis")).isFalse();
        assertThat(registry.partners()).isNotEmpty();
        assertThat(addressees.one("athens")).isPresent();
    }
}
