package org.diktyo.meetings.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgendaItems extends JpaRepository<AgendaItem, Long> {
    List<AgendaItem> findByMeetingIdAndVersionOrderByPosition(String meetingId, int version);

    @Modifying
    @Query("delete from AgendaItem i where i.meetingId = :meeting and i.version = :version")
    void deleteVersion(@Param("meeting") String meetingId, @Param("version") int version);
}
