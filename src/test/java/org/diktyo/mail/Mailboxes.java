package org.diktyo.mail;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import jakarta.mail.internet.MimeMessage;

/** Helpers for mail tests: waiting, counting messages by Message-ID, reading parts. */
final class Mailboxes {

    private Mailboxes() {
    }

    /** Waits until {@code condition} holds, at most {@code limit}; false if it never did. */
    static boolean await(Duration limit, BooleanSupplier condition) {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    /** How many times each Message-ID arrived, in order of first arrival. */
    static Map<String, Integer> countByMessageId(List<MimeMessage> received) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (MimeMessage m : received) {
            try {
                counts.merge(m.getMessageID(), 1, Integer::sum);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return counts;
    }

    static List<MimeMessage> to(MimeMessage[] received, String domain) {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage m : received) {
            try {
                String to = m.getHeader("To", ",");
                if (to != null && to.endsWith("@" + domain)) {
                    mine.add(m);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return mine;
    }

    static byte[] bytes(jakarta.mail.Part part) throws Exception {
        try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
