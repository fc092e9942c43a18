package org.diktyo.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;

import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * The links module on its own (with {@code platform}, and a viewer of the test's own): a link is issued
 * for a purpose and a subject with a token of 256 bits that is stored only as its hash; it is
 * found by its token for its purpose only; revoking revokes every live link of the subject;
 * reissuing gives a new live one.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:links-module;DB_CLOSE_DELAY=-1",
        "diktyo.mail.delivery.enabled=false"})
class LinksModuleTest {

    /** The links module reads no viewer; the platform's web configuration asks for one: here, nobody signed in. */
    @TestConfiguration
    static class Anonymous {
        @Bean
        ViewerResolver viewerResolver() {
            return () -> Viewer.PUBLIC;
        }
    }

    @Autowired
    PersonalLinks links;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLinkIsFoundByItsTokenForItsPurposeOnly() {
        String token = links.issue("adoption", "memorandum-2025/larissa");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(jdbc.queryForObject("select count(*) from personal_link where token_hash = ?", Integer.class, token))
                .as("the token itself is not stored").isZero();

        Link link = links.find("adoption", token).orElseThrow();
        assertThat(link.subject()).isEqualTo("memorandum-2025/larissa");
        assertThat(link.revoked()).isFalse();
        assertThat(links.find("signature", token)).as("another purpose").isEmpty();
        assertThat(links.find("adoption", token.substring(1) + "A")).isEmpty();
        assertThat(links.find("adoption", "short")).isEmpty();
        assertThat(links.find("adoption", null)).isEmpty();
    }

    @Test
    void revokingRevokesEveryLiveLinkOfTheSubjectAndReissuingGivesANewOne() {
        String first = links.issue("adoption", "memorandum-2025/volos");
        String second = links.issue("adoption", "memorandum-2025/volos");
        String other = links.issue("adoption", "memorandum-2025/chania");
        assertThat(links.live("adoption", List.of("memorandum-2025/volos", "memorandum-2025/chania", "nobody")))
                .containsExactlyInAnyOrder("memorandum-2025/volos", "memorandum-2025/chania");

        assertThat(links.revoke("adoption", "memorandum-2025/volos")).isEqualTo(2);
        assertThat(links.find("adoption", first).orElseThrow().revoked()).isTrue();
        assertThat(links.find("adoption", second).orElseThrow().revoked()).isTrue();
        assertThat(links.anyLive("adoption", "memorandum-2025/volos")).isFalse();
        assertThat(links.find("adoption", other).orElseThrow().revoked()).isFalse();

        String fresh = links.reissue("adoption", "memorandum-2025/volos");
        assertThat(links.find("adoption", fresh).orElseThrow().revoked()).isFalse();
        assertThat(links.anyLive("adoption", "memorandum-2025/volos")).isTrue();
        assertThat(links.find("adoption", first).orElseThrow().revoked()).isTrue();
    }
}
