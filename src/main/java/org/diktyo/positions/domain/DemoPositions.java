package org.diktyo.positions.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.diktyo.language.Bilingual;
import org.diktyo.network.Addressees;
import org.diktyo.network.MembershipStatus;
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
 * The demo's positions (from {@code positions/demo.json}): one sent in June 2024 with the
 * signatures of most members and an answer with two follow-up actions, one open for signature
 * (Thessaloniki has signed, Athens not yet; a partner has endorsed it), one in consultation.
 * Drafted through the use cases as the secretariat; the signatures and the
 * sending are written as they would stand afterwards, without queuing mail or jobs. Created once.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "diktyo.demo.enabled", havingValue = "true")
class DemoPositions implements ApplicationRunner {

    static final Viewer SECRETARIAT = new Viewer("secretariat@diktyo.example", "demo", "SECRETARIAT", null);
    static final Viewer PARTNER = new Viewer("partner@diktyo.example", "demo", "PARTNER", null);

    record DemoClause(String headingEl, String headingEn, String textEl, String textEn) {
    }

    record DemoAddressee(String body, AddresseeRole role, String email, String postalAddress) {
    }

    record DemoResponse(LocalDate receivedOn, String fromBody, String protocolNo, String summaryEl, String summaryEn,
            List<org.diktyo.followups.FollowUpForm> followUps) {
    }

    /** {@code stage}: SENT, OPEN or CONSULTATION; {@code signers}: how many members signed, or the ids. */
    record DemoPosition(String stage, String titleEl, String titleEn, String subjectEl, String subjectEn,
            List<DemoClause> clauses, List<DemoAddressee> addressees, Integer signers, List<String> signedBy,
            String protocolNo, LocalDate closesOn, LocalDate sentOn, Integer days, DemoResponse response,
            Boolean partnersMayEndorse) {
    }

    private final PositionStore positions;
    private final SignatureStore signatures;
    private final DraftPositions draft;
    private final SignPosition sign;
    private final Eligibility eligibility;
    private final Addressees addressees;
    private final org.diktyo.jobs.Jobs jobs;
    private final RecordResponse responses;
    private final TrackFollowUps followUps;
    private final EndorsePosition endorse;
    private final org.diktyo.network.Registry registry;
    private final JsonMapper json;
    private final Clock clock;

    DemoPositions(PositionStore positions, SignatureStore signatures, DraftPositions draft, SignPosition sign,
            Eligibility eligibility, Addressees addressees, org.diktyo.jobs.Jobs jobs, RecordResponse responses,
            TrackFollowUps followUps, EndorsePosition endorse, org.diktyo.network.Registry registry, JsonMapper json,
            Clock clock) {
        this.followUps = followUps;
        this.endorse = endorse;
        this.registry = registry;
        this.jobs = jobs;
        this.responses = responses;
        this.positions = positions;
        this.signatures = signatures;
        this.draft = draft;
        this.sign = sign;
        this.eligibility = eligibility;
        this.addressees = addressees;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!positions.all().isEmpty()) {
            return;
        }
        for (DemoPosition d : read()) {
            ActingAs.run(SECRETARIAT, () -> {
                write(d);
                return null;
            });
        }
    }

    private void write(DemoPosition d) {
        Position p = draft.create(new DraftPositions.Draft(Bilingual.of(d.titleEl(), d.titleEn()),
                Bilingual.of(d.subjectEl(), d.subjectEn()), d.clauses().stream().map(c -> new DraftPositions.ClauseDraft(
                        Bilingual.of(c.headingEl(), c.headingEn()), Bilingual.of(c.textEl(), c.textEn()))).toList(),
                OpenTo.MEMBERS, SignatoryOrder.COLLATION, List.of(), List.of(), Boolean.TRUE.equals(d.partnersMayEndorse())));
        draft.addressees(p.id(), d.addressees().stream().map(a -> new Addressee(a.body(), a.role(), a.email(),
                a.postalAddress())).toList());
        LocalDate today = LocalDate.now(clock.withZone(DraftPositions.ATHENS));
        if ("CONSULTATION".equals(d.stage())) {
            draft.openConsultation(p.id(), today.plusDays(d.days()));
            return;
        }
        Position frozen = draft.freeze(p.id());
        LocalDate closesOn = "SENT".equals(d.stage()) ? d.closesOn() : today.plusDays(d.days());
        Instant closes = closesOn.plusDays(1).atStartOfDay(DraftPositions.ATHENS).toInstant();
        Instant opened = closesOn.minusDays(21).atStartOfDay(DraftPositions.ATHENS).toInstant();
        List<String> signers = d.signedBy() != null ? d.signedBy()
                : addressees.find(MembershipStatus.MEMBER, null).stream().map(Addressees.Addressee::municipalityId)
                        .filter(m -> addressees.one(m).map(a -> a.mayor() != null).orElse(false))
                        .limit(d.signers()).toList();
        int i = 0;
        for (String m : signers) {
            Instant at = "SENT".equals(d.stage()) ? opened.plusSeconds(3_600L * 20 * ++i) : clock.instant();
            signatures.insert(sign.signature(p.id(), m, frozen.textHash(), "ONLINE_ATTESTED", m + "@diktyo.example", at));
        }
        boolean sent = "SENT".equals(d.stage());
        if (!sent) {
            jobs.schedule(OpenSignature.CLOSE + ":" + p.id(), OpenSignature.CLOSE, p.id(), closes);
        }
        positions.update(new Position(p.id(), frozen.title(), frozen.subject(), frozen.textId(),
                sent ? PositionState.SENT : PositionState.OPEN_FOR_SIGNATURE, frozen.openTo(), frozen.signatoryOrder(),
                frozen.relatedAxes(), frozen.relatedEntries(), null, opened, closes, closesOn, eligibility.half(),
                frozen.textHash(), sent ? d.protocolNo() : null, sent ? d.sentOn() : null, null, frozen.createdAt(),
                frozen.version(), frozen.partnersMayEndorse()));
        if (!sent && frozen.partnersMayEndorse() && !registry.partners().isEmpty()) {
            ActingAs.run(PARTNER, () -> endorse.endorse(p.id(), registry.partners().get(0).id()));
        }
        if (d.response() != null) {
            DemoResponse r = d.response();
            PositionResponse answer = responses.record(p.id(), r.receivedOn(), r.fromBody(), r.protocolNo(),
                    Bilingual.of(r.summaryEl(), r.summaryEn()), true);
            if (r.followUps() != null) {
                r.followUps().forEach(f -> followUps.add(p.id(), answer.id(), f));
            }
        }
    }

    private List<DemoPosition> read() {
        try (InputStream in = new ClassPathResource("positions/demo.json").getInputStream()) {
            return List.of(json.readValue(in, DemoPosition[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
