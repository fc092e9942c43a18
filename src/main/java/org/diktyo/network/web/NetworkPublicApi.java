package org.diktyo.network.web;

import org.diktyo.platform.KeptPages;
import org.diktyo.platform.PublicReads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry is public: municipalities, their membership history, partners and bodies; its
 * pages for the public may be answered from memory (ADR 0031).
 */
@Configuration(proxyBeanMethods = false)
class NetworkPublicApi {

    @Bean
    PublicReads networkPublicReads() {
        return PublicReads.of("/api/v1/municipalities", "/api/v1/municipalities/*",
                "/api/v1/municipalities/*/membership", "/api/v1/municipalities/*/standing", "/api/v1/partners", "/api/v1/bodies");
    }

    @Bean
    KeptPages networkKeptPages() {
        return KeptPages.of("/", "/municipalities/*", "/api/v1/municipalities");
    }
}
