package org.diktyo.memorandum.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.diktyo.drafting.Amendment;
import org.diktyo.drafting.AmendmentKind;
import org.diktyo.drafting.Clause;
import org.diktyo.drafting.ClauseKind;
import org.diktyo.drafting.Drafts;
import org.diktyo.drafting.Proposal;
import org.diktyo.drafting.Stance;
import org.diktyo.language.Bilingual;
import org.diktyo.platform.ActingAs;
import org.diktyo.platform.Viewer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's memorandum (from {@code memorandum/demo.json}): version 1 of 2018 in force, and the
 * revision of 2024 in consultation with an amendment of Athens (submitted; Thessaloniki supports,
 * Heraklion objects) and one of Thessaloniki (a draft). Written through the same use cases as a
 * person would, acting as the secretariat or as each municipality's focal point. Created once.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "diktyo.demo.enabled", havingValue = "true")
class DemoMemorandum implements ApplicationRunner {

    static final Viewer SECRETARIAT = new Viewer("secretariat@diktyo.example", "demo", "SECRETARIAT", null);

    record DemoClause(String key, ClauseKind kind, String numberEl, String numberEn, String headingEl, String headingEn,
            String textEl, String textEn, String axisCode) {
        Clause clause() {
            return new Clause(key, kind, Bilingual.of(numberEl, numberEn), Bilingual.of(headingEl, headingEn),
                    Bilingual.of(textEl, textEn), axisCode);
        }
    }

    record DemoStance(String municipality, Stance stance, String reason) {
    }

    /** A comment by a municipality's focal point, the {@code partner} or the {@code secretariat}; on a clause when {@code clause} is given. */
    record DemoComment(String clause, String by, String body) {
        Viewer viewer() {
            return switch (by) {
                case "secretariat" -> SECRETARIAT;
                case "partner" -> new Viewer("partner@diktyo.example", "demo", "PARTNER", null);
                default -> focalPoint(by);
            };
        }
    }

    record DemoAmendment(String municipality, AmendmentKind kind, String clause, boolean submit, String headingEl,
            String headingEn, String textEl, String textEn, String justification, List<DemoStance> stances,
            List<DemoComment> comments) {
    }

    record DemoVersion(String labelEl, String labelEn, String changelogEl, String changelogEn, LocalDate inForceFrom,
            Integer consultationDays, List<DemoClause> clauses, List<DemoAmendment> amendments,
            List<DemoComment> clauseComments) {
    }

    record Demo(DemoVersion first, DemoVersion renewal) {
    }

    private final VersionStore versions;
    private final PlanVersions plan;
    private final Drafts drafts;
    private final JsonMapper json;
    private final Clock clock;

    DemoMemorandum(VersionStore versions, PlanVersions plan, Drafts drafts, JsonMapper json, Clock clock) {
        this.versions = versions;
        this.plan = plan;
        this.drafts = drafts;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!versions.all().isEmpty()) {
            return;
        }
        Demo demo = read();
        DemoVersion first = demo.first();
        MemorandumVersion renewal = ActingAs.run(SECRETARIAT, () -> {
            plan.establish(Bilingual.of(first.labelEl(), first.labelEn()),
                    Bilingual.of(first.changelogEl(), first.changelogEn()),
                    first.clauses().stream().map(DemoClause::clause).toList(), first.inForceFrom());
            DemoVersion next = demo.renewal();
            MemorandumVersion v = plan.draftNext(Bilingual.of(next.labelEl(), next.labelEn()),
                    Bilingual.of(next.changelogEl(), next.changelogEn()));
            drafts.rewrite(v.textId(), next.clauses().stream().map(DemoClause::clause).toList());
            return plan.openConsultation(v.number(),
                    LocalDate.now(clock.withZone(PlanVersions.ATHENS)).plusDays(next.consultationDays()));
        });
        for (DemoAmendment a : demo.renewal().amendments()) {
            amend(renewal.textId(), a);
        }
        for (DemoComment c : demo.renewal().clauseComments() == null ? List.<DemoComment>of() : demo.renewal().clauseComments()) {
            ActingAs.run(c.viewer(), () -> drafts.commentOnClause(renewal.textId(), c.clause(), c.body()));
        }
    }

    private void amend(String textId, DemoAmendment a) {
        Clause clause = drafts.clauses(textId).stream().filter(c -> c.key().equals(a.clause())).findFirst().orElseThrow();
        Amendment amendment = ActingAs.run(focalPoint(a.municipality()), () -> {
            Amendment proposed = drafts.propose(textId, new Proposal(a.municipality(), a.kind(), a.clause(),
                    clause.revision(), a.headingEl() == null ? clause.heading() : Bilingual.of(a.headingEl(), a.headingEn()),
                    Bilingual.of(a.textEl(), a.textEn()), a.justification(), List.of()));
            return a.submit() ? drafts.submit(proposed.id()) : proposed;
        });
        for (DemoStance s : a.stances() == null ? List.<DemoStance>of() : a.stances()) {
            ActingAs.run(focalPoint(s.municipality()),
                    () -> drafts.stance(amendment.id(), s.municipality(), s.stance(), s.reason()));
        }
        for (DemoComment c : a.comments() == null ? List.<DemoComment>of() : a.comments()) {
            ActingAs.run(c.viewer(), () -> drafts.commentOnAmendment(amendment.id(), c.body()));
        }
    }

    private static Viewer focalPoint(String municipality) {
        return new Viewer(municipality + "@diktyo.example", municipality, "FOCAL_POINT", municipality);
    }

    private Demo read() {
        try (InputStream in = new ClassPathResource("memorandum/demo.json").getInputStream()) {
            return json.readValue(in, Demo.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
