package org.diktyo.invitations.checkin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.accounts.AuditTrail;
import org.diktyo.documents.Attendance;
import org.diktyo.invitations.CampaignAccess;
import org.diktyo.invitations.Places;
import org.diktyo.language.DatePhrases;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.meetings.MeetingFacts.MeetingInfo;
import org.diktyo.meetings.MeetingFacts.PartInfo;
import org.diktyo.network.Addressees;
import org.diktyo.platform.Problem;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who comes to a meeting, for the lists of the day (sign-in sheet, badges, attendee
 * spreadsheets): every delegate with a seat in at least one part, over all the meeting's
 * campaigns, with the parts they attend. Waitlisted and declined delegates are not on it.
 * Personal data: the secretariat's alone, and each reading is audited.
 */
@Service
public class DayAttendance {

    private static final String SEATED = "select d.invitation_id, d.position, d.full_name, d.role_title, d.email,"
            + " d.phone, i.municipality_id, ip.part_id from delegate d"
            + " join invitation i on i.id = d.invitation_id"
            + " join invitation_campaign c on c.id = i.campaign_id"
            + " join invitation_part ip on ip.invitation_id = d.invitation_id and ip.attending and ip.seated >= d.position"
            + " where c.meeting_id = ? order by d.invitation_id, d.position";

    private final JdbcTemplate jdbc;
    private final MeetingFacts meetings;
    private final Addressees addressees;
    private final CampaignAccess access;
    private final AuditTrail audit;
    private final MessageSource messages;

    DayAttendance(JdbcTemplate jdbc, MeetingFacts meetings, Addressees addressees, CampaignAccess access,
            AuditTrail audit, MessageSource messages) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.addressees = addressees;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    /** The meeting's attendance in the locale's language; {@code list} names the list for the audit trail. */
    @Transactional // not read-only: the reading is audited in the same transaction
    public Attendance of(String meetingId, Locale locale, String list) {
        access.secretariat();
        MeetingInfo meeting = meetings.meeting(meetingId).orElseThrow(Problem::notFound);
        List<PartInfo> parts = meetings.parts(meetingId);
        Map<String, PartInfo> partsById = new HashMap<>();
        parts.forEach(p -> partsById.put(p.id(), p));

        Map<String, Seated> byDelegate = new LinkedHashMap<>();
        jdbc.query(SEATED, (ResultSet rs) -> {
            byDelegate.computeIfAbsent(rs.getString("invitation_id") + "/" + rs.getInt("position"), k -> seated(rs))
                    .parts().add(partsById.get(rs.getString("part_id")));
        }, meetingId);
        audit.record("lists." + list, meetingId);

        Map<String, String> towns = new HashMap<>();
        List<Attendance.Attendee> attendees = new ArrayList<>();
        for (Seated s : byDelegate.values()) {
            String town = towns.computeIfAbsent(s.municipalityId(), id -> addressees.one(id)
                    .map(a -> a.officialName().in(locale)).orElse(id));
            String attended = String.join(", ", s.parts().stream()
                    .sorted(java.util.Comparator.comparingInt(PartInfo::position))
                    .map(p -> p.title().in(locale)).toList());
            attendees.add(new Attendance.Attendee(town, s.fullName(), s.roleTitle(), s.email(), s.phone(), attended));
        }
        return new Attendance(locale, messages.getMessage("documents.network.name", null, locale),
                meeting.title().in(locale), when(parts, meeting.zone(), locale),
                parts.isEmpty() ? "" : Places.place(parts.get(0), locale) + ", " + Places.address(parts.get(0), locale),
                attendees);
    }

    private static String when(List<PartInfo> parts, ZoneId zone, Locale locale) {
        if (parts.isEmpty()) {
            return "";
        }
        PartInfo first = parts.get(0);
        return DatePhrases.date(first.startsAt().atZone(zone).toLocalDate(), locale) + ", " + Places.hours(first, zone);
    }

    private static Seated seated(ResultSet rs) {
        try {
            return new Seated(rs.getString("municipality_id"), rs.getString("full_name"), rs.getString("role_title"),
                    rs.getString("email"), rs.getString("phone"), new ArrayList<>());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Seated(String municipalityId, String fullName, String roleTitle, String email, String phone,
            List<PartInfo> parts) {
    }
}
