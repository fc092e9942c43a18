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

import org.diktyo.language.Bilingual;
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
    private String reasonEn;
    private String recordedBy;
    private Instant recordedAt;
    private String evidence;

    protected MembershipChange() {
    }

    public MembershipChange(String municipalityId, MembershipStatus from, MembershipStatus to, LocalDate effectiveOn,
            String reason, String recordedBy, Instant recordedAt) {
        this(municipalityId, from, to, effectiveOn, reason, null, recordedBy, recordedAt);
    }

    /** A change whose reason is known in Greek and English (the registry's sources). */
    public MembershipChange(String municipalityId, MembershipStatus from, MembershipStatus to, LocalDate effectiveOn,
            String reason, String reasonEn, String recordedBy, Instant recordedAt) {
        this.reasonEn = reasonEn;
        this.municipalityId = municipalityId;
        this.fromStatus = from;
        this.toStatus = to;
        this.effectiveOn = effectiveOn;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The same change with where its evidence is read (a page, a decision's link); returns this. */
    public MembershipChange withEvidence(String evidence) {
        this.evidence = evidence;
        return this;
    }

    /** Where the evidence of the change is read, or null. */
    public String evidence() {
        return evidence;
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

    /** The reason as given: in Greek for the registry's own entries, in whichever language the secretariat wrote it otherwise. */
    public String reason() {
        return reason;
    }

    /** The reason in English, where it is known in both languages; otherwise {@code null}. */
    public String reasonEn() {
        return reasonEn;
    }

    /** The reason to show a reader: the English where it is known, else the reason as given. */
    public Bilingual stated() {
        return Bilingual.of(reason, reasonEn);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
