package org.diktyo.accounts;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.diktyo.mail.OutgoingMail;
import org.diktyo.mail.Outbox;
import org.diktyo.platform.BaseUrl;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends the one-time sign-in link by email, in the language of the page that asked for it,
 * to known users only; the page says the same either way, so it tells nobody whether an
 * address has an account. The link is built from the configured base URL, never from the
 * request.
 */
@Component
class SignInLinkMailer implements OneTimeTokenGenerationSuccessHandler {

    private final Accounts accounts;
    private final Outbox outbox;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final BaseUrl baseUrl;

    SignInLinkMailer(Accounts accounts, Outbox outbox, MessageSource messages, LocaleResolver locales,
            BaseUrl baseUrl) {
        this.locales = locales;
        this.accounts = accounts;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token) throws IOException {
        Locale locale = locales.resolveLocale(request); // runs in the filter chain, before Spring MVC sets the locale
        accounts.findByEmail(token.getUsername()).filter(Account::enabled).ifPresent(account -> {
            String link = UriComponentsBuilder.fromUriString(baseUrl.get()).path("/signin/link")
                    .queryParam("token", token.getTokenValue()).build().toUriString();
            String subject = messages.getMessage("accounts.link.mail.subject", null, locale);
            String text = messages.getMessage("accounts.link.mail.text",
                    new Object[] {account.displayName(), link, HashedOneTimeTokens.VALIDITY.toMinutes()}, locale);
            String html = "<p>" + HtmlUtils.htmlEscape(text).replace("\n\n", "</p><p>").replace("\n", "<br>")
                    .replace(HtmlUtils.htmlEscape(link), "<a href=\"" + HtmlUtils.htmlEscape(link) + "\">"
                            + HtmlUtils.htmlEscape(link) + "</a>") + "</p>";
            outbox.queue(new OutgoingMail(account.email(), subject, text, html, "sign-in-link"));
        });
        response.sendRedirect(request.getContextPath() + "/signin/link/sent");
    }
}
