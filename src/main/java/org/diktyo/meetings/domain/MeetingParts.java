package org.diktyo.meetings.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingParts extends JpaRepository<MeetingPart, String> {
    List<MeetingPart> findByMeetingIdOrderByStartsAtAscPositionAsc(String meetingId);

    Optional<MeetingPart> findByIdAndMeetingId(String id, String meetingId);

    @Query("select coalesce(max(p.position), 0) from MeetingPart p where p.meetingId = :meeting")
    int maxPosition(@Param("meeting") String meetingId);
}
