/**
 * Network: the registry of every municipality of Greece (regions, regional units, official
 * names, populations), membership status with its dated history, contacts of officials,
 * partner organisations and the network's bodies. The API of the module is
 * {@link org.diktyo.network.Registry}; {@code domain} and {@code web} are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network",
        allowedDependencies = {"platform", "language", "accounts"})
package org.diktyo.network;
