package org.diktyo.network.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.diktyo.network.MembershipStatus;

/** One dated step in a municipality's membership, with the reason given for it. */
@Entity
@Table(name = "membership_change")
public class MembershipChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String municipalityId;
    @Enumerated(EnumType.STRING)
    private MembershipStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private MembershipStatus toStatus;
    private LocalDate effectiveOn;
    private String reason;
    private String recordedBy;
    private Instant recordedAt;

    protected MembershipChange() {
    }

    public MembershipChange(String municipalityId, MembershipStatus from, MembershipStatus to, LocalDate effectiveOn,
            String reason, String recordedBy, Instant recordedAt) {
        this.municipalityId = municipalityId;
        this.fromStatus = from;
        this.toStatus = to;
        this.effectiveOn = effectiveOn;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public MembershipStatus fromStatus() {
        return fromStatus;
    }

    public MembershipStatus toStatus() {
        return toStatus;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public String reason() {
        return reason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
