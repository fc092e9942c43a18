/**
 * Language: how Greek and English are written by the platform — capitals without tonos,
 * Greek collation, accent- and case-insensitive search keys ({@link org.diktyo.language.GreekText});
 * the final-ν rule of Greek articles ({@link org.diktyo.language.GreekArticles}); dates with
 * the genitive month and the right article ({@link org.diktyo.language.DatePhrases}); times
 * ({@link org.diktyo.language.TimePhrases}); floors ({@link org.diktyo.language.Floors}) and
 * postcodes ({@link org.diktyo.language.Postcodes}); a text in both languages
 * ({@link org.diktyo.language.Bilingual}) and which of them a reader reads
 * ({@link org.diktyo.language.Language}).
 *
 * <p>The Greek words in this package are grammar, not user-interface text: they belong here,
 * not in the message bundles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Language")
package org.diktyo.language;
