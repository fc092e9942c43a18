package org.diktyo.positions.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.diktyo.drafting.AmendmentJson;
import org.diktyo.language.Bilingual;
import org.diktyo.platform.LanguageParameter;
import org.diktyo.positions.domain.CorrectPosition;
import org.diktyo.positions.domain.DraftPositions;
import org.diktyo.positions.domain.OpenSignature;
import org.diktyo.positions.domain.Position;
import org.diktyo.positions.domain.PositionState;
import org.diktyo.positions.domain.ReadPositions;
import org.diktyo.positions.domain.RecordResponse;
import org.diktyo.positions.domain.RemindSignatories;
import org.diktyo.positions.domain.SendPosition;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/positions}: joint positions. The secretariat creates one, sets its addressees,
 * opens its consultation, freezes it, opens it for signature, corrects it, closes and sends it;
 * a municipality proposes amendments (then {@code /api/v1/amendments/{id}}, shared with the
 * memorandum); signatures are {@link PositionSignaturesApi}'s. The public reads sent positions.
 */
@RestController
@RequestMapping("/api/v1/positions")
@Tag(name = "positions", description = "Joint positions: drafted together, co-signed by municipalities, sent to the ministries")
class PositionsApi {

    private final DraftPositions draft;
    private final OpenSignature signature;
    private final CorrectPosition correct;
    private final RemindSignatories remind;
    private final SendPosition send;
    private final ReadPositions read;
    private final RecordResponse responses;

    PositionsApi(DraftPositions draft, OpenSignature signature, CorrectPosition correct, RemindSignatories remind,
            SendPosition send, ReadPositions read, RecordResponse responses) {
        this.responses = responses;
        this.draft = draft;
        this.signature = signature;
        this.correct = correct;
        this.remind = remind;
        this.send = send;
        this.read = read;
    }

    @GetMapping
    @Operation(summary = "Positions: the sent ones for everyone; all, for anyone signed in; `state` filters")
    PositionsJson.PositionListOut list(@RequestParam(required = false) PositionState state) {
        List<PositionsJson.PositionOut> items = read.list(state).stream().map(PositionsJson.PositionOut::of).toList();
        return new PositionsJson.PositionListOut(items, items.size());
    }

    @PostMapping
    @Operation(summary = "Creates a position in DRAFT with its clauses (the secretariat)")
    ResponseEntity<PositionsJson.PositionDetailOut> create(@RequestBody PositionsJson.PositionIn in) {
        return ResponseEntity.status(HttpStatus.CREATED).body(detail(draft.create(in.draft()).id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A position with its clauses and addressees")
    PositionsJson.PositionDetailOut get(@PathVariable String id) {
        return detail(id);
    }

    @GetMapping("/{id}/addressees")
    @Operation(summary = "The addressees of the letter, in order")
    List<PositionsJson.PositionAddresseeOut> addressees(@PathVariable String id) {
        return read.addressees(id).stream().map(PositionsJson.PositionAddresseeOut::of).toList();
    }

    @PutMapping("/{id}/addressees")
    @Operation(summary = "Replaces the ordered list of addressees (TO, CC), until the position is sent; an e-mail is optional (by post)")
    List<PositionsJson.PositionAddresseeOut> setAddressees(@PathVariable String id,
            @RequestBody List<PositionsJson.PositionAddresseeIn> in) {
        return draft.addressees(id, in == null ? null : in.stream().map(a -> a == null ? null : a.addressee()).toList())
                .stream().map(PositionsJson.PositionAddresseeOut::of).toList();
    }

    @PostMapping("/{id}/open-consultation")
    @Operation(summary = "Opens the consultation to the eligible municipalities until the end of `closesOn` (Athens)")
    PositionsJson.PositionOut openConsultation(@PathVariable String id, @RequestBody PositionsJson.PositionConsultationIn in) {
        return PositionsJson.PositionOut.of(draft.openConsultation(id, in.closesOn()));
    }

    @PostMapping("/{id}/amendments")
    @Operation(summary = "Proposes an amendment to a position in consultation (a municipality's focal point, or the secretariat on its behalf)")
    ResponseEntity<AmendmentJson> propose(@PathVariable String id, @RequestBody AmendmentJson.ProposalIn in) {
        return ResponseEntity.status(HttpStatus.CREATED).body(AmendmentJson.of(draft.propose(id, in.proposal())));
    }

    @GetMapping("/{id}/amendments")
    @Operation(summary = "The amendments proposed to a position (anyone signed in)")
    List<AmendmentJson> amendments(@PathVariable String id) {
        return read.amendments(id).stream().map(AmendmentJson::of).toList();
    }

    @PostMapping("/{id}/freeze")
    @Operation(summary = "Merges the accepted amendments and fixes the text's hash; needs at least one TO addressee")
    PositionsJson.PositionOut freeze(@PathVariable String id) {
        return PositionsJson.PositionOut.of(draft.freeze(id));
    }

    @PostMapping("/{id}/open-signature")
    @Operation(summary = "Opens a frozen position for signature until the end of `closesOn`; mails each eligible municipality a personal link")
    PositionsJson.PositionOpenedOut openSignature(@PathVariable String id, @RequestBody PositionsJson.PositionSignatureOpenIn in) {
        OpenSignature.Opened opened = signature.open(id, in.closesOn(), in.minSignatories(), in.openTo());
        return new PositionsJson.PositionOpenedOut(PositionsJson.PositionOut.of(opened.position()), opened.withoutAddress());
    }

    @PostMapping("/{id}/correct")
    @Operation(summary = "Corrects a clause of the frozen text with a reason; every signature must then be confirmed again (mailed)")
    PositionsJson.PositionCorrectedOut correct(@PathVariable String id, @RequestBody PositionsJson.PositionCorrectionIn in) {
        Bilingual heading = in.headingEl() == null && in.headingEn() == null ? null
                : Bilingual.of(in.headingEl() == null ? "" : in.headingEl(), in.headingEn() == null ? "" : in.headingEn());
        CorrectPosition.Corrected corrected = correct.correct(id, in.clauseKey(), heading,
                Bilingual.of(in.textEl(), in.textEn() == null ? "" : in.textEn()), in.reason());
        return new PositionsJson.PositionCorrectedOut(PositionsJson.PositionOut.of(corrected.position()),
                corrected.toReconfirm());
    }

    @PostMapping("/{id}/remind")
    @Operation(summary = "Reminds the municipalities that have not signed, now; once per position")
    ResponseEntity<Void> remind(@PathVariable String id) {
        remind.remindNow(id);
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Closes the signature now (it closes by itself at the end of `closesOn`)")
    PositionsJson.PositionOut close(@PathVariable String id) {
        return PositionsJson.PositionOut.of(signature.close(id));
    }

    @PostMapping("/{id}/send")
    @Operation(summary = "Sends the closed position to its addressees with the Greek letter and its English translation; "
            + "below the minimum of signatories only with a `reason`")
    PositionsJson.PositionOut send(@PathVariable String id, @RequestBody PositionsJson.PositionSendIn in) {
        return PositionsJson.PositionOut.of(send.send(id, in.protocolNo(), in.reason()));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraws the position, in any state before it is sent")
    PositionsJson.PositionOut withdraw(@PathVariable String id) {
        return PositionsJson.PositionOut.of(draft.withdraw(id));
    }

    @GetMapping("/{id}/sent")
    @Operation(summary = "What was sent to whom and what became of it, with the relay's words for a failure (the secretariat)")
    List<PositionsJson.PositionSentMessageOut> sent(@PathVariable String id) {
        return read.sent(id).stream().map(m -> new PositionsJson.PositionSentMessageOut(m.recipient(), m.kind(), m.status(),
                m.error())).toList();
    }

    @GetMapping("/{id}/responses")
    @Operation(summary = "The ministries' answers: those marked public for everyone once sent; all, for anyone signed in")
    List<PositionsJson.PositionResponseOut> responses(@PathVariable String id) {
        return responses.of(id).stream().map(PositionsJson.PositionResponseOut::of).toList();
    }

    @PostMapping("/{id}/responses")
    @Operation(summary = "Records a ministry's answer to a sent position (the secretariat); the first makes it ANSWERED")
    ResponseEntity<PositionsJson.PositionResponseOut> respond(@PathVariable String id,
            @RequestBody PositionsJson.PositionResponseIn in) {
        return ResponseEntity.status(HttpStatus.CREATED).body(PositionsJson.PositionResponseOut.of(responses.record(id,
                in.receivedOn(), in.fromBody(), in.protocolNo(), Bilingual.of(in.summaryEl(), in.summaryEn()),
                in.published())));
    }

    @GetMapping("/{id}/letter.pdf")
    @Operation(summary = "The letter as a PDF/A, in Greek (`lang=el`, the default) or its English translation (`lang=en`)")
    ResponseEntity<byte[]> letter(@PathVariable String id, @RequestParam(required = false) String lang) {
        Locale locale = lang == null ? LanguageParameter.GREEK : LanguageParameter.locale(lang);
        return pdf(read.letter(id, locale), id, locale);
    }

    static ResponseEntity<byte[]> pdf(byte[] pdf, String id, Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline().filename("position-" + id + "-"
                        + org.diktyo.language.Language.of(locale).tag() + ".pdf").build().toString())
                .body(pdf);
    }

    private PositionsJson.PositionDetailOut detail(String id) {
        Position p = read.one(id);
        return new PositionsJson.PositionDetailOut(PositionsJson.PositionOut.of(p),
                read.clauses(id).stream().map(PositionsJson.PositionClauseOut::of).toList(),
                read.addressees(id).stream().map(PositionsJson.PositionAddresseeOut::of).toList());
    }
}
