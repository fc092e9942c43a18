package org.diktyo.invitations.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import org.diktyo.platform.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class SendErrorTest {

    @Test
    void aProblemIsKeptAsItsKeyAndArgumentAndReadBackSo() {
        String kept = SendError.of(new Problem(HttpStatus.BAD_REQUEST, "mail.address.invalid", "x y@z"));
        assertThat(kept).isEqualTo("mail.address.invalid x y@z");
        assertThat(SendError.parse(kept)).isEqualTo(new SendError("mail.address.invalid", "x y@z"));
        assertThat(SendError.parse(SendError.of(new Problem(HttpStatus.CONFLICT, "invitations.campaign.documents.tooLarge"))))
                .isEqualTo(new SendError("invitations.campaign.documents.tooLarge", null));
    }

    @Test
    void anyOtherErrorIsReadAsAnErrorOfThePlatform() {
        String kept = SendError.of(new IllegalArgumentException("Illegal character in opaque part"));
        assertThat(kept).startsWith("! java.lang.IllegalArgumentException");
        assertThat(SendError.parse(kept)).isEqualTo(new SendError(SendError.PLATFORM, null));
        assertThat(SendError.parse(null)).isNull();
        assertThat(SendError.parse(" ")).isNull();
    }
}
