package org.diktyo.meetings.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Decisions extends JpaRepository<Decision, Long> {
    List<Decision> findByMeetingIdOrderByPosition(String meetingId);

    @Modifying
    @Query("delete from Decision d where d.meetingId = :meeting")
    void deleteByMeeting(@Param("meeting") String meetingId);
}
