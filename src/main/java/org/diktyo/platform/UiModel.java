package org.diktyo.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Puts the {@link Ui} into the model of every page, once its controller has chosen the page:
 * a redirect or an API answer (which has no model) does not build it, nor look up who is signed in.
 */
class UiModel implements HandlerInterceptor {

    static final String ATTRIBUTE = "ui";

    private final MessageSource messages;
    private final ViewerResolver viewers;

    UiModel(MessageSource messages, ViewerResolver viewers) {
        this.messages = messages;
        this.viewers = viewers;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page != null && !page.wasCleared() && !page.getModel().containsKey(ATTRIBUTE)
                && !(page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
            page.addObject(ATTRIBUTE, build(request, messages, viewers));
        }
    }

    static Ui build(HttpServletRequest request, MessageSource messages, ViewerResolver viewers) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String path = request.getRequestURI();
        String query = request.getQueryString();
        if (query != null) {
            String kept = java.util.Arrays.stream(query.split("&"))
                    .filter(p -> !p.startsWith("lang="))
                    .reduce((a, b) -> a + "&" + b).orElse("");
            if (!kept.isEmpty()) {
                path = path + "?" + kept;
            }
        }
        return new Ui(messages, LocaleContextHolder.getLocale(),
                () -> csrf, // every accessor of the deferred token loads it, and creates a session
                viewers.current(), path, notice(request), assets(request));
    }

    /** Fingerprinted addresses of static files, from the provider Spring MVC puts on every request it handles. */
    private static java.util.function.UnaryOperator<String> assets(HttpServletRequest request) {
        Object provider = request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR);
        if (provider instanceof ResourceUrlProvider urls) {
            return path -> {
                String fingerprinted = urls.getForLookupPath(path);
                return fingerprinted == null ? path : fingerprinted;
            };
        }
        return path -> path;
    }

    /** Controllers confirm a change with {@code redirect.addFlashAttribute(Notices.ATTRIBUTE, key)}. */
    private static String notice(HttpServletRequest request) {
        var flash = org.springframework.web.servlet.support.RequestContextUtils.getInputFlashMap(request);
        Object notice = flash == null ? null : flash.get(Notices.ATTRIBUTE);
        return notice instanceof String key ? key : null;
    }
}
