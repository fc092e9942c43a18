package org.diktyo.meetings.domain;


import org.springframework.data.jpa.repository.JpaRepository;

interface Meetings extends JpaRepository<Meeting, String> {
}
