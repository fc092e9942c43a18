package org.diktyo.invitations.campaigns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.diktyo.documents.LetterPdf;
import org.diktyo.invitations.Campaign;
import org.diktyo.invitations.InvitationMails;
import org.diktyo.invitations.InvitationRow;
import org.diktyo.invitations.Invitees;
import org.diktyo.invitations.Links;
import org.diktyo.invitations.letters.ComposeLetter;
import org.diktyo.invitations.letters.LetterRequest;
import org.diktyo.invitations.letters.LetterText;
import org.diktyo.invitations.letters.MeetingCalendar;
import org.diktyo.invitations.replies.ConfirmationFiles;
import org.diktyo.language.Language;
import org.diktyo.mail.Outbox;
import org.diktyo.mail.OutgoingMail.Attachment;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.network.Addressees;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What an invitation's mails carry as files, in this one place.
 *
 * <ul>
 * <li>The invitation: the meeting documents the campaign chose; the personalised letter as a
 * PDF — the campaign's paragraphs under the network's heading, addressed to the municipality's
 * mayor, with the invitation's own reply link {@code /r/{token}} and its QR code and the
 * campaign's deadline — in Greek, and also in English when the invitation's language is
 * English; the calendar file ({@code METHOD:REQUEST}): one event per part the campaign offers,
 * the UID fixed per part and invitation, the mayor (or whoever the mail goes to) as attendee,
 * the reply link as {@code URL}.</li>
 * <li>A confirmation: see {@link ConfirmationFiles}.</li>
 * </ul>
 *
 * A letter that cannot be made (no mayor, an unknown placeholder, no host) is refused with the
 * letters module's {@link org.diktyo.platform.Problem}; {@link SendCampaign} checks before
 * sending that none will be (ADR 0011).
 */
@Component
class InvitationAttachments {

    static final String PDF = "application/pdf";
    static final String CALENDAR = "text/calendar";
    /**
     * Room kept in a mail beside the meeting's documents for the letters (two in an English
     * invitation, about 60 KB each) and the calendar file (a few KB).
     */
    static final long ROOM_FOR_LETTERS = 1_000_000;

    private final MeetingFacts meetings;
    private final ComposeLetter letters;
    private final MeetingCalendar calendar;
    private final Addressees addressees;
    private final ConfirmationFiles confirmations;
    private final Links links;
    private final MessageSource messages;
    private final Outbox outbox;
    private final Clock clock;

    InvitationAttachments(MeetingFacts meetings, ComposeLetter letters, MeetingCalendar calendar, Addressees addressees,
            ConfirmationFiles confirmations, Links links, MessageSource messages, Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.meetings = meetings;
        this.letters = letters;
        this.calendar = calendar;
        this.addressees = addressees;
        this.confirmations = confirmations;
        this.links = links;
        this.messages = messages;
        this.clock = clock;
    }

    /** The invitation's files: the chosen meeting documents, the letter(s), the calendar file; {@code token}: its link's. */
    List<Attachment> invitation(Campaign campaign, InvitationRow invitation, String token) {
        List<Attachment> files = new ArrayList<>(documents(campaign));
        String url = links.url(token);
        for (Locale locale : letterLocales(invitation)) {
            files.add(new Attachment(file("invitations.file.letter", locale), PDF, letter(campaign, invitation, locale, url)));
        }
        Locale locale = Invitees.locale(invitation);
        files.add(new Attachment(file("invitations.file.calendar", locale), CALENDAR,
                invitationCalendar(campaign, invitation, url).getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    /**
     * Whether the meeting's documents {@code documentIds} fit in one mail with the letters and the
     * calendar file: the outbox refuses a mail over its limit, so a campaign whose documents do not
     * fit is refused when it is saved and when it is sent, not left sending nothing.
     */
    boolean documentsFit(String meetingId, Collection<String> documentIds) {
        long bytes = meetings.documents(meetingId).stream().filter(d -> documentIds.contains(d.id()))
                .mapToLong(MeetingFacts.DocumentInfo::size).sum();
        return bytes + ROOM_FOR_LETTERS <= outbox.maxAttachmentBytes();
    }

    /** The invitation's letter in {@code locale}, as a PDF, with {@code url} as its reply link. */
    byte[] letter(Campaign campaign, InvitationRow invitation, Locale locale, String url) {
        return LetterPdf.render(letters.compose(request(campaign, invitation.municipalityId(), locale, url)));
    }

    /** The invitation's calendar file: every part the campaign offers, the invitee as attendee; {@code url} may be null. */
    String invitationCalendar(Campaign campaign, InvitationRow invitation, String url) {
        Addressees.Addressee town = addressees.one(invitation.municipalityId()).orElseThrow();
        return calendar.ics(campaign.meetingId(), invitation.id(), campaign.partIds(), List.of(),
                Invitees.invitees(town, invitation), url, Invitees.locale(invitation));
    }

    /** Composes (does not render) the campaign's Greek letter to {@code town}: refuses what would fail at sending. */
    void check(Campaign campaign, String municipalityId) {
        letters.compose(request(campaign, municipalityId, InvitationMails.GREEK, links.url("CHECK")));
    }

    /** A confirmation's files: see {@link ConfirmationFiles#confirmation}. */
    List<Attachment> confirmation(Campaign campaign, InvitationRow invitation) {
        return confirmations.confirmation(campaign, invitation);
    }

    /** The letter's languages: Greek, and English too for an invitation in English. */
    static List<Locale> letterLocales(InvitationRow invitation) {
        return Language.english(invitation.language()) ? InvitationMails.BOTH : List.of(InvitationMails.GREEK);
    }

    /** Whether a letter can be addressed to the municipality: its mayor is known by name. */
    static boolean letterPossible(Addressees.Addressee town) {
        return town.mayor() != null && town.mayor().fullName() != null && !town.mayor().fullName().isBlank();
    }

    private List<Attachment> documents(Campaign campaign) {
        List<Attachment> files = new ArrayList<>();
        for (MeetingFacts.DocumentInfo d : meetings.documents(campaign.meetingId())) {
            if (!campaign.documentIds().contains(d.id())) {
                continue;
            }
            try (InputStream in = meetings.openDocument(campaign.meetingId(), d.id()).orElseThrow()) {
                files.add(new Attachment(d.filename(), d.mediaType(), in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private LetterRequest request(Campaign campaign, String municipalityId, Locale locale, String url) {
        var zone = meetings.meeting(campaign.meetingId()).orElseThrow().zone();
        return new LetterRequest(campaign.meetingId(), municipalityId, locale,
                campaign.rsvpDeadline().atZone(zone).toLocalDate(), text(campaign, locale), campaign.documentIds(), url,
                LocalDate.now(clock.withZone(zone)));
    }

    /**
     * The campaign's words as a letter: the network letter's heading over the campaign's
     * paragraphs; a last paragraph that is the network's supporters' line is printed as such.
     */
    static LetterText text(Campaign campaign, Locale locale) {
        String words = campaign.letter().in(locale);
        LetterText network = LetterText.networkDefault(locale);
        List<String> paragraphs = new ArrayList<>(Arrays.stream(words.replace("\r\n", "\n").split("\n\\s*\n"))
                .map(p -> p.strip().replaceAll("\\s*\n\\s*", " ")).filter(p -> !p.isEmpty()).toList());
        String supporters = "";
        if (paragraphs.size() > 1 && same(paragraphs.get(paragraphs.size() - 1), network.supporters())) {
            supporters = paragraphs.remove(paragraphs.size() - 1);
        }
        return new LetterText(network.heading(), paragraphs, supporters);
    }

    private static boolean same(String a, String b) {
        return a.replaceAll("\\s+", " ").strip().equals(b.replaceAll("\\s+", " ").strip());
    }

    private String file(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
