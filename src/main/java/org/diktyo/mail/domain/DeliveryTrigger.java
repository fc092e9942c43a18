package org.diktyo.mail.domain;

/** Asks this instance's delivery to look at the outbox now rather than at its next poll. */
public interface DeliveryTrigger {

    void wake();
}
