package org.diktyo.meetings.web;

import org.diktyo.platform.KeptPages;
import org.diktyo.platform.PublicReads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Meetings are read without an account; what each caller sees of them (a meeting of the
 * network only, its documents) is decided by the meetings' own visibility rule. Their pages, as
 * an anonymous visitor sees them, may be answered from memory (ADR 0031).
 */
@Configuration(proxyBeanMethods = false)
class MeetingsPublicApi {

    @Bean
    PublicReads meetingsPublicReads() {
        return PublicReads.of("/api/v1/meetings", "/api/v1/meetings/**");
    }

    @Bean
    KeptPages meetingsKeptPages() {
        return KeptPages.of("/meetings", "/meetings/*");
    }
}
