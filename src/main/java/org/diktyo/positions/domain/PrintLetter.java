package org.diktyo.positions.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.diktyo.documents.JointLetter;
import org.diktyo.documents.JointLetterPdf;
import org.diktyo.documents.Letter;
import org.diktyo.documents.TextDocument;
import org.diktyo.drafting.ClauseMarkdown;
import org.diktyo.drafting.Drafts;
import org.diktyo.language.GreekText;
import org.diktyo.language.Language;
import org.diktyo.network.Registry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The letter of a position as a PDF/A, in Greek or, marked as a translation, in English: the
 * network's letterhead, place and date («Αθήνα, 17 Ιουνίου 2024»), the protocol number, the
 * addressees «ΠΡΟΣ» and «ΚΟΙΝ.», the subject, the text, and the mayors whose signatures count,
 * with name and capacity as they were at signing, by the Greek collation of the municipality or
 * in the order they signed. Who may read it is {@link ReadPositions}' rule.
 */
@Service
public class PrintLetter {

    private final PositionStore positions;
    private final SignatureStore signatures;
    private final Drafts drafts;
    private final Registry registry;
    private final MessageSource messages;
    private final Clock clock;

    PrintLetter(PositionStore positions, SignatureStore signatures, Drafts drafts, Registry registry,
            MessageSource messages, Clock clock) {
        this.positions = positions;
        this.signatures = signatures;
        this.drafts = drafts;
        this.registry = registry;
        this.messages = messages;
        this.clock = clock;
    }

    byte[] pdf(Position p, Locale locale) {
        return JointLetterPdf.render(letter(p, locale));
    }

    JointLetter letter(Position p, Locale locale) {
        Locale language = Language.of(locale).locale();
        List<Addressee> addressees = positions.addressees(p.id());
        List<TextDocument.Section> sections = drafts.clauses(p.textId()).stream()
                .map(c -> new TextDocument.Section(c.number().in(language), c.heading().in(language),
                        ClauseMarkdown.html(c.text().in(language))))
                .toList();
        List<Letter.Signatory> signatories = signatories(p).stream()
                .map(s -> new Letter.Signatory(t("positions.letter.signatory." + gender(s), language,
                        s.capacity().in(language)), s.signatoryName()))
                .toList();
        List<String> partners = registry.partners().stream().map(r -> r.letterheadName(language)).toList();
        LocalDate dated = p.sentOn() != null ? p.sentOn() : LocalDate.now(clock.withZone(DraftPositions.ATHENS));
        return new JointLetter(language, new Letter.Letterhead(t("documents.network.name", language), partners),
                t("positions.letter.place", language), dated, p.protocolNo(),
                addressees.stream().filter(a -> a.role() == AddresseeRole.TO).map(Addressee::body).toList(),
                addressees.stream().filter(a -> a.role() == AddresseeRole.CC).map(Addressee::body).toList(),
                p.subject().in(language),
                Language.english(language) ? List.of(t("positions.letter.translation", language)) : List.of(),
                sections, t("positions.letter.signatories", language), signatories);
    }

    /** The signatures that count, in the order the position asks for. */
    List<CoSignature> signatories(Position p) {
        Comparator<CoSignature> order = p.signatoryOrder() == SignatoryOrder.SIGNING
                ? Comparator.comparing(CoSignature::signedAt).thenComparing(CoSignature::municipalityId)
                : Comparator.comparing((CoSignature s) -> s.officialName().el(), GreekText.greekCollator());
        return signatures.of(p.id()).stream().filter(s -> s.counts(p.textHash())).sorted(order).toList();
    }

    private static String gender(CoSignature s) {
        return "FEMALE".equals(s.gender()) || "MALE".equals(s.gender()) ? s.gender() : "UNSPECIFIED";
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
