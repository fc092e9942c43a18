package org.diktyo.positions.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.diktyo.positions.domain.Position;
import org.diktyo.positions.domain.ReadPositions;
import org.diktyo.positions.domain.SignPosition;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/positions/{id}/signatures}: a municipality signs a position, confirms again after
 * a correction and withdraws until the close; everyone reads those that count once it is sent.
 */
@RestController
@RequestMapping("/api/v1/positions")
@Tag(name = "positions")
class PositionSignaturesApi {

    private final SignPosition sign;
    private final ReadPositions read;

    PositionSignaturesApi(SignPosition sign, ReadPositions read) {
        this.sign = sign;
        this.read = read;
    }

    @GetMapping("/{id}/signatures")
    @Operation(summary = "The signatures: those that count, for everyone once sent; all, for anyone signed in")
    PositionsJson.PositionSignaturesOut signatures(@PathVariable String id) {
        Position p = read.one(id);
        List<PositionsJson.PositionSignatureOut> items = read.signatures(id).stream()
                .map(s -> PositionsJson.PositionSignatureOut.of(s, p.textHash())).toList();
        return new PositionsJson.PositionSignaturesOut(items, items.stream().filter(PositionsJson.PositionSignatureOut::counts)
                .count(), p.minSignatories());
    }

    @GetMapping("/{id}/signatures/{municipalityId}/history")
    @Operation(summary = "What a municipality's signature was before each confirmation, new signature or withdrawal, the latest "
            + "first: the hash of the text it signed, how and when, and whether a letter came with it (kept); anyone signed in")
    List<PositionsJson.PositionEarlierSignatureOut> history(@PathVariable String id, @PathVariable String municipalityId) {
        return read.history(id, municipalityId).stream().map(PositionsJson.PositionEarlierSignatureOut::of).toList();
    }

    @PutMapping("/{id}/signatures/{municipalityId}")
    @Operation(summary = "Signs, or confirms again after a correction, for a municipality (its focal point, or the secretariat "
            + "on its behalf), the text of `textHash`; signing twice changes nothing")
    PositionsJson.PositionSignatureOut sign(@PathVariable String id, @PathVariable String municipalityId,
            @RequestBody PositionsJson.PositionSignIn in) {
        return PositionsJson.PositionSignatureOut.of(sign.sign(id, municipalityId, in.textHash()), in.textHash());
    }

    @DeleteMapping("/{id}/signatures/{municipalityId}")
    @Operation(summary = "Withdraws a municipality's signature, until the position is closed")
    PositionsJson.PositionSignatureOut withdrawSignature(@PathVariable String id, @PathVariable String municipalityId) {
        var s = sign.withdraw(id, municipalityId);
        return PositionsJson.PositionSignatureOut.of(s, read.one(id).textHash());
    }
}
