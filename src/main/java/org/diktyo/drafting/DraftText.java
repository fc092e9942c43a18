package org.diktyo.drafting;

import java.time.Instant;
import java.util.Set;

/** A text as its owner sees it: its phase, the end of its consultation, who may amend it, its hash once frozen. */
public record DraftText(String id, String ownerKind, String ownerId, TextPhase phase, Instant consultationCloses,
        Set<String> eligible, String textHash, int version) {

    /** Open to amendments and supports at {@code now}. */
    public boolean openAt(Instant now) {
        return phase == TextPhase.CONSULTATION && consultationCloses != null && now.isBefore(consultationCloses);
    }
}
