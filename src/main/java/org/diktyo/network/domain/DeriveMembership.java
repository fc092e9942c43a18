package org.diktyo.network.domain;

import org.diktyo.language.Athens;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.diktyo.network.MembershipChanged;
import org.diktyo.network.MembershipStanding;
import org.diktyo.network.MembershipStatus;
import org.diktyo.platform.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of {@code municipality.status}: reads a municipality's evidence (its row
 * locked), derives its status ({@link MembershipRules}) and, when it changes, writes it, a
 * {@code membership_change} with the reason and the evidence, and publishes
 * {@link MembershipChanged}; a municipality that becomes a member by a verified adoption has its
 * open accession case closed as ADMITTED. Runs in the caller's transaction.
 */
@Service
public class DeriveMembership {

    static final ZoneId ATHENS = Athens.ZONE;
    static final Locale GREEK = Locale.forLanguageTag("el");

    /** Why a derivation runs: the reason written with a change (null: the rule's own words), the evidence, who. */
    public record Cause(String reason, String evidence, String actor, LocalDate effectiveOn) {

        public static Cause rule(String actor) {
            return new Cause(null, null, actor, null);
        }
    }

    /** The standing after the derivation, and the change written (null if the status stayed). */
    public record Outcome(MembershipStanding standing, MembershipChange change) {
    }

    private final MembershipStore store;
    private final AccessionStore cases;
    private final AccessionTimeline timeline;
    private final MembershipChanges changes;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    DeriveMembership(MembershipStore store, AccessionStore cases, AccessionTimeline timeline, MembershipChanges changes,
            ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.timeline = timeline;
        this.changes = changes;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ATHENS));
    }

    @Transactional
    public Outcome apply(String municipalityId, Cause cause) {
        MembershipStore.Row row = store.lock(municipalityId).orElseThrow(Problem::notFound);
        LocalDate today = today();
        MembershipRules.Derived d = MembershipRules.derive(facts(row), today);
        MembershipChange change = null;
        if (d.status() != row.status()) {
            store.status(municipalityId, d.status(), d.flag());
            LocalDate effective = cause.effectiveOn() != null ? cause.effectiveOn() : today;
            if (d.status() == MembershipStatus.MEMBER) {
                store.joined(municipalityId, effective);
            }
            String el = cause.reason() != null ? cause.reason() : words("network.membership.rule." + d.rule(), GREEK);
            String en = cause.reason() != null ? null : words("network.membership.rule." + d.rule(), Locale.ENGLISH);
            change = changes.save(new MembershipChange(municipalityId, row.status(), d.status(), effective, el, en,
                    cause.actor(), Instant.now(clock)).withEvidence(cause.evidence()));
            events.publishEvent(new MembershipChanged(municipalityId, row.status(), d.status(), effective,
                    cause.reason() != null ? cause.reason() : "network.membership.rule." + d.rule()));
            if (d.status() == MembershipStatus.MEMBER && d.rule().endsWith("ADOPTION")) {
                cases.openFor(municipalityId).ifPresent(c -> timeline.stage(c, AccessionStage.ADMITTED, effective,
                        cause.evidence(), cause.actor()));
            }
        } else if (!java.util.Objects.equals(d.flag(), row.flag())) {
            store.flag(municipalityId, d.flag());
        }
        return new Outcome(standing(municipalityId, d, row), change);
    }

    /** Every municipality that evidence, an override or a member's status may move, derived again (the daily job). */
    @Transactional
    public int all(String actor) {
        int changed = 0;
        for (String id : store.withEvidence()) {
            if (apply(id, Cause.rule(actor)).change() != null) {
                changed++;
            }
        }
        return changed;
    }

    @Transactional(readOnly = true)
    public MembershipStanding standing(String municipalityId) {
        MembershipStore.Row row = store.read(municipalityId).orElseThrow(Problem::notFound);
        return standing(municipalityId, MembershipRules.derive(facts(row), today()), row);
    }

    private MembershipStanding standing(String municipalityId, MembershipRules.Derived d, MembershipStore.Row row) {
        return new MembershipStanding(municipalityId, d.status(), d.rule(), d.flag(), row.overrideStatus(),
                row.overrideReason(), row.overrideUntil());
    }

    private MembershipRules.Facts facts(MembershipStore.Row row) {
        List<MembershipRules.Evidence> evidence = store.evidence(row.id()).stream()
                .map(e -> new MembershipRules.Evidence("ADOPTION".equals(e.kind()), e.version(), e.id())).toList();
        MembershipStore.InForce inForce = store.inForce().orElse(null);
        Integer version = inForce == null ? null
                : inForce.from().isAfter(today()) ? Integer.valueOf(inForce.version() - 1) : Integer.valueOf(inForce.version());
        AccessionStage stage = cases.openFor(row.id()).map(AccessionCase::effectiveStage).orElse(null);
        return new MembershipRules.Facts(row.status(), row.overrideStatus(), row.overrideUntil(), evidence, version,
                inForce == null ? null : inForce.readoptionDeadline(), stage);
    }

    private String words(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
