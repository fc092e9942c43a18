/**
 * Knowledge: the challenges the municipalities face and the practices that worked, in Greek and
 * English, reviewed by the secretariat and published; «αντιμετωπίζουμε κι εμείς» marks on
 * challenges; and the search that understands Greek as people write it (accents, case, final
 * sigma, inflection, acronyms, Greeklish), with Lucene inside the application so that H2 and
 * PostgreSQL answer alike (ADR 0023). Sub-packages: {@code domain} (entries, vocabularies, use
 * cases), {@code search} (analysers, the index and its freshness; knows nothing of the domain),
 * {@code web} (pages and API).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge",
        allowedDependencies = {"platform", "language", "network", "drafting", "accounts"})
package org.diktyo.knowledge;
