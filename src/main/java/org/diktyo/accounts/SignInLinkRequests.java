package org.diktyo.accounts;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Requests of sign-in links, limited per target email (a mailbox is not flooded) and per
 * client address (one client does not queue mail for many addresses), in memory per instance
 * (ADR 0015). A request over either limit sends nothing; the page says the same either way.
 */
@Component
class SignInLinkRequests {

    private final RefillingBuckets emails;
    private final RefillingBuckets addresses;

    SignInLinkRequests(@Value("${diktyo.sign-in.links-per-email:3}") int perEmail,
            @Value("${diktyo.sign-in.links-per-email-refill:5m}") Duration emailRefill,
            @Value("${diktyo.sign-in.links-per-address:10}") int perAddress,
            @Value("${diktyo.sign-in.links-per-address-refill:1m}") Duration addressRefill, Clock clock) {
        this.emails = new RefillingBuckets(perEmail, emailRefill, clock);
        this.addresses = new RefillingBuckets(perAddress, addressRefill, clock);
    }

    /** Counts a request; true if a link may be sent. */
    boolean allow(String email, String address) {
        return addresses.trySpend(address) && emails.trySpend(SignInAttempts.key(email));
    }
}
