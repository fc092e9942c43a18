package org.diktyo.knowledge.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.diktyo.network.Registry;
import org.diktyo.platform.ActingAs;
import org.diktyo.platform.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's challenges and practices (from {@code knowledge/demo.json}), written through the same
 * use cases as a person would: by each owner's focal point, submitted, published by the
 * secretariat, and marked «we face this too» by other municipalities. Created once.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "diktyo.demo.enabled", havingValue = "true")
class DemoKnowledge implements ApplicationRunner {

    static final Viewer SECRETARIAT = new Viewer("secretariat@diktyo.example", "demo", "SECRETARIAT", null);
    private static final Logger LOG = LoggerFactory.getLogger(DemoKnowledge.class);

    record DemoEntry(EntryKind kind, String owner, EntryState state, Visibility visibility, EntryStatus status,
            LocalDate periodStart, LocalDate periodEnd, String titleEl, String titleEn, String summaryEl, String summaryEn,
            String bodyEl, String bodyEn, List<String> themes, List<String> targetGroups, List<String> shared, EntryDetails details) {
    }

    record Demo(List<DemoEntry> entries) {
    }

    private final EntryStore store;
    private final WriteEntries write;
    private final ReviewEntries review;
    private final ShareChallenges share;
    private final Registry registry;
    private final JsonMapper json;

    DemoKnowledge(EntryStore store, WriteEntries write, ReviewEntries review, ShareChallenges share, Registry registry,
            JsonMapper json) {
        this.store = store;
        this.write = write;
        this.review = review;
        this.share = share;
        this.registry = registry;
        this.json = json;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (store.count() > 0) {
            return;
        }
        for (DemoEntry d : read().entries()) {
            if (!registry.exists(d.owner())) {
                LOG.warn("Demo entry of an unknown municipality skipped: {}", d.owner());
                continue;
            }
            Entry e = ActingAs.run(focalPoint(d.owner()), () -> {
                Entry created = write.create(new EntryInput(d.kind(), d.owner(), d.titleEl(), d.titleEn(), d.summaryEl(),
                        d.summaryEn(), d.bodyEl(), d.bodyEn(), d.themes(), d.targetGroups(), d.periodStart(), d.periodEnd(),
                        d.status(), d.visibility(), null, d.details()));
                return d.state() == EntryState.DRAFT ? created : write.submit(created.id());
            });
            if (d.state() == EntryState.PUBLISHED || d.state() == EntryState.ARCHIVED) {
                ActingAs.run(SECRETARIAT, () -> review.publish(e.id()));
            }
            for (String m : d.shared() == null ? List.<String>of() : d.shared()) {
                if (registry.exists(m)) {
                    ActingAs.run(focalPoint(m), () -> share.share(e.id(), m, null));
                }
            }
        }
    }

    static Viewer focalPoint(String municipality) {
        return new Viewer(municipality + "@diktyo.example", municipality, "FOCAL_POINT", municipality);
    }

    private Demo read() {
        try (InputStream in = new ClassPathResource("knowledge/demo.json").getInputStream()) {
            return json.readValue(in, Demo.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
