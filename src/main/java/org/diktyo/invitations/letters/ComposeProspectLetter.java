package org.diktyo.invitations.letters;

import org.diktyo.language.Athens;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.accounts.AuditTrail;
import org.diktyo.documents.Letter;
import org.diktyo.language.Language;
import org.diktyo.network.Addressees;
import org.diktyo.network.MembershipStatus;
import org.diktyo.network.Registry;
import org.diktyo.platform.BaseUrl;
import org.diktyo.platform.Problem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The letter to a prospective municipality's mayor about joining the network (issue 12): the
 * network's text ({@code invitations/letters/prospect-letter.*.txt}, its placeholders
 * {@code {members}}, the number of members today, and {@code {municipality}}), the network's
 * letterhead, signed by its coordination team, and in the box after the signature the join
 * page with the municipality already chosen, as a link and a QR code. The same renderer as a
 * letter of invitation ({@link org.diktyo.documents.LetterPdf}). A member gets no such letter
 * (409); a municipality without a mayor among its contacts neither (409, as for invitations).
 * Reading it is audited: it names the mayor.
 */
@Service
public class ComposeProspectLetter {

    private static final ZoneId ATHENS = Athens.ZONE;

    private final Registry registry;
    private final Addressees addressees;
    private final ComposeLetter letters;
    private final BaseUrl baseUrl;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    ComposeProspectLetter(Registry registry, Addressees addressees, ComposeLetter letters, BaseUrl baseUrl,
            MessageSource messages, AuditTrail audit, Clock clock) {
        this.registry = registry;
        this.addressees = addressees;
        this.letters = letters;
        this.baseUrl = baseUrl;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The letter to {@code municipalityId}'s mayor in {@code locale}; the caller has checked the viewer. */
    public Letter compose(String municipalityId, Locale locale) {
        Locale language = Language.of(locale).locale();
        Addressees.Addressee to = addressees.one(municipalityId).orElseThrow(Problem::notFound);
        Registry.MunicipalityNames names = registry.names(municipalityId).orElseThrow(Problem::notFound);
        if (to.status() == MembershipStatus.MEMBER) {
            throw new Problem(HttpStatus.CONFLICT, "invitations.prospect.member", to.officialName().in(language));
        }
        if (to.mayor() == null || to.mayor().fullName() == null || to.mayor().fullName().isBlank()) {
            throw new Problem(HttpStatus.CONFLICT, "documents.letter.recipient.noMayor", to.officialName().in(language));
        }
        LetterText text = LetterText.resource("prospect-letter", language);
        Map<String, String> values = Map.of("members",
                Integer.toString(addressees.find(MembershipStatus.MEMBER, null).size()),
                "municipality", to.officialName().in(language));
        List<String> paragraphs = text.paragraphs().stream().map(p -> Placeholders.fill(p, values)).toList();
        Letter letter = new Letter(language, letters.letterhead(language), LocalDate.now(clock.withZone(ATHENS)),
                new Letter.Recipient(names.officialName().in(language), names.mayorTitle().in(language),
                        to.mayor().fullName(), LetterComposer.gender(to.mayor().gender())),
                Placeholders.fill(text.heading(), values), paragraphs,
                new Letter.Signatory(t("invitations.prospect.signatory.title", language),
                        t("invitations.prospect.signatory.name", language)),
                List.of(), Letter.Link.join(baseUrl.get() + "/join?municipality=" + municipalityId),
                Placeholders.fill(text.supporters(), values));
        audit.record("accession.letter", municipalityId);
        return letter;
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
