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

    private java.util.List<Municipality> find(String text, Locale locale) {
        return query.find(null, null, text, RegistryQuery.Sort.NAME, locale, 0, 500).items();
    }
}
