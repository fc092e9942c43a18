package org.diktyo.meetings.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingDocuments extends JpaRepository<MeetingDocument, String> {
    List<MeetingDocument> findByMeetingIdOrderByAttachedAt(String meetingId);

    Optional<MeetingDocument> findByIdAndMeetingId(String id, String meetingId);
}
