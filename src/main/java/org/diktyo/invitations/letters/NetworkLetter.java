package org.diktyo.invitations.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diktyo.invitations.Places;
import org.diktyo.language.Apposition;
import org.diktyo.language.DatePhrases;
import org.diktyo.language.TimePhrases;
import org.diktyo.meetings.MeetingFacts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The network's letter for a meeting as editable paragraphs (a campaign's proposal): where and when, its later parts, the network's own paragraphs. */
@Component
public class NetworkLetter {

    private final MessageSource messages;

    NetworkLetter(MessageSource messages) {
        this.messages = messages;
    }

    /** The network's letter for this meeting, as editable paragraphs. */
    public String paragraphs(MeetingFacts.MeetingInfo meeting, List<MeetingFacts.PartInfo> parts, Locale locale) {
        List<String> paragraphs = new ArrayList<>();
        if (!parts.isEmpty()) {
            MeetingFacts.PartInfo first = parts.get(0);
            var zone = meeting.zone();
            String host = meeting.hostOfficial().in(locale);
            paragraphs.add(messages.getMessage("invitations.letter.opening", new Object[] {
                    host == null ? messages.getMessage("invitations.letter.theNetwork", null, locale) : Apposition.closed(host),
                    meeting.title().in(locale),
                    DatePhrases.on(first.startsAt().atZone(zone).toLocalDate(), locale),
                    Places.hours(first, zone),
                    Places.place(first, locale), Places.address(first, locale)}, locale));
            for (MeetingFacts.PartInfo later : parts.subList(1, parts.size())) {
                paragraphs.add(messages.getMessage("invitations.letter.laterPart", new Object[] {
                        TimePhrases.at(later.startsAt().atZone(zone).toLocalTime(), locale),
                        later.title().in(locale), Places.place(later, locale)}, locale));
            }
        }
        for (int i = 1; i <= 5; i++) {
            paragraphs.add(messages.getMessage("invitations.letter.network." + i, null, locale));
        }
        return String.join("\n\n", paragraphs);
    }
}
