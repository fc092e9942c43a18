package org.diktyo.invitations.replies;

import org.diktyo.links.LinkPaths;
import org.diktyo.platform.KeptPages;
import org.diktyo.platform.LinkPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /api/v1/rsvp/{token}} needs no account: the reply link's token is the credential. The
 * reply page {@code /r/{token}} is public; its forms need no CSRF token for the same reason. Read
 * again without a session, it is answered from memory until the database changes (ADR 0031): an
 * answer, a revocation, a new deadline are seen at once; the passing of a deadline within the
 * pages' age (5 s), and the answer itself is refused after it whatever the page showed.
 */
@Configuration(proxyBeanMethods = false)
class RsvpLinkPaths {

    @Bean
    LinkPaths replyApiPaths() {
        return LinkPaths.of("/api/v1/rsvp/**");
    }

    @Bean
    LinkPages replyLinkPages() {
        return LinkPages.of("/r/**");
    }

    @Bean
    KeptPages replyKeptPages() {
        return KeptPages.of("/r/*");
    }
}
