package org.diktyo.mail;

import java.util.stream.IntStream;

import org.diktyo.DiktyoApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application as its own process, for {@link CrashMidSendTest}: started from the test
 * classpath with the database and relay in its arguments; with {@code --crash-test.queue=N} it
 * queues N messages (one transaction) once started. Prints {@link #READY} when it is up.
 */
public final class OutboxInstance {

    static final String READY = "OUTBOX-INSTANCE-READY";

    private OutboxInstance() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DiktyoApplication.class)
                .profiles("test").run(args);
        int queue = context.getEnvironment().getProperty("crash-test.queue", Integer.class, 0);
        if (queue > 0) {
            Outbox outbox = context.getBean(Outbox.class);
            context.getBean(TransactionTemplate.class).executeWithoutResult(status -> IntStream.rangeClosed(1, queue)
                    .forEach(i -> outbox.queue(new OutgoingMail("member-" + i + "@crash.test", "Μήνυμα " + i,
                            "Κείμενο του μηνύματος " + i, null, "crash-test"))));
        }
        System.out.println(READY);
    }
}
