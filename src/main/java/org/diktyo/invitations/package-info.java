/**
 * Invitations: letters of invitation to municipalities (composed from a meeting, its host,
 * the recipient and the network's text), campaigns that invite a chosen audience with a
 * delegation quota and an RSVP deadline, personal reply links, replies per part with
 * delegates, capacity and waitlist, reminders and check-in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Invitations",
        allowedDependencies = {"platform", "language", "network", "meetings", "documents", "mail", "accounts", "jobs", "links"})
package org.diktyo.invitations;
