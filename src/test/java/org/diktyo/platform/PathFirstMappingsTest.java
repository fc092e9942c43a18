package org.diktyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Addresses are matched by their path first (PathFirstMappings); what is found, 404 and 405 are as before. */
@DatabaseTest
class PathFirstMappingsTest {

    private static final String TOKEN = ErrorsOutsideControllersTest.TOKEN;

    @LocalServerPort
    int port;

    @Autowired
    RequestMappingHandlerMapping requestMappingHandlerMapping;

    @Test
    void theApplicationsMappingIsThePathFirstOne() {
        assertThat(requestMappingHandlerMapping.getClass().getEnclosingClass()).isEqualTo(PathFirstMappings.class);
    }

    @Test
    void addressesWithVariablesFindTheirHandlerAndTheRefusalsAreUnchanged() {
        Http http = new Http(port);
        HttpResponse<String> athens = http.get("/municipalities/athens", null);
        assertThat(athens.statusCode()).isEqualTo(200);
        assertThat(athens.body()).contains("Αθην");

        HttpResponse<String> noMeeting = http.get("/api/v1/meetings/no-such-meeting", TOKEN, "Accept-Language", "en");
        assertThat(noMeeting.statusCode()).isEqualTo(404);
        assertThat(noMeeting.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");

        HttpResponse<String> wrongMethod = http.send("DELETE", "/api/v1/meetings/no-such-meeting/cancel", TOKEN, null);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow").orElse("")).contains("POST");

        assertThat(http.get("/api/v1/no-such-collection/42", TOKEN).statusCode()).isEqualTo(404);
        assertThat(http.get("/r/not-a-live-link-at-all", null).statusCode()).isEqualTo(404);
    }
}
