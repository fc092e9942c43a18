/**
 * Network: the registry of every municipality of Greece (regions, regional units, official
 * names, populations), membership status with its dated history, contacts of officials,
 * partner organisations and the network's bodies; membership derived from evidence
 * ({@link org.diktyo.network.Membership}) and the accession pipeline
 * ({@link org.diktyo.network.Accession}: cases, timeline, "join the network", follow-up jobs).
 * The APIs of the module are {@code Registry}, {@code Addressees}, {@code Membership} and
 * {@code Accession}; {@code domain} and {@code web} are internal. It imports no module above it:
 * those report evidence and activities through its APIs (docs/adr/0024-accession.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network",
        allowedDependencies = {"platform", "language", "accounts", "mail", "links", "jobs"})
package org.diktyo.network;
