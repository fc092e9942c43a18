/**
 * Platform: the page layout model ({@link org.diktyo.platform.Ui}), error handling for pages
 * and the API, the i18n bridge and web configuration. Every module may use it; it uses only
 * {@code language} (which uses nothing), for the one rule of which language a locale reads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = "language")
package org.diktyo.platform;
