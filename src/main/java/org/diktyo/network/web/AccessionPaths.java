package org.diktyo.network.web;

import org.diktyo.links.LinkPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code POST /api/v1/join} needs no account and keeps no cookie (the stateless chain of personal links). */
@Configuration(proxyBeanMethods = false)
class AccessionPaths {

    @Bean
    LinkPaths joinApiPaths() {
        return LinkPaths.of("/api/v1/join");
    }
}
