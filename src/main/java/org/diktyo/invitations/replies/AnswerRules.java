package org.diktyo.invitations.replies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.diktyo.invitations.Campaign;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Problem.FieldProblem;
import org.springframework.http.HttpStatus;

/** What an answer must be: every part offered answered, the delegates within the quota and well formed. */
final class AnswerRules {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private AnswerRules() {
    }

    /** Refuses (400) an answer that does not answer every part offered, or names its delegates wrongly. */
    static void check(Campaign c, ReplyInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> offered = Set.copyOf(c.partIds());
        boolean attendsAny = false;
        for (Map.Entry<String, String> e : input.parts().entrySet()) {
            if (!offered.contains(e.getKey()) || !Attendance.known(e.getValue())) {
                problems.add(new FieldProblem("parts", "invitations.reply.part.invalid"));
                break;
            }
            attendsAny |= Attendance.attends(e.getValue());
        }
        if (input.parts().size() < offered.size()) {
            problems.add(new FieldProblem("parts", "invitations.reply.part.required"));
        }
        if (input.delegates().size() > c.quota()) {
            throw new Problem(HttpStatus.BAD_REQUEST, "invitations.reply.overQuota",
                    List.of(new FieldProblem("delegates", "invitations.reply.delegates.overQuota")), c.quota());
        }
        if (attendsAny && input.delegates().isEmpty()) {
            problems.add(new FieldProblem("delegates", "invitations.reply.delegates.required"));
        }
        for (int i = 0; i < input.delegates().size(); i++) {
            ReplyInput.Delegate d = input.delegates().get(i);
            if (d.fullName() == null || d.fullName().isBlank() || d.fullName().length() > 200) {
                problems.add(new FieldProblem("delegates[" + i + "].fullName", "invitations.reply.delegate.name"));
            }
            if (d.email() != null && !d.email().isBlank() && (d.email().length() > 254 || !EMAIL.matcher(d.email().trim()).matches())) {
                problems.add(new FieldProblem("delegates[" + i + "].email", "invitations.reply.delegate.email"));
            }
            if (length(d.roleTitle()) > 200 || length(d.phone()) > 40 || length(d.needs()) > 1000) {
                problems.add(new FieldProblem("delegates[" + i + "].needs", "invitations.reply.delegate.tooLong"));
            }
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
