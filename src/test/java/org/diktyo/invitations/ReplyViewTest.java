package org.diktyo.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.diktyo.meetings.MeetingFacts;
import org.diktyo.meetings.MeetingStatus;
import org.junit.jupiter.api.Test;

/** The reply page promises an agenda only until the meeting is held (or cancelled). */
class ReplyViewTest {

    static ReplyView view(MeetingStatus status, Instant start) {
        MeetingFacts.MeetingInfo meeting = new MeetingFacts.MeetingInfo("m1", "Συνάντηση", "Meeting", "athens", null, null,
                status, ZoneId.of("Europe/Athens"), 0, null);
        MeetingFacts.PartInfo part = new MeetingFacts.PartInfo("p1", 1, "Μέρος", "Part", start, start.plus(2, ChronoUnit.HOURS),
                null, null, null, null, null, null, null, null, null, null, null, null, null, false);
        return new ReplyView(null, null, meeting, null, List.of(new ReplyView.PartAnswer(part, null, 0, 0, null)), List.of(),
                null, List.of(), true);
    }

    @Test
    void aMeetingHeldOrCancelledIsOver() {
        Instant later = Instant.now().plus(10, ChronoUnit.DAYS);
        assertThat(view(MeetingStatus.ANNOUNCED, later).over()).isFalse();
        assertThat(view(MeetingStatus.HELD, later).over()).isTrue();
        assertThat(view(MeetingStatus.CANCELLED, later).over()).isTrue();
    }
}
