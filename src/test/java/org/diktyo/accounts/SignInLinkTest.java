package org.diktyo.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.diktyo.DatabaseTest;
import org.diktyo.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * Sign-in by a one-time link: the email arrives over real SMTP (GreenMail), the link signs
 * in once, and only its hash is stored.
 */
@DatabaseTest
class SignInLinkTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void aLinkByEmailSignsInOnceAndIsStoredHashed() throws Exception {
        String email = accounts.userFor(Role.PARTNER, null);
        MvcResult asked = mvc.perform(post("/signin/link").param("username", email).with(csrf())).andReturn();
        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/signin/link/sent");

        MimeMessage mail = mailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Σύνδεσμος σύνδεσης στο Δίκτυο Πόλεων για την Ένταξη");
        assertThat(((jakarta.mail.internet.InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("diktyo@localhost");
        String body = plainText(mail);
        assertThat(body).contains("Καλημέρα σας");
        Matcher link = Pattern.compile("http://localhost:8080/signin/link\\?token=([A-Za-z0-9_-]{43})\\s").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        String token = link.group(1);
        assertThat(jdbc.queryForObject("select count(*) from sign_in_link where token_hash = ?", Integer.class,
                SecretTokens.hash(token))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from sign_in_link where token_hash = ?", Integer.class, token))
                .isZero();

        assertThat(mvc.perform(get("/signin/link").param("token", token)).andReturn().getResponse().getContentAsString())
                .contains("action=\"/signin/link/verify\"");
        MvcResult used = mvc.perform(post("/signin/link/verify").param("token", token).with(csrf())).andReturn();
        assertThat(used.getResponse().getRedirectedUrl()).isEqualTo("/");
        MockHttpSession session = (MockHttpSession) used.getRequest().getSession(false);
        assertThat(mvc.perform(get("/admin/registry").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        MvcResult again = mvc.perform(post("/signin/link/verify").param("token", token).with(csrf())).andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/signin?linkInvalid");
    }

    /** The decoded text/plain part of a message. */
    static String plainText(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        MvcResult asked = mvc.perform(post("/signin/link").param("username", "nobody@nowhere.example").with(csrf()))
                .andReturn();
        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/signin/link/sent");
        Thread.sleep(1000);
        assertThat(smtp.getReceivedMessagesForDomain("nowhere.example")).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() throws Exception {
        MvcResult wrong = mvc.perform(post("/signin").param("email", "secretariat@diktyo.example")
                .param("password", "wrong").with(csrf())).andReturn();
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/signin?error");
        assertThat(mvc.perform(get("/signin").param("error", "")).andReturn().getResponse().getContentAsString())
                .contains("Το email ή ο κωδικός δεν είναι σωστά.");
    }

    /**
     * The first message to {@code address}, within 15 s: other tests of the same application may
     * still be delivering mail (reply confirmations) to the same test server and domain.
     */
    static MimeMessage mailTo(String address) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < until) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                for (jakarta.mail.Address to : m.getAllRecipients()) {
                    if (((jakarta.mail.internet.InternetAddress) to).getAddress().equalsIgnoreCase(address)) {
                        return m;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + address + " within 15 s");
    }
}
