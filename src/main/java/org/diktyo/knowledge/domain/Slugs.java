package org.diktyo.knowledge.domain;

import java.util.Locale;

import com.ibm.icu.text.Transliterator;

/** An entry's address from its Greek title, in Latin letters: «Στέγαση ασυνόδευτων» → {@code stegasi-asynodeyton}. */
final class Slugs {

    private static final Transliterator LATIN = Transliterator.getInstance("Greek-Latin/UNGEGN; Latin-ASCII");
    static final int MAX = 80;

    private Slugs() {
    }

    static String of(String title) {
        String latin;
        synchronized (LATIN) {
            latin = LATIN.transliterate(title == null ? "" : title);
        }
        String slug = latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "entry" : slug;
    }
}
