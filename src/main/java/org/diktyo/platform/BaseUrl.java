package org.diktyo.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The address that links sent by email and printed on letters begin with: {@code diktyo.base-url}
 * when it is configured; otherwise {@code http://localhost:<port>} with the port the server
 * really listens on (known once it has started), so that a platform run with
 * {@code --server.port=8181} sends links that work on this machine. Never taken from a request.
 * Without the demo profile a missing base URL is a warning at start: links in mail must reach
 * the recipients, which localhost does not.
 */
@Component
public class BaseUrl implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(BaseUrl.class);

    private final String configured;
    private final boolean demo;
    private volatile String derived;

    BaseUrl(@Value("${diktyo.base-url:}") String configured, @Value("${server.port:8080}") String port, Environment environment) {
        this.configured = configured == null || configured.isBlank() ? null : withoutSlash(configured.strip());
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
        this.derived = "http://localhost:" + port;
    }

    /** The base URL without a trailing slash, e.g. {@code https://diktyo.example.gr}. */
    public String get() {
        return configured != null ? configured : derived;
    }

    /** Whether {@code diktyo.base-url} is set; otherwise the address is derived from the port. */
    public boolean configured() {
        return configured != null;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return; // a management server on its own port: links point to the application's
        }
        derived = "http://localhost:" + event.getWebServer().getPort();
        if (configured == null && !demo) {
            log.warn("diktyo.base-url (DIKTYO_BASE_URL) is not set: links in mail and on letters point to {},"
                    + " which only this machine can open. Set it to the platform's public address.", derived);
        }
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
