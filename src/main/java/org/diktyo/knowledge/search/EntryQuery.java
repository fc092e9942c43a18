package org.diktyo.knowledge.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query made of what a user typed, built term by term: the text is never given to a query
 * parser, so {@code * ? " ( ) : AND \} are only characters (the tokenizer drops them). Each word
 * must match (AND) in one of its forms: its Greek stem in the titles, summaries and bodies
 * (weights 3, 2, 1); the folded word itself; a prefix of it (the word, and for five letters or
 * more the word less its last two, so «πρακτικών» also finds «πρακτικές»); its English stem; its
 * Greeklish skeleton. The query's synonym variants are alternatives.
 */
final class EntryQuery {

    static final int MAX_CHARS = 200;
    static final int MAX_WORDS = 16;

    /** The query, or why there is none. */
    record Built(Query query, boolean onlyStopWords, List<String> words) {
    }

    private EntryQuery() {
    }

    static Built build(String text, Synonyms synonyms) {
        String typed = text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        if (typed.length() > MAX_CHARS) {
            typed = typed.substring(0, MAX_CHARS);
        }
        List<String> all = GreekAnalysis.tokens(GreekAnalysis.WORDS, typed);
        if (all.isEmpty()) {
            return new Built(new MatchAllDocsQuery(), false, List.of());
        }
        List<String> words = new ArrayList<>(all.stream().filter(w -> !GreekAnalysis.stopWord(w)).limit(MAX_WORDS).toList());
        if (words.isEmpty()) {
            return new Built(null, true, List.of());
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (List<String> variant : synonyms.variants(words)) {
            BooleanQuery.Builder every = new BooleanQuery.Builder();
            for (String word : variant) {
                if (!GreekAnalysis.stopWord(word)) {
                    every.add(synonyms.acronym(word) ? acronym(word) : word(word), Occur.MUST);
                }
            }
            any.add(every.build(), Occur.SHOULD);
        }
        return new Built(any.build(), false, words);
    }

    /** An acronym: the whole folded word only, in Greek or Latin letters. */
    static Query acronym(String folded) {
        BooleanQuery.Builder forms = new BooleanQuery.Builder();
        for (int i = 0; i < Fields.FOLDED.size(); i++) {
            forms.add(boost(new TermQuery(new Term(Fields.FOLDED.get(i), folded)), Fields.WEIGHTS[i]), Occur.SHOULD);
        }
        return forms.build();
    }

    /** One folded word in all its forms. */
    static Query word(String folded) {
        BooleanQuery.Builder forms = new BooleanQuery.Builder();
        for (String stem : GreekAnalysis.tokens(GreekAnalysis.STEM, folded)) {
            for (int i = 0; i < Fields.STEMMED.size(); i++) {
                forms.add(boost(new TermQuery(new Term(Fields.STEMMED.get(i), stem)), Fields.WEIGHTS[i]), Occur.SHOULD);
            }
        }
        int letters = folded.codePointCount(0, folded.length());
        for (int i = 0; i < Fields.FOLDED.size(); i++) {
            String field = Fields.FOLDED.get(i);
            forms.add(boost(new TermQuery(new Term(field, folded)), Fields.WEIGHTS[i]), Occur.SHOULD);
            if (letters >= 4) {
                forms.add(boost(new PrefixQuery(new Term(field, folded)), 0.5f * Fields.WEIGHTS[i]), Occur.SHOULD);
            }
            if (letters >= 5) {
                String shorter = folded.substring(0, folded.offsetByCodePoints(0, letters - 2));
                forms.add(boost(new PrefixQuery(new Term(field, shorter)), 0.4f * Fields.WEIGHTS[i]), Occur.SHOULD);
            }
        }
        for (String stem : GreekAnalysis.tokens(GreekAnalysis.ENGLISH, folded)) {
            for (int i = 0; i < Fields.ENGLISH.size(); i++) {
                forms.add(boost(new TermQuery(new Term(Fields.ENGLISH.get(i), stem)), 0.3f * Fields.WEIGHTS[i]), Occur.SHOULD);
            }
        }
        String latin = Greeklish.skeleton(folded);
        forms.add(boost(new TermQuery(new Term(Fields.LATIN, latin)), 0.3f), Occur.SHOULD);
        int latinLetters = latin.length();
        if (latinLetters >= 5) {
            forms.add(boost(new PrefixQuery(new Term(Fields.LATIN, latin.substring(0, latinLetters - 2))), 0.2f), Occur.SHOULD);
        }
        return forms.build();
    }

    private static Query boost(Query q, float weight) {
        return weight == 1f ? q : new BoostQuery(q, weight);
    }
}
