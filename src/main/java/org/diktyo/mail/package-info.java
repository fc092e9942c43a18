/**
 * Mail: outgoing messages go into a transactional outbox in the same transaction as the change
 * that caused them, and are delivered over SMTP by every instance, each message by exactly one
 * at a time. Nothing is lost when the relay is down; a retry sends the same message.
 *
 * <h2>API (this package; everything beneath it is the module's own)</h2>
 * <ul>
 * <li>{@link org.diktyo.mail.Outbox}: {@code long queue(OutgoingMail)} — in the caller's
 * transaction; {@code Optional<OutboxEntry> entry(long id)}; {@code List<OutboxEntry>
 * byReference(String)}; {@code Map<String, OutboxEntry> latestByReference(Collection<String>,
 * String purpose)}; {@code Map<String, DeliveryStatus> statusByReference(Collection<String>)}
 * and {@code (…, String purpose)}; {@code long resend(long id)} — a new copy, new Message-ID;
 * {@code void retry(long id)} — a failed message due again, same Message-ID;
 * {@code List<OutboxEntry> latest(int)}.</li>
 * <li>{@link org.diktyo.mail.OutgoingMail}{@code (to, cc, subject, text, html, attachments,
 * purpose, reference)} with {@link org.diktyo.mail.OutgoingMail.Attachment}{@code (filename,
 * contentType, byte[] content)}. {@code purpose} says what a message is for, in lower-case
 * Latin ({@code invitation}, {@code rsvp-confirmation}); {@code reference} ties it to what
 * caused it (e.g. an invitation's id) so its sender can ask what became of it. {@code html} may
 * be null: a simple HTML part is made from the text. A {@code text/calendar} attachment is
 * sent with the {@code method} its file declares ({@code METHOD:REQUEST} →
 * {@code text/calendar; method=REQUEST; charset=UTF-8}); text types get {@code charset=UTF-8}.</li>
 * <li>{@link org.diktyo.mail.OutboxEntry}: the stored message and its delivery state
 * ({@link org.diktyo.mail.DeliveryStatus} {@code QUEUED, SENDING, SENT, FAILED}; attempts; the
 * last failure as a {@link org.diktyo.mail.FailureKind} and the relay's words; times).</li>
 * </ul>
 *
 * <h2>What delivery promises</h2>
 * Every message is sent from {@code diktyo.mail.from} (the network's name as the sender's
 * name), Reply-To {@code diktyo.mail.reply-to}, as {@code multipart/alternative} text and HTML
 * inside {@code multipart/mixed} with its attachments, with the Message-ID fixed when it was
 * queued. A failure is retried after {@code diktyo.mail.retry.base} × 2<sup>n-1</sup> (at most
 * {@code retry.max-delay}) until {@code retry.max-attempts}; a refusal for good (SMTP 5xx) is
 * not retried. Messages are claimed under a lease, so two instances never send one message at
 * the same time, and an instance that dies mid-batch leaves its messages to the others. The
 * one case SMTP itself leaves open: an instance that dies after the relay accepted a message
 * and before it could record so sends it again once the lease ends — with the same Message-ID,
 * so the receiver can tell. See ADR 0007.
 *
 * <p>Pages: {@code /admin/outbox} (secretariat), {@code /demo/mail} (demo profile, where
 * {@code diktyo.mail.delivery.enabled=false} keeps mail in the outbox); API: {@code /api/v1/outbox}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = {"platform"})
package org.diktyo.mail;
