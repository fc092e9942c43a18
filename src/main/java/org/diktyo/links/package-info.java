/**
 * Links: personal links by token — an invitation's reply link today; next a memorandum
 * adoption request, a position's co-signature, a join request's confirmation. A link is 256
 * random bits shown once and stored only as its SHA-256 hash, for one purpose and one subject
 * ({@link org.diktyo.links.PersonalLinks}); it can be revoked and reissued. Refused tokens are
 * counted per client address ({@link org.diktyo.links.LinkGuesses}); the API paths where a
 * token is the credential are declared by their module ({@link org.diktyo.links.LinkPaths}) and
 * served by one stateless security chain without cookies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Links", allowedDependencies = {"platform", "accounts"})
package org.diktyo.links;
