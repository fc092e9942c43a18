package org.diktyo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test of the whole application on a real server port and a real database:
 * H2, and again PostgreSQL in the {@code postgresql} surefire execution (tag
 * {@code database}). The demo data is loaded; mail is delivered to GreenMail ({@link TestSmtp}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = DatabaseEngine.class)
@AutoConfigureMockMvc
@Tag("database")
public @interface DatabaseTest {
}
