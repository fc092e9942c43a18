package org.diktyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** Texts with arguments are formatted without a lock shared by every request (ModuleMessages). */
class UnsharedFormatsTest {

    private final MessageSource messages = new ModuleMessages().messageSource();

    @Test
    void eachCallFormatsWithItsOwnCopyOfTheParsedPattern() {
        var source = (ModuleMessages.UnsharedFormats) messages;
        var first = source.resolveCode("invitations.reply.delegate", WebConfig.GREEK);
        var second = source.resolveCode("invitations.reply.delegate", WebConfig.GREEK);
        assertThat(first).isNotNull().isNotSameAs(second);
        assertThat(first.toPattern()).isEqualTo(second.toPattern());
        assertThat(source.resolveCode("no.such.key", WebConfig.GREEK)).isNull();
    }

    @Test
    void textsWithArgumentsComeOutTheSameFromManyThreads() throws Exception {
        String greek = messages.getMessage("invitations.reply.delegate", new Object[] {2}, WebConfig.GREEK);
        String english = messages.getMessage("invitations.reply.delegate", new Object[] {2}, Locale.ENGLISH);
        assertThat(greek).contains("2").isNotEqualTo(english);
        assertThat(english).contains("2");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                int n = i % 1_000;   // below a thousand: no digit grouping
                calls.add(() -> messages.getMessage("invitations.reply.delegate", new Object[] {n},
                        n % 2 == 0 ? WebConfig.GREEK : Locale.ENGLISH)
                        .equals((n % 2 == 0 ? greek : english).replace("2", Integer.toString(n))));
            }
            for (Future<Boolean> result : pool.invokeAll(calls)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
