package org.diktyo.positions.web;

import org.diktyo.platform.PublicReads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sent positions are public: their text, addressees, the signatures that count, the letter. */
@Configuration(proxyBeanMethods = false)
class PositionsPublicApi {

    @Bean
    PublicReads positionsPublicReads() {
        return PublicReads.of("/api/v1/positions", "/api/v1/positions/*", "/api/v1/positions/*/addressees",
                "/api/v1/positions/*/signatures", "/api/v1/positions/*/letter.pdf", "/api/v1/positions/*/responses");
    }
}
