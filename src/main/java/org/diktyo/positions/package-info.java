/**
 * Positions: joint positions of the network, drafted together as a {@code drafting} text (owner
 * kind {@code POSITION}), co-signed by member municipalities through their mayors (online by the
 * focal point «με εντολή του Δημάρχου», or by the mayor's personal link), and sent as a formal
 * Greek letter with its English translation to the ministries through the mail outbox. The
 * module owns the states, the co-signatures with the hash of the text each signed, the letter
 * and the record of what was sent. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Positions",
        allowedDependencies = {"platform", "language", "network", "drafting", "documents", "accounts", "mail", "links", "jobs", "followups"})
package org.diktyo.positions;
