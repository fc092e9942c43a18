package org.diktyo.platform;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Public pages kept in memory (ADR 0031), on unless {@code diktyo.pages.kept} is false (the tests'
 * profile turns it off; {@code RenderedPagesTest} turns it on). Only on the two engines whose
 * changes can be followed: PostgreSQL ({@code pg_current_snapshot()}) and H2 (its writes counted).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "diktyo.pages.kept", havingValue = "true", matchIfMissing = true)
class KeptPagesConfig {

    /** Every connection of the application's data source is watched for writes (on PostgreSQL: this instance's own, seen before the snapshot's recheck). */
    @Bean
    static BeanPostProcessor countedWrites(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource d && !(bean instanceof CountedWrites)
                        && (url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql:")) ? new CountedWrites(d, url) : bean;
            }
        };
    }

    @Bean
    RenderedPages renderedPages(@Value("${diktyo.pages.max-age:5s}") Duration maxAge,
            @Value("${diktyo.pages.max-size:16MB}") DataSize maxSize) {
        return new RenderedPages(maxAge, maxSize.toBytes());
    }

    @Bean
    FilterRegistrationBean<KeptPagesFilter> keptPagesFilter(RenderedPages pages, DataSource dataSource,
            Environment environment, LocaleResolver locales, List<KeptPages> kept,
            @Value("${diktyo.pages.recheck:100ms}") Duration recheck) throws SQLException {
        String url = environment.getProperty("spring.datasource.url", "");
        CountedWrites writes = dataSource.isWrapperFor(CountedWrites.class) ? dataSource.unwrap(CountedWrites.class) : null;
        DatabaseChanges changes = writes == null ? null
                : url.startsWith("jdbc:postgresql:") ? DatabaseChanges.snapshots(dataSource, recheck, writes)
                        : DatabaseChanges.counted(writes);
        FilterRegistrationBean<KeptPagesFilter> registration = new FilterRegistrationBean<>(
                new KeptPagesFilter(pages, changes, locales, KeptCompression.of(environment), changes == null ? List.of() : kept));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // outside PublicCaching's ETags and the security
        registration.setName("keptPages");
        return registration;
    }
}
