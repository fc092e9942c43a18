package org.diktyo.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages: Greek by default, English by the switch ({@code ?lang=en}), remembered in a
 * cookie for a year. A caller of the API may choose with {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    static final Locale GREEK = Locale.forLanguageTag("el");
    static final List<Locale> SUPPORTED = List.of(GREEK, Locale.ENGLISH);

    private final UiModel ui;

    WebConfig(MessageSource messages, ViewerResolver viewers) {
        this.ui = new UiModel(messages, viewers);
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("diktyo-lang") {
            @Override
            public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
                Locale chosen = super.resolveLocale(request);
                return SUPPORTED.stream().filter(l -> l.getLanguage().equals(chosen.getLanguage()))
                        .findFirst().orElse(GREEK);
            }

            /** Under HTTPS the language's cookie is {@code Secure}, as the session's is. */
            @Override
            public void setLocaleContext(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response,
                    org.springframework.context.i18n.LocaleContext context) {
                super.setLocaleContext(request, request.isSecure() && response != null ? new SecureCookies(response)
                        : response, context);
            }
        };
        resolver.setDefaultLocaleFunction(request -> {
            String header = request.getHeader("Accept-Language");
            if (header != null && request.getRequestURI().startsWith("/api/")) {
                try {
                    Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                    if (match != null) {
                        return match;
                    }
                } catch (IllegalArgumentException malformed) {
                    return GREEK;
                }
            }
            return GREEK;
        });
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            /**
             * An upload's body is not parsed just to look for {@code lang}: the parsing would fail
             * here, before the page or API that refuses a file too large could answer readably.
             */
            @Override
            public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response, Object handler)
                    throws jakarta.servlet.ServletException {
                String type = request.getContentType();
                if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                    return true;
                }
                return super.preHandle(request, response, handler);
            }
        };
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        registry.addInterceptor(ui);
    }
}
