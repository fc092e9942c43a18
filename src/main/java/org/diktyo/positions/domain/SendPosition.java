package org.diktyo.positions.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diktyo.mail.OutgoingMail;
import org.diktyo.mail.Outbox;
import org.diktyo.network.Addressees;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The secretariat sends a closed position with the protocol number it was given: one message
 * per «ΠΡΟΣ» addressee with an e-mail, the «ΚΟΙΝ.» addressees' e-mails in copy, the Greek letter
 * and its English translation attached; a copy to each signing municipality's focal point. All
 * queued in the transaction that marks the position sent. Below the minimum of signatories it is
 * sent only with a reason, recorded and shown.
 */
@Service
public class SendPosition {

    public static final String PURPOSE = "position";
    static final Locale GREEK = Locale.forLanguageTag("el");

    private final PositionStore positions;
    private final SignatureStore signatures;
    private final PrintLetter letters;
    private final Addressees addressees;
    private final Outbox outbox;
    private final MessageSource messages;
    private final ViewerResolver viewers;
    private final Clock clock;

    SendPosition(PositionStore positions, SignatureStore signatures, PrintLetter letters, Addressees addressees,
            Outbox outbox, MessageSource messages, ViewerResolver viewers, Clock clock) {
        this.positions = positions;
        this.signatures = signatures;
        this.letters = letters;
        this.addressees = addressees;
        this.outbox = outbox;
        this.messages = messages;
        this.viewers = viewers;
        this.clock = clock;
    }

    @Transactional
    public Position send(String id, String protocolNo, String anywayReason) {
        Who.secretariat(viewers.current());
        Checks checks = new Checks();
        String number = checks.text("protocolNo", protocolNo, true, 60);
        String reason = checks.text("reason", anywayReason, false, 2_000);
        checks.done();
        Position p = positions.get(id);
        if (p.state() != PositionState.CLOSED) {
            throw new Problem(HttpStatus.CONFLICT, "positions.state", p.state().name());
        }
        List<CoSignature> signed = letters.signatories(p);
        int min = p.minSignatories() == null ? 1 : p.minSignatories();
        if (signed.size() < min && reason == null) {
            throw new Problem(HttpStatus.CONFLICT, "positions.send.belowThreshold", signed.size(), min);
        }
        Position sent = new Position(p.id(), p.title(), p.subject(), p.textId(), PositionState.SENT, p.openTo(),
                p.signatoryOrder(), p.relatedAxes(), p.relatedEntries(), p.consultationClosesOn(), p.signatureOpens(),
                p.signatureCloses(), p.closesOn(), p.minSignatories(), p.textHash(), number,
                LocalDate.now(clock.withZone(DraftPositions.ATHENS)), signed.size() < min ? reason : null, p.createdAt(),
                p.version(), p.partnersMayEndorse());
        positions.update(sent);
        sent = positions.get(id);
        List<OutgoingMail.Attachment> files = List.of(
                new OutgoingMail.Attachment("position-" + number.replaceAll("[^A-Za-z0-9]", "_") + "-el.pdf",
                        "application/pdf", letters.pdf(sent, GREEK)),
                new OutgoingMail.Attachment("position-" + number.replaceAll("[^A-Za-z0-9]", "_") + "-en.pdf",
                        "application/pdf", letters.pdf(sent, Locale.ENGLISH)));
        List<Addressee> all = positions.addressees(id);
        List<String> cc = all.stream().filter(a -> a.role() == AddresseeRole.CC && a.email() != null)
                .map(Addressee::email).toList();
        List<SignatureStore.Sent> queued = new ArrayList<>();
        for (Addressee to : all.stream().filter(a -> a.role() == AddresseeRole.TO && a.email() != null).toList()) {
            queued.add(new SignatureStore.Sent(to.email(), "TO", outbox.queue(mail(sent, to.email(), cc, files, "letter"))));
        }
        Set<String> copies = new LinkedHashSet<>();
        for (CoSignature s : signed) {
            addressees.one(s.municipalityId()).map(m -> SignatureMails.email(m.focalPoint())).ifPresent(copies::add);
        }
        for (String copy : copies) {
            queued.add(new SignatureStore.Sent(copy, "COPY", outbox.queue(mail(sent, copy, List.of(), files, "copy"))));
        }
        signatures.sent(id, queued);
        return sent;
    }

    private OutgoingMail mail(Position p, String to, List<String> cc, List<OutgoingMail.Attachment> files, String kind) {
        Object[] el = {p.subject().el(), p.protocolNo(), p.title().el()};
        Object[] en = {p.subject().in(Locale.ENGLISH), p.protocolNo(), p.title().in(Locale.ENGLISH)};
        String key = "positions.mail." + kind + ".";
        String subject = messages.getMessage(key + "subject", el, GREEK) + " / "
                + messages.getMessage(key + "subject", en, Locale.ENGLISH);
        String text = messages.getMessage(key + "text", el, GREEK) + "\n\n---\n\n"
                + messages.getMessage(key + "text", en, Locale.ENGLISH);
        String html = "<p>" + HtmlUtils.htmlEscape(text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>";
        return new OutgoingMail(to, cc, subject, text, html, files, PURPOSE, p.id());
    }
}
