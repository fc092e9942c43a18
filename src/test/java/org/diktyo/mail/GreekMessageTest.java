package org.diktyo.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.diktyo.DatabaseTest;
import org.diktyo.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * A message in Greek with a copy, a PDF and a calendar file, over real SMTP (GreenMail): the
 * headers a mail program reads, both text parts, and the attachments byte for byte.
 */
@DatabaseTest
class GreekMessageTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Autowired
    Outbox outbox;

    static final String SUBJECT = "Πρόσκληση σε Συνάντηση Εργασίας του Δικτύου Πόλεων για την Ένταξη — Δευτέρα 17 Ιουνίου 2024";
    static final String PDF_NAME = "Επιστολή πρόσκλησης — Δήμος Αθηναίων.pdf";
    static final String ICS_NAME = "Συνάντηση εργασίας.ics";

    static byte[] pdf() throws Exception {
        try (InputStream in = GreekMessageTest.class.getResourceAsStream("/demo/memorandum-axes.pdf")) {
            return in.readAllBytes();
        }
    }

    static byte[] ics() {
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Diktyo//test//EL", "METHOD:REQUEST",
                "BEGIN:VEVENT", "UID:meeting-2024-06-17@diktyo.example", "DTSTAMP:20240601T090000Z",
                "DTSTART:20240617T070000Z", "DTEND:20240617T110000Z",
                "SUMMARY:Συνάντηση Εργασίας του Δικτύου Πόλεων για την Ένταξη",
                "LOCATION:Δημαρχείο Αθηνών\\, Αθηνάς 63", "ORGANIZER;CN=Γραμματεία:mailto:secretariat@localhost",
                "END:VEVENT", "END:VCALENDAR", "").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aGreekMessageWithACopyAndTwoAttachmentsArrivesWhole() throws Exception {
        byte[] pdf = pdf();
        byte[] ics = ics();
        String text = "Κύριε Δήμαρχε,\n\nσας προσκαλούμε στη Συνάντηση Εργασίας της Δευτέρας 17 Ιουνίου 2024.\n";
        String html = "<p>Κύριε Δήμαρχε,</p><p>σας προσκαλούμε στη <strong>Συνάντηση Εργασίας</strong>.</p>";
        long id = outbox.queue(new OutgoingMail("Χάρης Δούκας <mayor@greek.test>", List.of("focal.point@greek-cc.test"), SUBJECT, text,
                html, List.of(new OutgoingMail.Attachment(PDF_NAME, "application/pdf", pdf),
                        new OutgoingMail.Attachment(ICS_NAME, "text/calendar", ics)),
                "invitation", "test-invitation-1"));

        assertThat(Mailboxes.await(Duration.ofSeconds(20), () -> smtp.getReceivedMessages().length >= 2))
                .as("the message and its copy arrive").isTrue();
        assertThat(Mailboxes.await(Duration.ofSeconds(10),
                () -> outbox.entry(id).orElseThrow().status() == DeliveryStatus.SENT)).isTrue();
        OutboxEntry entry = outbox.entry(id).orElseThrow();
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.messageId()).matches("<[0-9a-f]{32}@localhost>");
        assertThat(entry.attachments()).extracting(OutboxEntry.AttachmentInfo::filename, OutboxEntry.AttachmentInfo::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PDF_NAME, (long) pdf.length),
                        org.assertj.core.groups.Tuple.tuple(ICS_NAME, (long) ics.length));
        assertThat(outbox.statusByReference(List.of("test-invitation-1", "nothing-here")))
                .containsExactly(java.util.Map.entry("test-invitation-1", DeliveryStatus.SENT));

        MimeMessage to = smtp.getReceivedMessagesForDomain("greek.test")[0];
        MimeMessage cc = smtp.getReceivedMessagesForDomain("greek-cc.test")[0];
        assertThat(cc.getMessageID()).isEqualTo(to.getMessageID()).isEqualTo(entry.messageId());

        // Headers: the platform's own sender with the network's Greek name, Reply-To the secretariat.
        InternetAddress from = (InternetAddress) to.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("diktyo@localhost");
        assertThat(from.getPersonal()).isEqualTo("Δίκτυο Πόλεων για την Ένταξη");
        assertThat(to.getHeader("From")[0]).startsWith("=?UTF-8?").doesNotContain("Δίκτυο");
        InternetAddress replyTo = (InternetAddress) to.getReplyTo()[0];
        assertThat(replyTo.getAddress()).isEqualTo("secretariat@localhost");
        assertThat(replyTo.getPersonal()).isEqualTo("Γραμματεία του Δικτύου Πόλεων για την Ένταξη");
        InternetAddress mayor = (InternetAddress) to.getRecipients(Message.RecipientType.TO)[0];
        assertThat(mayor.getAddress()).isEqualTo("mayor@greek.test");
        assertThat(mayor.getPersonal()).isEqualTo("Χάρης Δούκας");
        assertThat(to.getHeader("To")[0]).as("RFC 2047 on the wire").startsWith("=?UTF-8?").endsWith("<mayor@greek.test>");
        assertThat(entry.to()).isEqualTo("Χάρης Δούκας <mayor@greek.test>");
        assertThat(to.getRecipients(Message.RecipientType.CC)).extracting(Object::toString)
                .containsExactly("focal.point@greek-cc.test");
        // The subject: RFC 2047 encoded words, pure ASCII on the wire, the Greek back when decoded.
        String rawSubject = to.getHeader("Subject")[0];
        assertThat(rawSubject).startsWith("=?UTF-8?").matches("[\\x20-\\x7E\\r\\n\\t]+");
        assertThat(to.getSubject()).isEqualTo(SUBJECT);
        assertThat(to.getSentDate()).isNotNull();

        // Structure: multipart/mixed { multipart/alternative { text/plain, text/html }, PDF, calendar }.
        assertThat(new ContentType(to.getContentType()).getBaseType()).isEqualTo("multipart/mixed");
        Multipart mixed = (Multipart) to.getContent();
        assertThat(mixed.getCount()).isEqualTo(3);
        Part body = mixed.getBodyPart(0);
        assertThat(new ContentType(body.getContentType()).getBaseType()).isEqualTo("multipart/alternative");
        Multipart alternative = (Multipart) body.getContent();
        assertThat(alternative.getCount()).isEqualTo(2);
        ContentType plain = new ContentType(alternative.getBodyPart(0).getContentType());
        assertThat(plain.getBaseType()).isEqualTo("text/plain");
        assertThat(plain.getParameter("charset")).isEqualToIgnoringCase("UTF-8");
        assertThat(((String) alternative.getBodyPart(0).getContent()).replace("\r\n", "\n")).isEqualTo(text);
        assertThat(new ContentType(alternative.getBodyPart(1).getContentType()).getBaseType()).isEqualTo("text/html");
        assertThat((String) alternative.getBodyPart(1).getContent()).isEqualTo(html);

        Part pdfPart = mixed.getBodyPart(1);
        assertThat(new ContentType(pdfPart.getContentType()).getBaseType()).isEqualTo("application/pdf");
        assertThat(pdfPart.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(pdfPart.getFileName()).isEqualTo(PDF_NAME);
        String disposition = pdfPart.getHeader("Content-Disposition")[0];
        assertThat(disposition).as("RFC 2231 file name").contains("filename*").contains("UTF-8''")
                .matches("[\\x20-\\x7E\\r\\n\\t]+");
        assertThat(Mailboxes.bytes(pdfPart)).isEqualTo(pdf);

        Part icsPart = mixed.getBodyPart(2);
        ContentType calendar = new ContentType(icsPart.getContentType());
        assertThat(calendar.getBaseType()).isEqualTo("text/calendar");
        assertThat(calendar.getParameter("method")).isEqualTo("REQUEST");
        assertThat(calendar.getParameter("charset")).isEqualTo("UTF-8");
        assertThat(icsPart.getHeader("Content-Type")[0].replaceAll("\\s+", " "))
                .startsWith("text/calendar; method=REQUEST; charset=UTF-8");
        assertThat(icsPart.getFileName()).isEqualTo(ICS_NAME);
        assertThat(Mailboxes.bytes(icsPart)).isEqualTo(ics);
        assertThat(MimeUtility.decodeText(rawSubject.replaceAll("\\r?\\n\\s", " "))).isEqualTo(SUBJECT);
    }
}
