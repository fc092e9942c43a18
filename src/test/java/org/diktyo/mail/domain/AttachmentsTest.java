package org.diktyo.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The type an attachment goes out with; the back-off between attempts; names and headers made safe. */
class AttachmentsTest {

    @Test
    void aCalendarGetsTheMethodItsFileDeclaresAndTextGetsUtf8() {
        byte[] request = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Attachments.contentType("text/calendar", request)).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
        byte[] publish = "BEGIN:VCALENDAR\nMETHOD:publish\nEND:VCALENDAR\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Attachments.contentType("TEXT/Calendar; charset=utf-8", publish))
                .isEqualTo("text/calendar; method=PUBLISH; charset=utf-8");
        assertThat(Attachments.contentType("text/calendar", "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/calendar; charset=UTF-8");
        assertThat(Attachments.contentType("application/pdf", new byte[0])).isEqualTo("application/pdf");
        assertThat(Attachments.contentType("text/csv", new byte[0])).isEqualTo("text/csv; charset=UTF-8");
        assertThat(Attachments.contentType("not a type", new byte[0])).isEqualTo("application/octet-stream");
        assertThat(Attachments.contentType(null, new byte[0])).isEqualTo("application/octet-stream");
    }

    @Test
    void fileNamesLoseTheirPathAndHeadersCannotBreakALine() {
        assertThat(QueueMail.filename("../../etc/Επιστολή.pdf")).isEqualTo("Επιστολή.pdf");
        assertThat(QueueMail.filename("C:\\Users\\x\\Πρόσκληση.ics")).isEqualTo("Πρόσκληση.ics");
        assertThat(QueueMail.filename("a\u0000b\"c.pdf")).isEqualTo("abc.pdf");
        assertThat(QueueMail.filename("..")).isEqualTo("attachment");
        assertThat(QueueMail.oneLine("Θέμα\r\nBcc: someone@example.test")).isEqualTo("Θέμα Bcc: someone@example.test");
    }

    @Test
    void theBackOffDoublesUpToItsCeiling() {
        MailSettings settings = new MailSettings("diktyo@diktyo.example", "secretariat@diktyo.example",
                Duration.ofSeconds(2), 20, Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofHours(1), 8,
                1_000_000, "", 0);
        assertThat(settings.backOff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backOff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.backOff(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(settings.backOff(7)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.backOff(40)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.domain()).isEqualTo("diktyo.example");
        assertThat(settings.instance()).isNotBlank();
    }
}
