package org.diktyo.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * A link and its subject's row in one read ({@link PersonalLinks#find(String, String, SubjectTable)}):
 * the same link as {@link PersonalLinks#find(String, String)} finds, revoked or not, with the row the
 * subject's module maps; no subject when its row is missing; nothing for another purpose or an
 * implausible token; and a table or key that is not a plain identifier is refused before any SQL.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:links-subject;DB_CLOSE_DELAY=-1",
        "diktyo.mail.delivery.enabled=false"})
class LinkWithSubjectTest {

    @TestConfiguration
    static class Anonymous {
        @Bean
        ViewerResolver viewerResolver() {
            return () -> Viewer.PUBLIC;
        }
    }

    record Thing(String id, String name) {
    }

    static final SubjectTable<Thing> THINGS = new SubjectTable<>("link_test_thing", "id",
            (rs, n) -> new Thing(rs.getString("id"), rs.getString("name")));

    @Autowired
    PersonalLinks links;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLinkIsReadWithItsSubjectsRow() {
        jdbc.execute("create table if not exists link_test_thing (id varchar(64) primary key, name varchar(40))");
        jdbc.update("insert into link_test_thing (id, name) values ('thing-1', 'Larissa')");
        String token = links.issue("adoption", "thing-1");

        Linked<Thing> found = links.find("adoption", token, THINGS).orElseThrow();
        assertThat(found.link()).isEqualTo(links.find("adoption", token).orElseThrow());
        assertThat(found.subject()).isEqualTo(new Thing("thing-1", "Larissa"));
        assertThat(links.find("signature", token, THINGS)).as("another purpose").isEmpty();
        assertThat(links.find("adoption", token.substring(1) + "A", THINGS)).isEmpty();
        assertThat(links.find("adoption", "short", THINGS)).isEmpty();
        assertThat(links.find("adoption", null, THINGS)).isEmpty();

        links.revoke("adoption", "thing-1");
        Linked<Thing> revoked = links.find("adoption", token, THINGS).orElseThrow();
        assertThat(revoked.link().revoked()).isTrue();
        assertThat(revoked.subject()).isEqualTo(new Thing("thing-1", "Larissa"));

        String orphan = links.issue("adoption", "thing-gone");
        Linked<Thing> missing = links.find("adoption", orphan, THINGS).orElseThrow();
        assertThat(missing.link().subject()).isEqualTo("thing-gone");
        assertThat(missing.subject()).as("no row for the subject").isNull();
    }

    @Test
    void onlyPlainIdentifiersNameTheSubjectsTable() {
        assertThatThrownBy(() -> new SubjectTable<>("invitation; drop table personal_link", "id", (rs, n) -> 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SubjectTable<>("invitation", "id = id or 1", (rs, n) -> 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SubjectTable<>("Invitation", "id", (rs, n) -> 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SubjectTable<>("invitation", "id", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
