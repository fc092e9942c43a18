package org.diktyo.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform on its own (with {@code language}, a viewer and an API controller of the test's
 * own, open to anyone): a refusal is a problem detail in Greek, or in English when asked; a control character
 * in JSON is refused naming the field; a wrong JSON type likewise.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@AutoConfigureMockMvc
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:platform-module;DB_CLOSE_DELAY=-1",
        "diktyo.mail.delivery.enabled=false"})
class PlatformModuleTest {

    @TestConfiguration
    static class Probe {
        @Bean
        ViewerResolver viewerResolver() {
            return () -> Viewer.PUBLIC;
        }

        /** Who may do what is decided by {@code accounts}, which the platform does not use: here, anyone. */
        @Bean
        org.springframework.security.web.SecurityFilterChain openToAll(
                org.springframework.security.config.annotation.web.builders.HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).csrf(c -> c.disable()).build();
        }

        @Bean
        ProbeApi probeApi() {
            return new ProbeApi();
        }
    }

    @RestController
    static class ProbeApi {
        @GetMapping("/api/v1/probe/refusal")
        String refuse() {
            throw new Problem(HttpStatus.CONFLICT, "platform.error.conflict");
        }

        @PostMapping("/api/v1/probe/echo")
        Echo echo(@RequestBody Echo echo) {
            return echo;
        }
    }

    record Echo(String title) {
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aRefusalIsAProblemDetailInGreekOrInEnglish() throws Exception {
        mvc.perform(get("/api/v1/probe/refusal"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("άλλαξε στο μεταξύ")));
        mvc.perform(get("/api/v1/probe/refusal").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("changed meanwhile")));
    }

    @Test
    void controlCharactersAndWrongTypesInJsonAreRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/probe/echo").contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Λάρισα\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Λάρισα"));
        mvc.perform(post("/api/v1/probe/echo").contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"a\\u0000b\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(post("/api/v1/probe/echo").contentType(MediaType.APPLICATION_JSON).content("{\"title\":12}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
    }
}
