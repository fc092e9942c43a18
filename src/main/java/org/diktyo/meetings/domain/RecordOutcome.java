package org.diktyo.meetings.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.diktyo.followups.FollowUp;
import org.diktyo.followups.FollowUpForm;
import org.diktyo.followups.FollowUps;
import org.diktyo.platform.Checks;
import org.diktyo.platform.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** After the meeting: minutes, number present, decisions, follow-up actions (kept by {@code followups}). */
@Service
public class RecordOutcome {

    /** Minutes, number present and decisions (one per line in the form). */
    public record OutcomeForm(
            @Size(max = 20000, message = "meetings.field.tooLong") String minutesEl,
            @Size(max = 20000, message = "meetings.field.tooLong") String minutesEn,
            @Min(value = 0, message = "meetings.outcome.present.negative") Integer numberPresent,
            List<@Size(max = 2000, message = "meetings.field.tooLong") String> decisionsEl,
            List<@Size(max = 2000, message = "meetings.field.tooLong") String> decisionsEn) {
    }

    private final Meetings meetings;
    private final Decisions decisions;
    private final FollowUps followUps;

    /** The kind of subject of a meeting's follow-up actions. */
    static final String MEETING = "MEETING";
    private final MeetingAccess access;
    private final Validator validator;

    RecordOutcome(Meetings meetings, Decisions decisions, FollowUps followUps, MeetingAccess access, Validator validator) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.followUps = followUps;
        this.access = access;
        this.validator = validator;
    }

    @Transactional
    public void record(String meetingId, OutcomeForm form) {
        Meeting meeting = access.editable(meetingId);
        Checks.validate(validator, form);
        meeting.outcome(form.minutesEl(), form.minutesEn(), form.numberPresent());
        decisions.deleteByMeeting(meetingId);
        decisions.flush();
        List<String> el = clean(form.decisionsEl());
        List<String> en = clean(form.decisionsEn());
        for (int i = 0; i < el.size(); i++) {
            decisions.save(new Decision(meetingId, i + 1, el.get(i), i < en.size() ? en.get(i) : el.get(i)));
        }
    }

    @Transactional(readOnly = true)
    public List<Decision> decisions(String meetingId) {
        access.visible(meetingId);
        return decisions.findByMeetingIdOrderByPosition(meetingId);
    }

    /** The follow-up actions, for signed-in users only (they name who does what): 401 for the public. */
    @Transactional(readOnly = true)
    public List<FollowUp> followUps(String meetingId) {
        access.visibleToNetwork(meetingId);
        return followUps.of(MEETING, meetingId);
    }

    /** The follow-up actions for a page: none for the public, who are not shown them. */
    @Transactional(readOnly = true)
    public List<FollowUp> followUpsIfSignedIn(String meetingId) {
        return access.signedIn() ? followUps(meetingId) : List.of();
    }

    /** What is wrong with a follow-up action as entered (nothing is saved). */
    public List<Problem.FieldProblem> problems(FollowUpForm form) {
        return followUps.problems(form);
    }

    /** Marks a follow-up action done, or not done again. */
    @Transactional
    public FollowUp markDone(String meetingId, String followUpId, boolean done) {
        access.editable(meetingId);
        return followUps.markDone(MEETING, meetingId, followUpId, done);
    }

    @Transactional
    public FollowUp addFollowUp(String meetingId, FollowUpForm form) {
        access.editable(meetingId);
        return followUps.add(MEETING, meetingId, form);
    }

    @Transactional
    public FollowUp updateFollowUp(String meetingId, String followUpId, FollowUpForm form) {
        access.editable(meetingId);
        return followUps.update(MEETING, meetingId, followUpId, form);
    }

    private static List<String> clean(List<String> lines) {
        List<String> result = new ArrayList<>();
        if (lines != null) {
            lines.stream().filter(l -> l != null && !l.isBlank()).map(String::trim).forEach(result::add);
        }
        return result;
    }
}
