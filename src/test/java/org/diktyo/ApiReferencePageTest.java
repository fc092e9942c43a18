package org.diktyo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API reference at {@code /api-docs.html}: a server-rendered page made from the live
 * OpenAPI document (Swagger UI had critical axe violations), in both languages, checked by
 * axe-core; every operation of the document is on it, with its required fields marked.
 */
@DatabaseTest
@Tag("browser")
class ApiReferencePageTest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Browser.open(port);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theReferenceListsEveryOperationWithItsRequiredFieldsAndIsAccessible() {
        browser.get("/api-docs.html");
        assertThat(browser.heading()).isEqualTo("Αναφορά του API");
        List<String> operations = browser.driver.findElements(By.cssSelector("h3.dk-code")).stream()
                .map(WebElement::getText).toList();
        assertThat(operations).contains("PATCH /api/v1/meetings/{id}", "POST /api/v1/meetings",
                "PUT /api/v1/rsvp/{token}", "GET /api/v1/outbox").hasSizeGreaterThan(40);
        WebElement kind = browser.driver.findElement(By.xpath(
                "//table[caption[@id='post-api-v1-meetings-body']]//tr[td[1][normalize-space()='kind']]"));
        assertThat(kind.getText()).contains("ναι");
        WebElement host = browser.driver.findElement(By.xpath(
                "//table[caption[@id='post-api-v1-meetings-body']]//tr[td[1][normalize-space()='hostMunicipalityId']]"));
        assertThat(host.getText()).contains("όχι");
        browser.axe();

        browser.get("/api-docs.html?lang=en");
        assertThat(browser.heading()).isEqualTo("API reference");
        browser.axe();
        browser.assertAccessible("The API reference");
    }
}
