/**
 * Accounts: users and their roles ({@code SECRETARIAT}, {@code PARTNER}, {@code FOCAL_POINT}
 * bound to one municipality), sign-in by password or by a one-time link sent by email,
 * personal API tokens, and the audit log of access to personal data. Tokens of every kind
 * are 256-bit random values stored only as SHA-256 hashes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = {"platform", "mail"})
package org.diktyo.accounts;
