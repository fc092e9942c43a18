/**
 * Memorandum: the network's memorandum of cooperation as numbered versions of clauses (a text of
 * {@code drafting} each), from draft through consultation, freeze and adoption to in force and
 * superseded; the public page of the version in force and the comparison of two versions.
 * Each municipality adopts a version by its council's decision and a signed copy, verified by the
 * secretariat, who reports it to {@code network.Membership} in the same transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Memorandum",
        allowedDependencies = {"platform", "language", "network", "drafting", "documents", "accounts", "mail", "links", "jobs", "meetings"})
package org.diktyo.memorandum;
