/**
 * Invitations: letters of invitation to municipalities (composed from a meeting, its host,
 * the recipient and the network's text), campaigns that invite a chosen audience with a
 * delegation quota and an RSVP deadline, personal reply links, replies per part with
 * delegates, capacity and waitlist, reminders and check-in.
 *
 * <p>Split by capability, each sub-package with its use cases, its SQL and its pages and API:
 * {@code campaigns} (planning, sending, the campaigns' jobs, the secretariat's pages and API),
 * {@code replies} (the answer, group commit, seats and waitlist, confirmations, the reply page
 * and RSVP API), {@code checkin} (check-in and the lists of the day), {@code letters} (the
 * letter of invitation). What several of them share stays here: the invitation, campaign and
 * delegate rows, the stored answer, links, mails, places. This package depends on none of its
 * sub-packages, and they form no cycle (campaigns uses replies; replies uses checkin's QR code).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Invitations",
        allowedDependencies = {"platform", "language", "network", "meetings", "documents", "mail", "accounts", "jobs", "links"})
package org.diktyo.invitations;
