package org.diktyo.invitations.checkin;

import java.util.Locale;

import org.diktyo.invitations.Texts;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The phone-friendly check-in pages: search a meeting's confirmed delegates (a scanned code's
 * URL or the code itself goes straight to its delegate), and mark one present.
 */
@Controller
class CheckInPages {

    static final String LIST = "invitations/checkin";
    static final String ONE = "invitations/checkinDelegate";

    private final CheckIn checkIn;
    private final MeetingFacts meetings;

    CheckInPages(CheckIn checkIn, MeetingFacts meetings) {
        this.checkIn = checkIn;
        this.meetings = meetings;
    }

    @GetMapping("/admin/check-in/meetings/{meetingId}")
    String search(@PathVariable String meetingId, @RequestParam(required = false) String q, Model model, Locale locale) {
        String code = CheckIn.code(q);
        if (code != null) {
            return "redirect:/admin/check-in/" + code;
        }
        MeetingFacts.MeetingInfo meeting = meetings.meeting(meetingId).orElseThrow(Problem::notFound);
        model.addAttribute("view", new CheckInViews.SearchPage(meeting, q == null ? "" : q, checkIn.search(meetingId, q),
                checkIn.present(meetingId), new Texts(locale)));
        return LIST;
    }

    @GetMapping("/admin/check-in/{code}")
    String delegate(@PathVariable String code, Model model, Locale locale) {
        CheckIn.Attendee a = checkIn.byCode(code);
        model.addAttribute("view", new CheckInViews.DelegatePage(a, meetings.meeting(a.meetingId()).orElseThrow(), code,
                checkIn.present(a.meetingId()), new Texts(locale)));
        return ONE;
    }

    @PostMapping("/admin/check-in/{code}")
    String mark(@PathVariable String code, @RequestParam(required = false) String back, RedirectAttributes redirect) {
        CheckIn.Attendee a = checkIn.byCode(code);
        checkIn.checkIn(code);
        Notices.confirm(redirect, "invitations.checkin.done");
        return "search".equals(back) ? "redirect:/admin/check-in/meetings/" + a.meetingId() : "redirect:/admin/check-in/" + code;
    }
}
