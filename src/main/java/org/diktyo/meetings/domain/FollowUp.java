package org.diktyo.meetings.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A follow-up action agreed at a meeting: what, who, by when, done or not. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    private String id;
    private String meetingId;
    private String action;
    private String owner;
    private LocalDate dueOn;
    private boolean done;

    protected FollowUp() {
    }

    FollowUp(String meetingId, FollowUpForm form) {
        this.id = UUID.randomUUID().toString();
        this.meetingId = meetingId;
        update(form);
    }

    void update(FollowUpForm form) {
        this.action = form.action().trim();
        this.owner = form.owner().trim();
        this.dueOn = form.dueOn();
        this.done = form.done();
    }

    void markDone(boolean done) {
        this.done = done;
    }

    public String id() { return id; }
    public String action() { return action; }
    public String owner() { return owner; }
    public LocalDate dueOn() { return dueOn; }
    public boolean done() { return done; }
}
