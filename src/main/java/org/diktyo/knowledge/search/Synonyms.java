package org.diktyo.knowledge.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

/**
 * The field's acronyms and their long forms ({@code knowledge/synonyms-el.txt}: one group a line,
 * members separated by commas), applied to the query: a query naming one member also searches
 * for the others (ΚΕΜ ⇄ «Κέντρο Ένταξης Μεταναστών» ⇄ KEM). Members are held folded.
 */
final class Synonyms {

    static final int MAX_VARIANTS = 8;

    private final List<List<List<String>>> groups;
    private final java.util.Set<String> acronyms;

    Synonyms(List<List<List<String>>> groups, java.util.Set<String> acronyms) {
        this.groups = groups;
        this.acronyms = acronyms;
    }

    /**
     * Whether a folded word is one of the list's acronyms (a member written in capitals, «ΔΟΜ»):
     * matched as a whole word only, never by stem or prefix («δομ» is also the stem of «δομές»).
     */
    boolean acronym(String folded) {
        return acronyms.contains(folded);
    }

    static Synonyms load(String resource) {
        List<List<List<String>>> groups = new ArrayList<>();
        java.util.Set<String> acronyms = new java.util.HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<List<String>> group = new ArrayList<>();
                for (String member : line.split(",")) {
                    List<String> words = GreekAnalysis.tokens(GreekAnalysis.WORDS, member);
                    if (!words.isEmpty()) {
                        group.add(words);
                    }
                    String m = member.strip();
                    if (words.size() == 1 && m.equals(m.toUpperCase(java.util.Locale.ROOT)) && m.length() <= 6) {
                        acronyms.add(words.get(0));
                    }
                }
                if (group.size() > 1) {
                    groups.add(group);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Synonyms(groups, acronyms);
    }

    /** The query's folded words and its variants with a member replaced by each other member of its group. */
    List<List<String>> variants(List<String> words) {
        List<List<String>> variants = new ArrayList<>();
        variants.add(words);
        for (List<List<String>> group : groups) {
            for (List<String> member : group) {
                int at = Collections.indexOfSubList(words, member);
                if (at < 0) {
                    continue;
                }
                for (List<String> other : group) {
                    if (other == member || variants.size() >= MAX_VARIANTS) {
                        continue;
                    }
                    List<String> variant = new ArrayList<>(words.subList(0, at));
                    variant.addAll(other);
                    variant.addAll(words.subList(at + member.size(), words.size()));
                    variants.add(variant);
                }
            }
        }
        return variants;
    }
}
