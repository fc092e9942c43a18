/**
 * Mail: outgoing messages go into a transactional outbox in the same transaction as the
 * change that caused them, and are delivered over SMTP by {@code OutboxDelivery}, each row
 * claimed by one instance. Status per message: queued, sent, failed with the reason.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package org.diktyo.mail;
