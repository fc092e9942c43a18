package org.diktyo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Says, in the test report, which engine the database tests ran on. */
@DatabaseTest
class EngineTest {

    @Autowired
    DataSource dataSource;

    @Test
    void runsOnTheEngineThisExecutionAskedFor() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            System.out.println("Database tests ran on " + product + " "
                    + connection.getMetaData().getDatabaseProductVersion());
            assertThat(product).isEqualToIgnoringCase(DatabaseEngine.postgresql() ? "PostgreSQL" : "H2");
        }
    }
}
