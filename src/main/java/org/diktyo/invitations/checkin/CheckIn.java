package org.diktyo.invitations.checkin;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diktyo.invitations.CampaignAccess;
import org.diktyo.invitations.CampaignStore;
import org.diktyo.invitations.DelegateCheckedIn;
import org.diktyo.invitations.DelegateRow;
import org.diktyo.invitations.StoredAnswers;
import org.diktyo.language.Bilingual;
import org.diktyo.language.GreekText;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.network.Addressees;
import org.diktyo.platform.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in on the day: the secretariat finds a confirmed delegate (by name or municipality,
 * accents and case ignored, or by the code of the QR in the confirmation) and marks them
 * present; the meeting's number present follows.
 */
@Service
public class CheckIn {

    static final Pattern CODE = Pattern.compile("(?:/admin/check-in/)?([A-Za-z0-9_-]{43})/?$");

    /** A confirmed delegate as the check-in page lists them. */
    public record Attendee(DelegateRow delegate, String meetingId, String municipalityId, String municipalityEl,
            String municipalityEn) {

        /** {@code municipalityEl} and {@code municipalityEn} together. */
        public Bilingual municipality() {
            return Bilingual.of(municipalityEl(), municipalityEn());
        }

        public boolean present() {
            return delegate.checkedInAt() != null;
        }
    }

    private final JdbcTemplate jdbc;
    private final MeetingFacts meetings;
    private final Addressees addressees;
    private final CampaignAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CheckIn(JdbcTemplate jdbc, MeetingFacts meetings, Addressees addressees, CampaignAccess access, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.addressees = addressees;
        this.access = access;
        this.clock = clock;
    }

    static final String CONFIRMED = "select d.*, c.meeting_id, i.municipality_id from delegate d"
            + " join invitation i on i.id = d.invitation_id join invitation_campaign c on c.id = i.campaign_id"
            + " where exists (select 1 from invitation_part ip where ip.invitation_id = d.invitation_id and ip.attending"
            + " and ip.seated >= d.position)";

    /** A scanned or pasted code (or its URL), if the text is one. */
    public static String code(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = CODE.matcher(text.trim());
        return m.find() ? m.group(1) : null;
    }

    @Transactional(readOnly = true)
    public List<Attendee> search(String meetingId, String text) {
        access.secretariat();
        meetings.meeting(meetingId).orElseThrow(Problem::notFound);
        String key = text == null || text.isBlank() ? null : GreekText.searchKey(text);
        Map<String, Addressees.Addressee> towns = new HashMap<>();
        return jdbc.query(CONFIRMED + " and c.meeting_id = ? order by d.full_name", (rs, n) -> attendee(rs, towns),
                meetingId).stream()
                .filter(a -> key == null || GreekText.searchKey(a.delegate().fullName() + " " + a.municipalityEl() + " "
                        + a.municipalityEn()).contains(key))
                .limit(100).toList();
    }

    @Transactional(readOnly = true)
    public Attendee byCode(String code) {
        access.secretariat();
        Map<String, Addressees.Addressee> towns = new HashMap<>();
        return jdbc.query(CONFIRMED + " and d.check_in_code = ?", (rs, n) -> attendee(rs, towns), code).stream()
                .findFirst().orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "invitations.checkin.unknown"));
    }

    /** Marks the delegate present (once); returns the meeting's number present. */
    @Transactional
    public int checkIn(String code) {
        String actor = access.secretariat();
        Attendee a = byCode(code);
        Instant now = Instant.now(clock);
        if (jdbc.update("update delegate set checked_in_at = ?, checked_in_by = ? where check_in_code = ? and checked_in_at is null",
                CampaignStore.ts(now), actor, code) == 1) {
            events.publishEvent(new DelegateCheckedIn(a.meetingId(), a.municipalityId(), a.delegate().id(), now));
        }
        int present = present(a.meetingId());
        meetings.numberPresent(a.meetingId(), present);
        return present;
    }

    @Transactional(readOnly = true)
    public int present(String meetingId) {
        return jdbc.queryForObject("select count(*) from delegate d join invitation i on i.id = d.invitation_id"
                + " join invitation_campaign c on c.id = i.campaign_id where c.meeting_id = ? and d.checked_in_at is not null",
                Integer.class, meetingId);
    }

    private Attendee attendee(java.sql.ResultSet rs, Map<String, Addressees.Addressee> towns) throws java.sql.SQLException {
        String town = rs.getString("municipality_id");
        Addressees.Addressee a = towns.computeIfAbsent(town, id -> addressees.one(id).orElseThrow());
        return new Attendee(StoredAnswers.delegate(rs, 0), rs.getString("meeting_id"), town, a.nameEl(), a.nameEn());
    }
}
