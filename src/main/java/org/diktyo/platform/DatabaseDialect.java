package org.diktyo.platform;

import java.util.Map;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Tells Hibernate which database it talks to, from the JDBC address, so that it does not open a
 * connection at start to ask the driver (issue 18). Only the two engines the platform runs on are
 * named; any other address leaves Hibernate to ask as before.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseDialect {

    private static final Map<String, String> DIALECTS = Map.of(
            "jdbc:h2:", "org.hibernate.dialect.H2Dialect",
            "jdbc:postgresql:", "org.hibernate.dialect.PostgreSQLDialect");

    @Bean
    HibernatePropertiesCustomizer dialectFromAddress(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        return properties -> DIALECTS.entrySet().stream().filter(d -> url.startsWith(d.getKey())).findFirst()
                .ifPresent(d -> {
                    properties.putIfAbsent("hibernate.dialect", d.getValue());
                    properties.putIfAbsent("hibernate.boot.allow_jdbc_metadata_access", "false");
                });
    }
}
