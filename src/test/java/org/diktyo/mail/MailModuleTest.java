package org.diktyo.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * The mail module starts with only {@code platform} (and a {@link ViewerResolver} of the test's own): a message queued in the outbox keeps its
 * Greek subject, its recipient and its reference, and waits (delivery is off here) as queued.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:mail-module;DB_CLOSE_DELAY=-1",
        "diktyo.mail.delivery.enabled=false"})
class MailModuleTest {

    /** Who is asking is told by {@code accounts}, which the mail module does not use: here, nobody signed in. */
    @TestConfiguration
    static class Anonymous {
        @Bean
        ViewerResolver viewerResolver() {
            return () -> Viewer.PUBLIC;
        }
    }

    @Autowired
    Outbox outbox;

    @Test
    void aQueuedMessageWaitsInTheOutbox() {
        long id = outbox.queue(new OutgoingMail("mayor@larissa.example", List.of("focal@larissa.example"),
                "Πρόσκληση σε συνάντηση εργασίας", "Σας προσκαλούμε.", "<p>Σας προσκαλούμε.</p>", List.of(),
                "module-test", "ref-1"));
        OutboxEntry entry = outbox.entry(id).orElseThrow();
        assertThat(entry.subject()).isEqualTo("Πρόσκληση σε συνάντηση εργασίας");
        assertThat(entry.cc()).containsExactly("focal@larissa.example");
        assertThat(entry.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(outbox.byReference("ref-1")).extracting(OutboxEntry::id).containsExactly(id);
    }
}
