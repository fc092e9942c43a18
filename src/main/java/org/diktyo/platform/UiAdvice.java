package org.diktyo.platform;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the {@link Ui} into the model of every page. */
@ControllerAdvice(annotations = Controller.class)
class UiAdvice {

    private final MessageSource messages;
    private final ViewerResolver viewers;

    UiAdvice(MessageSource messages, ViewerResolver viewers) {
        this.messages = messages;
        this.viewers = viewers;
    }

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request) {
        return build(request, messages, viewers);
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
                viewers.current(), path, notice(request));
    }

    /** Controllers confirm a change with {@code redirect.addFlashAttribute(UiAdvice.NOTICE, key)}. */
    private static String notice(HttpServletRequest request) {
        var flash = org.springframework.web.servlet.support.RequestContextUtils.getInputFlashMap(request);
        Object notice = flash == null ? null : flash.get(Notices.ATTRIBUTE);
        return notice instanceof String key ? key : null;
    }
}
