package org.diktyo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at the database engine chosen by {@code DIKTYO_TEST_DB}: an
 * in-memory H2 (the default), or PostgreSQL at {@code DIKTYO_TEST_PG_URL}, whose database is
 * created if missing (by default one per checkout) and emptied once per test run. Maven's surefire runs the database tests
 * once per engine (see the pom). Without a reachable PostgreSQL the PostgreSQL run is skipped,
 * unless {@code CI} is set: then it fails.
 */
public class DatabaseEngine implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final java.util.Set<String> EMPTIED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public static String name() {
        String engine = System.getenv("DIKTYO_TEST_DB");
        return engine == null || engine.isBlank() ? "h2" : engine;
    }

    public static boolean postgresql() {
        return "postgresql".equals(name());
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>(postgresql() ? postgresqlProperties() : Map.of(
                "spring.datasource.url", "jdbc:h2:mem:diktyo" + suffix() + ";DB_CLOSE_DELAY=-1",
                "spring.datasource.username", "sa", "spring.datasource.password", ""));
        properties.put("spring.mail.port", TestSmtp.port());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", properties));
    }

    /**
     * Appended to the database's name: empty for the one database the tests share; a subclass
     * names a database of its own, for tests that change what is one of a kind (the memorandum).
     */
    protected String suffix() {
        return "";
    }

    private Map<String, Object> postgresqlProperties() {
        String url = System.getenv().getOrDefault("DIKTYO_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/" + ownDatabase())
                + suffix();
        String user = System.getenv().getOrDefault("DIKTYO_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("DIKTYO_TEST_PG_PASSWORD", "");
        prepare(url, user, password);
        return Map.of("spring.datasource.url", url, "spring.datasource.username", user,
                "spring.datasource.password", password);
    }

    /** A database of this checkout's own, so two checkouts on one machine do not empty each other's. */
    private static String ownDatabase() {
        String dir = System.getProperty("user.dir");
        return "diktyo_test_" + Integer.toHexString(dir.hashCode() & 0x7fffffff);
    }

    private static synchronized void prepare(String url, String user, String password) {
        if (EMPTIED.contains(url)) {
            return;
        }
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection admin = DriverManager.getConnection(server, user, password);
                Statement sql = admin.createStatement()) {
            var exists = sql.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!exists.next()) {
                sql.execute("create database " + database);
            }
        } catch (SQLException unreachable) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("PostgreSQL is required in CI but not reachable at " + server,
                        unreachable);
            }
            Assumptions.abort("PostgreSQL not reachable at " + server + ": " + unreachable.getMessage());
        }
        try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
            sql.execute("drop schema public cascade");
            sql.execute("create schema public");
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty " + url, e);
        }
        EMPTIED.add(url);
    }
}
