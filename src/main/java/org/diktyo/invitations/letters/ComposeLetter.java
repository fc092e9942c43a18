package org.diktyo.invitations.letters;

import java.util.List;
import java.util.Locale;

import org.diktyo.documents.Letter;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.network.Addressees;
import org.diktyo.network.Registry;
import org.diktyo.platform.Problem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Composes a letter of invitation: reads the meeting (its parts and documents), the recipient
 * municipality and its mayor, the network's partners, and makes a {@link Letter} for
 * {@link org.diktyo.documents.LetterPdf}. Refuses with a {@link Problem} — before anything is
 * rendered — an unknown placeholder, a deadline after the meeting, a recipient without a mayor.
 */
@Service
public class ComposeLetter {

    private final MeetingFacts meetings;
    private final Registry registry;
    private final Addressees addressees;
    private final MessageSource messages;

    ComposeLetter(MeetingFacts meetings, Registry registry, Addressees addressees, MessageSource messages) {
        this.meetings = meetings;
        this.registry = registry;
        this.addressees = addressees;
        this.messages = messages;
    }

    public Letter compose(LetterRequest request) {
        MeetingFacts.MeetingInfo meeting = meetings.meeting(request.meetingId()).orElseThrow(Problem::notFound);
        Registry.MunicipalityNames names = registry.names(request.municipalityId()).orElseThrow(Problem::notFound);
        Addressees.Official mayor = addressees.one(request.municipalityId()).map(Addressees.Addressee::mayor).orElse(null);
        List<String> attachments = meetings.documents(meeting.id()).stream()
                .filter(d -> request.documentIds() == null || request.documentIds().contains(d.id()))
                .map(d -> d.title().in(request.locale())).toList();
        return LetterComposer.compose(meeting, meetings.parts(meeting.id()),
                new LetterComposer.Recipient(names.officialNameEl(), names.officialNameEn(), names.mayorTitleEl(),
                        names.mayorTitleEn(), mayor),
                letterhead(request.locale()), attachments, request);
    }

    /** The network's name and its partners' names, in the letter's language. */
    public Letter.Letterhead letterhead(Locale locale) {
        List<String> partners = registry.partners().stream().map(p -> p.letterheadName(locale)).toList();
        return new Letter.Letterhead(messages.getMessage("documents.network.name", null, locale), partners);
    }
}
