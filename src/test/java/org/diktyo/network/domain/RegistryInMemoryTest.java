package org.diktyo.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.diktyo.DatabaseTest;
import org.diktyo.network.MembershipStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registry is read from memory, and read again as soon as the table changes — here by a
 * statement as another instance's JPA write makes it (the row's version raised), which this
 * instance's own writes cannot have told it about (issue 18).
 */
@DatabaseTest
class RegistryInMemoryTest {

    @Autowired
    RegistryQuery query;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aChangeByAnotherInstanceIsSeenByTheNextRead() {
        Locale en = Locale.ENGLISH;
        assertThat(find("Agathonisi", en)).singleElement().extracting(m -> m.name().in(en)).isEqualTo("Agathonisi");
        RegistryQuery.Page first = query.find(null, null, null, RegistryQuery.Sort.NAME, en, 0, 500);
        assertThat(query.find(null, null, null, RegistryQuery.Sort.NAME, en, 0, 500).items().get(0))
                .as("from memory: the same rows").isSameAs(first.items().get(0));

        String status = jdbc.queryForObject("select status from municipality where id = 'agathonisi'", String.class);
        int members = query.find(MembershipStatus.MEMBER, null, null, RegistryQuery.Sort.NAME, en, 0, 500).total();
        try {
            jdbc.update("update municipality set name_en = 'Agathonisi Island', status = 'MEMBER', version = version + 1"
                    + " where id = 'agathonisi'");
            assertThat(find("Agathonisi", en)).singleElement().extracting(m -> m.name().in(en))
                    .isEqualTo("Agathonisi Island");
            assertThat(query.find(MembershipStatus.MEMBER, null, null, RegistryQuery.Sort.NAME, en, 0, 500).total())
                    .isEqualTo(members + 1);
        } finally {
            jdbc.update("update municipality set name_en = 'Agathonisi', status = ?, version = version + 1"
                    + " where id = 'agathonisi'", status);
        }
        assertThat(query.find(MembershipStatus.MEMBER, null, null, RegistryQuery.Sort.NAME, en, 0, 500).total())
                .isEqualTo(members);
    }

    @Test
    void aRenderedPageIsKeptUntilTheRegistryChanges() {
        Locale el = Locale.forLanguageTag("el");
        java.util.concurrent.atomic.AtomicInteger renders = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Function<RegistryQuery.Page, String> render = page -> renders.incrementAndGet() + ":"
                + page.items().get(0).name().in(Locale.ENGLISH);
        String first = query.rendered(null, null, null, RegistryQuery.Sort.POPULATION, el, 0, 10, render);
        assertThat(query.rendered(null, null, null, RegistryQuery.Sort.POPULATION, el, 0, 10, render))
                .as("kept").isSameAs(first);
        assertThat(query.rendered(null, null, null, RegistryQuery.Sort.POPULATION, el, 1, 10, render))
                .as("another page is another rendering").isNotEqualTo(first);
        assertThat(renders).hasValue(2);
        query.rendered(null, null, "αθην", RegistryQuery.Sort.POPULATION, el, 0, 10, render);
        query.rendered(null, null, "αθην", RegistryQuery.Sort.POPULATION, el, 0, 10, render);
        assertThat(renders).as("a search is rendered each time").hasValue(4);

        String name = jdbc.queryForObject("select name_en from municipality where id = 'athens'", String.class);
        try {
            jdbc.update("update municipality set name_en = 'Athens Changed', version = version + 1 where id = 'athens'");
            assertThat(query.rendered(null, null, null, RegistryQuery.Sort.POPULATION, el, 0, 10, render))
                    .as("rendered again after a change on any instance").endsWith(":Athens Changed");
        } finally {
            jdbc.update("update municipality set name_en = ?, version = version + 1 where id = 'athens'", name);
        }
    }

    private java.util.List<Municipality> find(String text, Locale locale) {
        return query.find(null, null, text, RegistryQuery.Sort.NAME, locale, 0, 500).items();
    }
}
