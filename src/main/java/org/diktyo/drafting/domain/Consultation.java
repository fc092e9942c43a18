package org.diktyo.drafting.domain;

import org.diktyo.language.Athens;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.diktyo.drafting.DraftText;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;

/** The consultation window of a text: amendments and stances only while it is open. */
final class Consultation {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm").withZone(Athens.ZONE);

    private Consultation() {
    }

    static void requireOpen(DraftText text, Instant now) {
        if (text.openAt(now)) {
            return;
        }
        if (text.consultationCloses() != null && !now.isBefore(text.consultationCloses())) {
            throw new Problem(HttpStatus.CONFLICT, "drafting.consultation.closed", SHOWN.format(text.consultationCloses()));
        }
        throw new Problem(HttpStatus.CONFLICT, "drafting.consultation.notOpen");
    }

    static void requireEligible(DraftText text, String municipality) {
        if (!text.eligible().contains(municipality)) {
            throw new Problem(HttpStatus.FORBIDDEN, "drafting.consultation.notEligible");
        }
    }
}
