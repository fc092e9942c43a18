package org.diktyo.mail.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.internet.MimeMessage;

import org.diktyo.mail.FailureKind;
import org.diktyo.mail.domain.Claims;
import org.diktyo.mail.domain.Claims.Claimed;
import org.diktyo.mail.domain.DeliveryTrigger;
import org.diktyo.mail.domain.MailSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox over SMTP, on every instance at once. Every {@code diktyo.mail.delivery.interval}
 * (and right after a message is queued here) it claims a batch of due messages ({@link Claims}),
 * and for each: renews its lease (or skips it if another instance has taken it over), hands it
 * to the relay, marks it {@code SENT} at once — the window in which a crash leaves a delivered
 * message unmarked is that one database round trip. A failure makes the message due again after
 * an exponential back-off, or {@code FAILED} when it is for good or the attempts are used up. An
 * instance that stops gives the unsent rest of its batch back; one that dies leaves its claims
 * to expire, after which another instance sends them again with the same Message-ID.
 * Off with {@code diktyo.mail.delivery.enabled=false} (the demo), when mail stays in the outbox.
 */
@Component
@ConditionalOnProperty(name = "diktyo.mail.delivery.enabled", havingValue = "true")
public class OutboxDelivery implements SmartLifecycle, DeliveryTrigger {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final Claims claims;
    private final MimeComposer composer;
    private final JavaMailSenderImpl relayConfig;
    private final MailSettings settings;
    private final Clock clock;
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private volatile boolean running;
    private long lastHandedOver;
    private ScheduledExecutorService executor;

    OutboxDelivery(Claims claims, MimeComposer composer, JavaMailSender sender, MailSettings settings, Clock clock) {
        this.claims = claims;
        this.composer = composer;
        this.relayConfig = (JavaMailSenderImpl) sender;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mail-delivery-" + settings.instance());
            t.setDaemon(true);
            return t;
        });
        running = true;
        long every = Math.max(10, settings.interval().toMillis());
        executor.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
        log.info("mail delivery started as {}: every {} ms, batches of {}, lease {}", settings.instance(), every,
                settings.batchSize(), settings.lease());
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (executor != null) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void wake() {
        if (running && wakePending.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    wakePending.set(false);
                    poll();
                });
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                wakePending.set(false);
            }
        }
    }

    /** Delivers batches until one comes back short; never throws (the next poll tries again). */
    void poll() {
        try {
            while (running && deliverBatch() == settings.batchSize()) {
                // a full batch: there may be more due
            }
        } catch (RuntimeException e) {
            log.warn("mail delivery poll failed; the next one tries again", e);
        }
    }

    /** Claims and delivers one batch; returns how many messages it claimed. */
    int deliverBatch() {
        Instant now = clock.instant();
        List<Claimed> batch = claims.claim(now, now.plus(settings.lease()), settings.batchSize(), settings.instance());
        if (batch.isEmpty()) {
            log.trace("mail delivery: nothing due");
            return 0;
        }
        int sent = 0;
        Failures.Failure unreachable = null;
        try (Relay relay = new Relay(relayConfig, composer.session())) {
            for (Claimed c : batch) {
                if (!running) {
                    claims.release(c, clock.instant());
                } else if (c.interrupted() && c.attempts() > settings.maxAttempts()) {
                    claims.failed(c, FailureKind.INTERRUPTED, "lease of an earlier attempt expired", true, clock.instant());
                } else if (unreachable != null) {
                    fail(c, unreachable);
                } else if (!claims.renew(c, clock.instant().plus(settings.lease()))) {
                    log.warn("mail {}: claim lost before sending (lease expired); left to the instance that took it", c.id());
                } else {
                    boolean wasConnected = relay.connected();
                    Failures.Failure failure = send(relay, c);
                    if (failure == null) {
                        sent++;
                    } else {
                        fail(c, failure);
                        if (failure.kind() == FailureKind.CONNECTION && !wasConnected) {
                            unreachable = failure; // the rest of the batch would wait for the same timeout
                        }
                    }
                }
            }
        }
        log.info("mail delivery: {} of {} claimed messages sent{}", sent, batch.size(),
                unreachable == null ? "" : "; relay unreachable: " + unreachable.detail());
        return batch.size();
    }

    private Failures.Failure send(Relay relay, Claimed c) {
        MimeMessage mime;
        try {
            if (c.interrupted()) {
                log.info("mail {}: its sender stopped mid-send; sending it again with the same Message-ID", c.id());
            }
            mime = composer.compose(c.id());
        } catch (Exception e) {
            return new Failures.Failure(FailureKind.REJECTED, "could not compose: " + Failures.of(e).detail());
        }
        try {
            keepToRateLimit();
            relay.send(mime);
        } catch (Exception e) {
            relay.drop();
            return Failures.of(e);
        }
        if (!claims.sent(c, clock.instant())) {
            log.warn("mail {} sent, but its claim had expired and been taken over: it may arrive twice (same Message-ID)",
                    c.id());
        }
        return null;
    }

    /** Waits so that messages go out no faster than {@code diktyo.mail.delivery.rate-limit} per second. */
    private void keepToRateLimit() throws InterruptedException {
        long pause = settings.pause().toNanos();
        if (pause > 0) {
            long wait = lastHandedOver + pause - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            lastHandedOver = System.nanoTime();
        }
    }

    private void fail(Claimed c, Failures.Failure failure) {
        boolean giveUp = !failure.kind().retried() || c.attempts() >= settings.maxAttempts();
        Instant now = clock.instant();
        Instant next = giveUp ? now : now.plus(settings.backOff(c.attempts()));
        log.warn("mail {} attempt {} failed ({}): {}{}", c.id(), c.attempts(), failure.kind(), failure.detail(),
                giveUp ? "; given up" : "; next attempt at " + next);
        claims.failed(c, failure.kind(), failure.detail(), giveUp, next);
    }
}
