/**
 * Platform: the page layout model ({@link org.diktyo.platform.Ui}), error handling for pages
 * and the API, the i18n bridge and web configuration. Every module may use it; it uses none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.diktyo.platform;
