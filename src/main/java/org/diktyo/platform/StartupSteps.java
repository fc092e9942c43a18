package org.diktyo.platform;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.event.EventListener;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.stereotype.Component;

/**
 * Where the start's seconds go (issue 18): started with {@code -Ddiktyo.startup.steps=true}, the
 * application records Spring's start-up steps and, once ready, logs the slowest of them (bean
 * creations, context refresh phases). Off by default: recording costs a little.
 */
@Component
public class StartupSteps {

    static final String PROPERTY = "diktyo.startup.steps";
    private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);
    private static final int SHOWN = 40;

    private final ApplicationStartup startup;

    StartupSteps(org.springframework.context.ConfigurableApplicationContext context) {
        this.startup = context.getApplicationStartup();
    }

    /** The recorder the application starts with: buffering when asked for, else Spring's no-op. */
    public static ApplicationStartup recorder() {
        return Boolean.getBoolean(PROPERTY) ? new BufferingApplicationStartup(50_000) : ApplicationStartup.DEFAULT;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        if (!(startup instanceof BufferingApplicationStartup buffering)) {
            return;
        }
        List<StartupTimeline.TimelineEvent> events = buffering.getBufferedTimeline().getEvents();
        String slowest = events.stream()
                .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
                .limit(SHOWN)
                .map(e -> "%6d ms  %s %s".formatted(e.getDuration().toMillis(), e.getStartupStep().getName(), tags(e)))
                .collect(Collectors.joining("\n"));
        log.info("start-up steps: {} recorded; the slowest (a step includes the steps inside it):\n{}", events.size(), slowest);
    }

    private static String tags(StartupTimeline.TimelineEvent e) {
        StringBuilder out = new StringBuilder();
        e.getStartupStep().getTags().forEach(t -> out.append(t.getKey()).append('=').append(t.getValue()).append(' '));
        return out.toString().trim();
    }
}
