/**
 * Memorandum: the network's memorandum of cooperation as numbered versions of clauses (a text of
 * {@code drafting} each), from draft through consultation, freeze and adoption to in force and
 * superseded; the public page of the version in force and the comparison of two versions.
 * Adoption by each municipality comes next (issue 11).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Memorandum",
        allowedDependencies = {"platform", "language", "network", "drafting", "documents"})
package org.diktyo.memorandum;
