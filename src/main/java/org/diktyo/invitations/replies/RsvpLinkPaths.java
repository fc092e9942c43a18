package org.diktyo.invitations.replies;

import org.diktyo.links.LinkPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code /api/v1/rsvp/{token}} needs no account: the reply link's token is the credential. */
@Configuration(proxyBeanMethods = false)
class RsvpLinkPaths {

    @Bean
    LinkPaths replyApiPaths() {
        return LinkPaths.of("/api/v1/rsvp/**");
    }
}
