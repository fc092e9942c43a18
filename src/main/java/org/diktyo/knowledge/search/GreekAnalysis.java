package org.diktyo.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.el.GreekStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysers of the knowledge index (ADR 0023). Every one starts with the standard tokenizer
 * and the {@link Homoglyphs} filter:
 * <ul>
 * <li>{@link #STEM}: Greek lower case (accents and final sigma gone), Greek stop words, Greek stems;
 * <li>{@link #FOLD}: {@link Folding} only — whole words, for exact and prefix matches;
 * <li>{@link #LATIN}: folded, then the {@link Greeklish} skeleton;
 * <li>{@link #ENGLISH}: Lucene's English analyser.
 * </ul>
 */
public final class GreekAnalysis {

    /** Lucene's Greek stop words and the project's own (the forms with «σ» Lucene lacks: «στους», «στις»…). */
    static final CharArraySet GREEK_STOP = greekStopWords();

    public static final Analyzer STEM = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new Homoglyphs(source);
            s = new GreekLowerCaseFilter(s);
            s = new StopFilter(s, GREEK_STOP);
            return new TokenStreamComponents(source, new GreekStemFilter(s));
        }
    };

    public static final Analyzer FOLD = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new Folding(new Homoglyphs(source)));
        }
    };

    public static final Analyzer LATIN = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new Skeleton(new Folding(new Homoglyphs(source))));
        }
    };

    public static final Analyzer ENGLISH = new EnglishAnalyzer();

    /** The words of a query as typed, folded; nothing dropped. */
    static final Analyzer WORDS = FOLD;

    private static final CharArraySet STOP = stopWords();

    private GreekAnalysis() {
    }

    /** The analyser of each field of the index. */
    static Analyzer perField() {
        Map<String, Analyzer> fields = new HashMap<>();
        for (String f : Fields.STEMMED) {
            fields.put(f, STEM);
        }
        for (String f : Fields.FOLDED) {
            fields.put(f, FOLD);
        }
        for (String f : Fields.ENGLISH) {
            fields.put(f, ENGLISH);
        }
        fields.put(Fields.LATIN, LATIN);
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String field) {
                return fields.getOrDefault(field, FOLD);
            }
        };
    }

    /** The tokens an analyser makes of a text, in order. */
    public static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Whether a folded word is a Greek or English stop word («και», «της», «the»). */
    static boolean stopWord(String folded) {
        return STOP.contains(folded);
    }

    private static CharArraySet greekStopWords() {
        CharArraySet set = new CharArraySet(200, true);
        set.addAll(GreekAnalyzer.getDefaultStopSet());
        for (String[] word : AnalysisData.lines("knowledge/stopwords-el.txt")) {
            set.add(word[0]);
        }
        return CharArraySet.unmodifiableSet(set);
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(400, true);
        set.addAll(GREEK_STOP);
        set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return CharArraySet.unmodifiableSet(set);
    }

    /** The Greeklish skeleton of each folded token. */
    static final class Skeleton extends org.apache.lucene.analysis.TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        Skeleton(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String latin = Greeklish.skeleton(term.toString());
            term.setEmpty().append(latin);
            return true;
        }
    }
}
