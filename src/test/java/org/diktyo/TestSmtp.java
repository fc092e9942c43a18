package org.diktyo;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The test SMTP server (GreenMail). Its port is {@code DIKTYO_TEST_SMTP_PORT} (3025 by default),
 * so that two checkouts can run their tests side by side; the application under test is
 * pointed at it by {@link DatabaseEngine}.
 */
public final class TestSmtp {

    private TestSmtp() {
    }

    public static int port() {
        String port = System.getenv("DIKTYO_TEST_SMTP_PORT");
        return port == null || port.isBlank() ? 3025 : Integer.parseInt(port.trim());
    }

    /** A GreenMail server for a test class, on {@link #port()}. */
    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(port(), null, ServerSetup.PROTOCOL_SMTP));
    }
}
