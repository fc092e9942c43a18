package org.diktyo.memorandum.domain;

import org.diktyo.language.Athens;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.diktyo.drafting.Clause;
import org.diktyo.drafting.Drafts;
import org.diktyo.language.Bilingual;
import org.diktyo.network.Addressees;
import org.diktyo.network.MembershipStatus;
import org.diktyo.platform.PlausibleDates;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's work on versions: the next version drafted from the latest, its consultation
 * opened to members and candidates and closed, the text frozen, the version adopted (in force from
 * a date; the one before it is then superseded) or abandoned. One open version at a time.
 */
@Service
public class PlanVersions {

    static final String OWNER = "MEMORANDUM_VERSION";
    static final ZoneId ATHENS = Athens.ZONE;

    private final VersionStore versions;
    private final Drafts drafts;
    private final Addressees addressees;
    private final ViewerResolver viewers;
    private final Clock clock;
    private final org.diktyo.network.Membership membership;
    private final BringIntoForce inForce;
    private final CommitteeDecisions committee;

    PlanVersions(VersionStore versions, Drafts drafts, Addressees addressees, ViewerResolver viewers, Clock clock,
            org.diktyo.network.Membership membership, BringIntoForce inForce, CommitteeDecisions committee) {
        this.committee = committee;
        this.membership = membership;
        this.inForce = inForce;
        this.versions = versions;
        this.drafts = drafts;
        this.addressees = addressees;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** The first version, already in force (the founding text); refused once any version exists. */
    @Transactional
    public MemorandumVersion establish(Bilingual label, Bilingual changelog, List<Clause> clauses, LocalDate inForceFrom) {
        secretariat();
        if (!versions.all().isEmpty()) {
            throw new Problem(HttpStatus.CONFLICT, "memorandum.version.exists");
        }
        String textId = drafts.create(OWNER, "1", clauses);
        String hash = drafts.freeze(textId);
        versions.insert(new MemorandumVersion(1, label, VersionState.IN_FORCE, null, textId, inForceFrom, changelog, null,
                hash, 0));
        membership.memorandumInForce(1, inForceFrom, null);
        return versions.get(1);
    }

    /** Version N+1 with the clauses (and keys) of the latest version that was not abandoned. */
    @Transactional
    public MemorandumVersion draftNext(Bilingual label, Bilingual changelog) {
        secretariat();
        checkLabel(label, changelog);
        label = Bilingual.of(label.el().strip(), label.en() == null ? "" : label.en().strip());
        changelog = Bilingual.of(changelog.el() == null ? "" : changelog.el(), changelog.en() == null ? "" : changelog.en());
        List<MemorandumVersion> all = versions.all();
        if (all.stream().anyMatch(v -> v.state().open())) {
            throw new Problem(HttpStatus.CONFLICT, "memorandum.version.openExists");
        }
        MemorandumVersion base = all.stream().filter(v -> v.state() != VersionState.ABANDONED).findFirst()
                .orElseThrow(() -> new Problem(HttpStatus.CONFLICT, "memorandum.version.none"));
        int number = all.get(0).number() + 1;
        String textId = drafts.copy(base.textId(), OWNER, String.valueOf(number));
        versions.insert(new MemorandumVersion(number, label, VersionState.DRAFT, base.number(), textId, null,
                changelog, null, null, 0));
        return versions.get(number);
    }

    /** Open to amendments by members and candidates until the end of {@code closesOn} (Athens). */
    @Transactional
    public MemorandumVersion openConsultation(int number, LocalDate closesOn) {
        secretariat();
        requireDate("closesOn", closesOn);
        if (closesOn.isBefore(LocalDate.now(clock.withZone(ATHENS)))) {
            throw Problem.invalid(List.of(new Problem.FieldProblem("closesOn", "memorandum.closesOn.past")));
        }
        Instant closes = closesOn.plusDays(1).atStartOfDay(ATHENS).toInstant();
        MemorandumVersion v = inState(number, VersionState.DRAFT);
        Set<String> eligible = new HashSet<>();
        addressees.find(MembershipStatus.MEMBER, null).forEach(a -> eligible.add(a.municipalityId()));
        addressees.find(MembershipStatus.CANDIDATE, null).forEach(a -> eligible.add(a.municipalityId()));
        drafts.openConsultation(v.textId(), closes, eligible);
        versions.update(v, VersionState.CONSULTATION, null, null);
        return versions.get(number);
    }

    @Transactional
    public MemorandumVersion closeConsultation(int number) {
        secretariat();
        drafts.closeConsultation(inState(number, VersionState.CONSULTATION).textId());
        return versions.get(number);
    }

    /** Merges the accepted amendments and fixes the hash; refused while an amendment waits for a decision. */
    @Transactional
    public MemorandumVersion freeze(int number) {
        secretariat();
        MemorandumVersion v = versions.get(number);
        if (v.state() != VersionState.DRAFT && v.state() != VersionState.CONSULTATION) {
            throw new Problem(HttpStatus.CONFLICT, "memorandum.version.state", v.state().name());
        }
        String hash = drafts.freeze(v.textId());
        versions.update(v, VersionState.FROZEN, null, hash);
        return versions.get(number);
    }

    /**
     * Adopted by the Committee of Mayors; in force from {@code inForceFrom}, today or later (a later
     * date is applied by {@link BringIntoForce}'s job on that day).
     */
    @Transactional
    public MemorandumVersion adopt(int number, LocalDate inForceFrom) {
        return adopt(number, inForceFrom, null, null);
    }

    /** As {@link #adopt(int, LocalDate)}, citing the decision {@code decision} of the meeting {@code meetingId}. */
    @Transactional
    public MemorandumVersion adopt(int number, LocalDate inForceFrom, String meetingId, Integer decision) {
        secretariat();
        requireDate("inForceFrom", inForceFrom);
        committee.check(meetingId, decision);
        MemorandumVersion v = inState(number, VersionState.FROZEN);
        LocalDate today = LocalDate.now(clock.withZone(ATHENS));
        if (inForceFrom.isBefore(today)) {
            throw Problem.invalid(List.of(new Problem.FieldProblem("inForceFrom", "memorandum.inForceFrom.past")));
        }
        committee.record(number, meetingId, decision);
        inForce.on(versions.get(number), inForceFrom, today);
        return versions.get(number);
    }

    @Transactional
    public MemorandumVersion abandon(int number) {
        secretariat();
        MemorandumVersion v = versions.get(number);
        if (v.state() != VersionState.DRAFT && v.state() != VersionState.CONSULTATION && v.state() != VersionState.FROZEN) {
            throw new Problem(HttpStatus.CONFLICT, "memorandum.version.state", v.state().name());
        }
        if (v.state() == VersionState.CONSULTATION && drafts.text(v.textId()).openAt(clock.instant())) {
            drafts.closeConsultation(v.textId());
        }
        versions.update(v, VersionState.ABANDONED, null, v.textHash());
        return versions.get(number);
    }

    private static void requireDate(String field, LocalDate date) {
        if (date == null) {
            throw Problem.invalid(List.of(new Problem.FieldProblem(field, "platform.error.required")));
        }
        PlausibleDates.require(field, date);
    }

    private static void checkLabel(Bilingual label, Bilingual changelog) {
        List<Problem.FieldProblem> problems = new java.util.ArrayList<>();
        if (label.el() == null || label.el().isBlank()) {
            problems.add(new Problem.FieldProblem("labelEl", "platform.error.required"));
        }
        tooLong(problems, "labelEl", label.el(), 200);
        tooLong(problems, "labelEn", label.en(), 200);
        tooLong(problems, "changelogEl", changelog.el(), 5000);
        tooLong(problems, "changelogEn", changelog.en(), 5000);
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
    }

    private static void tooLong(List<Problem.FieldProblem> problems, String field, String text, int max) {
        if (text != null && text.length() > max) {
            problems.add(new Problem.FieldProblem(field, "memorandum.field.tooLong"));
        }
    }

    private MemorandumVersion inState(int number, VersionState state) {
        MemorandumVersion v = versions.get(number);
        if (v.state() != state) {
            throw new Problem(HttpStatus.CONFLICT, "memorandum.version.state", v.state().name());
        }
        return v;
    }

    private void secretariat() {
        var viewer = viewers.current();
        if (!viewer.signedIn()) {
            throw Problem.unauthorized();
        }
        if (!viewer.secretariat()) {
            throw Problem.forbidden();
        }
    }
}
