package org.diktyo.network.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.diktyo.network.AccessionActivityKind;

/**
 * An entry of a case's timeline: what happened and when, the text written (null for the entries
 * the platform writes by itself, which {@code detail} describes: an answer's parts attending and
 * declined, a stage's from and to), a follow-up's due and done days, the invitation or meeting
 * it is about, whether it is for the secretariat only, and its source reference (unique:
 * {@code answer:<invitation>}, {@code checkin:<meeting>:<municipality>}).
 */
public record AccessionActivity(String id, String caseId, AccessionActivityKind kind, LocalDate on, String text,
        String detail, LocalDate dueOn, LocalDate doneOn, String invitationId, String meetingId, boolean internal,
        String sourceRef, String recordedBy, Instant recordedAt) {
}
