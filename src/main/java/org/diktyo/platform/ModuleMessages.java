package org.diktyo.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text a person reads, one bundle per module: {@code i18n/<module>_el.properties}
 * (Greek, the default) and {@code i18n/<module>_en.properties}. A module adds its bundle and
 * nothing else; the bundles are found on the class path at start.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessages {

    static final String PATTERN = "classpath*:i18n/*_el.properties";

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new UnsharedFormats();
        source.setBasenames(basenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(WebConfig.GREEK);
        return source;
    }

    /**
     * Spring formats a text with arguments while holding the lock of one {@link MessageFormat}
     * kept per key and language: every request rendering the same text waits for the others
     * (on the reply page, 50 clients spent ~19 threads' time blocked there). Each call formats
     * with its own copy of the parsed pattern instead; the parse is still done once.
     */
    static final class UnsharedFormats extends ResourceBundleMessageSource {
        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            MessageFormat shared = super.resolveCode(code, locale);
            return shared == null ? null : (MessageFormat) shared.clone();
        }
    }

    static String[] basenames() {
        try {
            Resource[] greek = new PathMatchingResourcePatternResolver().getResources(PATTERN);
            return Arrays.stream(greek).map(Resource::getFilename).filter(Objects::nonNull)
                    .map(name -> "i18n/" + name.substring(0, name.length() - "_el.properties".length()))
                    .distinct().sorted().toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
