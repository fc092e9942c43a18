package org.diktyo.memorandum.domain;

import java.time.LocalDate;

import org.diktyo.language.Bilingual;

/** A numbered version of the memorandum; its clauses are the drafting text {@code textId}. */
public record MemorandumVersion(int number, Bilingual label, VersionState state, Integer basedOn, String textId,
        LocalDate inForceFrom, Bilingual changelog, LocalDate readoptionDeadline, String textHash, int version) {
}
