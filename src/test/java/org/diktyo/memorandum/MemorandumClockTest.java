package org.diktyo.memorandum;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * Like {@link org.diktyo.DatabaseTest}, with the application's clock a {@link MovableClock}, on a
 * database of its own, and the jobs run by the test only.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = MovableClock.Database.class)
@Import(MovableClock.Config.class)
@TestPropertySource(properties = "diktyo.jobs.interval=1h")
@AutoConfigureMockMvc
@Tag("database")
@interface MemorandumClockTest {
}
