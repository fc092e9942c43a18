package org.diktyo.meetings.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaVersions extends JpaRepository<AgendaVersion, AgendaVersion.Key> {
    List<AgendaVersion> findByMeetingIdOrderByVersionDesc(String meetingId);
}
