package org.diktyo.meetings.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUps extends JpaRepository<FollowUp, String> {
    List<FollowUp> findByMeetingIdOrderByDueOnAsc(String meetingId);

    Optional<FollowUp> findByIdAndMeetingId(String id, String meetingId);
}
