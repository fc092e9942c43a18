package org.diktyo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.mock.env.MockEnvironment;

/** The base URL of links: configured, or derived from the port the server really listens on; a warning without the demo. */
@ExtendWith(OutputCaptureExtension.class)
class BaseUrlTest {

    static WebServerInitializedEvent started(int port, String namespace) {
        WebServer server = mock(WebServer.class);
        when(server.getPort()).thenReturn(port);
        WebServerApplicationContext context = mock(WebServerApplicationContext.class);
        when(context.getServerNamespace()).thenReturn(namespace);
        WebServerInitializedEvent event = mock(WebServerInitializedEvent.class);
        when(event.getWebServer()).thenReturn(server);
        when(event.getApplicationContext()).thenReturn(context);
        return event;
    }

    static MockEnvironment profiles(String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return environment;
    }

    @Test
    void withoutAConfiguredBaseUrlLinksUseThePortTheServerListensOn(CapturedOutput output) {
        BaseUrl url = new BaseUrl("", "8181", profiles("demo"));
        assertThat(url.get()).isEqualTo("http://localhost:8181");
        url.onApplicationEvent(started(8282, null));
        assertThat(url.get()).isEqualTo("http://localhost:8282");
        url.onApplicationEvent(started(9090, "management"));
        assertThat(url.get()).as("the management server's port is not the application's").isEqualTo("http://localhost:8282");
        assertThat(url.configured()).isFalse();
        assertThat(output.getOut() + output.getErr()).as("the demo needs no base URL").doesNotContain("diktyo.base-url");
    }

    @Test
    void aConfiguredBaseUrlWinsAndLosesItsTrailingSlash(CapturedOutput output) {
        BaseUrl url = new BaseUrl("https://diktyo.example.gr/", "8080", profiles("postgresql"));
        url.onApplicationEvent(started(8181, null));
        assertThat(url.get()).isEqualTo("https://diktyo.example.gr");
        assertThat(url.configured()).isTrue();
        assertThat(output.getOut() + output.getErr()).doesNotContain("diktyo.base-url");
    }

    @Test
    void inProductionAMissingBaseUrlIsAWarningAtStart(CapturedOutput output) {
        BaseUrl url = new BaseUrl(null, "8080", profiles("postgresql"));
        url.onApplicationEvent(started(8181, null));
        assertThat(url.get()).isEqualTo("http://localhost:8181");
        assertThat(output.getOut() + output.getErr()).contains("WARN", "diktyo.base-url (DIKTYO_BASE_URL) is not set",
                "http://localhost:8181");
    }
}
