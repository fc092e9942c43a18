/**
 * Language: how Greek and English are written by the platform — capitals without tonos,
 * Greek collation, accent- and case-insensitive search keys. See {@code GREEK.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Language")
package org.diktyo.language;
