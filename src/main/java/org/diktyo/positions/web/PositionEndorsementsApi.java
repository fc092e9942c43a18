package org.diktyo.positions.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.diktyo.positions.domain.EndorsePosition;
import org.diktyo.positions.domain.Endorsement;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/positions/{id}/endorsements}: the partners' endorsements of a position, apart
 * from the municipalities' signatures; a partner's account endorses for a partner of the registry.
 */
@RestController
@RequestMapping("/api/v1/positions/{id}/endorsements")
@Tag(name = "positions")
class PositionEndorsementsApi {

    record PositionEndorsementOut(String partnerId, String nameEl, String nameEn, Instant endorsedAt) {
        static PositionEndorsementOut of(Endorsement e) {
            return new PositionEndorsementOut(e.partnerId(), e.name().el(), e.name().en(), e.endorsedAt());
        }
    }

    private final EndorsePosition endorse;

    PositionEndorsementsApi(EndorsePosition endorse) {
        this.endorse = endorse;
    }

    @GetMapping
    @Operation(summary = "The partners' endorsements (shown apart from the signatures): for everyone once sent")
    List<PositionEndorsementOut> list(@PathVariable String id) {
        return endorse.of(id).stream().map(PositionEndorsementOut::of).toList();
    }

    @PutMapping("/{partnerId}")
    @Operation(summary = "A partner endorses the position open for signature, where it allows it (a partner's account; "
            + "403 otherwise); endorsing twice changes nothing")
    PositionEndorsementOut endorse(@PathVariable String id, @PathVariable String partnerId) {
        return PositionEndorsementOut.of(endorse.endorse(id, partnerId));
    }

    @DeleteMapping("/{partnerId}")
    @Operation(summary = "Withdraws a partner's endorsement, until the close")
    ResponseEntity<Void> withdraw(@PathVariable String id, @PathVariable String partnerId) {
        endorse.withdraw(id, partnerId);
        return ResponseEntity.noContent().build();
    }
}
