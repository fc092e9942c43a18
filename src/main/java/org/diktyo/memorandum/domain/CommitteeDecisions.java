package org.diktyo.memorandum.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.diktyo.language.Bilingual;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.meetings.MeetingKind;
import org.diktyo.platform.Problem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The decision of the Committee of Mayors that adopted a version: a decision recorded in
 * {@code meetings}, named by the meeting and its position (from 1), read through
 * {@link MeetingFacts#decisions}. Optional; when given, it must be a decision of a meeting of the
 * Committee of Mayors that exists, or the adoption is refused with the field named.
 */
@Component
public class CommitteeDecisions {

    /** A decision cited by the memorandum: the meeting's title, the decision's number and text, and where to read it. */
    public record Cited(String meetingId, int position, Bilingual meetingTitle, Bilingual text) {
        public String url() {
            return "/meetings/" + meetingId + "#decision-" + position;
        }
    }

    private final MeetingFacts meetings;
    private final JdbcTemplate jdbc;

    CommitteeDecisions(MeetingFacts meetings, JdbcTemplate jdbc) {
        this.meetings = meetings;
        this.jdbc = jdbc;
    }

    /** Refuses a reference that is half given, unknown, or not of the Committee of Mayors. */
    void check(String meetingId, Integer position) {
        boolean meeting = meetingId != null && !meetingId.isBlank();
        if (!meeting && position == null) {
            return;
        }
        List<Problem.FieldProblem> problems = new ArrayList<>();
        if (!meeting) {
            problems.add(new Problem.FieldProblem("meetingId", "memorandum.committee.meetingRequired"));
        } else if (position == null) {
            problems.add(new Problem.FieldProblem("decision", "memorandum.committee.decisionRequired"));
        } else {
            List<MeetingFacts.DecisionInfo> decisions = meetings.decisions(meetingId.strip());
            if (decisions.isEmpty()) {
                problems.add(new Problem.FieldProblem("meetingId", "memorandum.committee.unknown"));
            } else if (decisions.get(0).kind() != MeetingKind.COMMITTEE_OF_MAYORS) {
                problems.add(new Problem.FieldProblem("meetingId", "memorandum.committee.notCommittee"));
            } else if (decisions.stream().noneMatch(d -> d.position() == position)) {
                problems.add(new Problem.FieldProblem("decision", "memorandum.committee.noDecision"));
            }
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
    }

    void record(int version, String meetingId, Integer position) {
        if (meetingId != null && !meetingId.isBlank() && position != null) {
            jdbc.update("update memorandum_version set adopted_meeting_id = ?, adopted_decision = ? where number = ?",
                    meetingId.strip(), position, version);
        }
    }

    /** The decision that adopted version {@code number}, if one was cited. */
    public Optional<Cited> of(int number) {
        return jdbc.query("select adopted_meeting_id, adopted_decision from memorandum_version where number = ?"
                + " and adopted_meeting_id is not null", (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, number)
                .stream().findFirst().flatMap(r -> cited(r[0], Integer.parseInt(r[1])));
    }

    /** Every decision of the Committee of Mayors, the newest meeting first: what an amendment's decision may cite. */
    public List<Cited> all() {
        java.util.Map<String, Bilingual> titles = new java.util.HashMap<>();
        return meetings.decisionsOf(MeetingKind.COMMITTEE_OF_MAYORS).stream().map(d -> new Cited(d.meetingId(),
                d.position(), titles.computeIfAbsent(d.meetingId(), id -> meetings.meeting(id)
                        .map(MeetingFacts.MeetingInfo::title).orElse(Bilingual.NONE)), d.text())).toList();
    }

    private Optional<Cited> cited(String meetingId, int position) {
        Bilingual title = meetings.meeting(meetingId).map(MeetingFacts.MeetingInfo::title).orElse(null);
        return meetings.decisions(meetingId).stream().filter(d -> d.position() == position).findFirst()
                .map(d -> new Cited(meetingId, position, title, d.text()));
    }
}
