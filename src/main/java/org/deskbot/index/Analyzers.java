package org.deskbot.index;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * English analysis for content and questions. Synonyms are applied to questions only, so the index
 * needs no graph flattening and a synonym-list change needs no re-ingest.
 */
public final class Analyzers {
  private Analyzers() {}

  /** Stop words: Lucene's English list plus chat filler that carries no meaning in a question. */
  public static final CharArraySet STOP_WORDS = stopWords();

  /** Content-side analyzer: tokenize, lower-case, drop stop words, stem. */
  public static Analyzer content() {
    return english(null);
  }

  /** Question-side analyzer: as {@link #content()} with the edtech synonyms expanded first. */
  public static Analyzer question(SynonymMap synonyms) {
    return english(synonyms);
  }

  private static Analyzer english(SynonymMap synonyms) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new EnglishPossessiveFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new ASCIIFoldingFilter(ts);
        if (synonyms != null && synonyms.fst != null) {
          ts = new SynonymGraphFilter(ts, synonyms, true);
        }
        ts = new StopFilter(ts, STOP_WORDS);
        ts = new PorterStemFilter(ts);
        return new TokenStreamComponents(source, ts);
      }
    };
  }

  /** Spanish analysis, for content and questions marked {@code lang: es}. */
  public static Analyzer spanish() {
    return new SpanishAnalyzer();
  }

  /** An analyzer that uses Spanish for fields ending {@code _es}. */
  public static Analyzer perLanguage(Analyzer english) {
    return new PerFieldAnalyzerWrapper(
        english,
        Map.of(
            Fields.TITLE + "_es", spanish(),
            Fields.ALIASES + "_es", spanish(),
            Fields.BODY + "_es", spanish()));
  }

  /** The bundled edtech synonym list. */
  public static SynonymMap bundledSynonyms() {
    try (Reader r =
        new InputStreamReader(
            Analyzers.class.getResourceAsStream("synonyms.txt"), StandardCharsets.UTF_8)) {
      return parseSynonyms(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException("bundled synonyms.txt is invalid: " + e.getMessage(), e);
    }
  }

  /** Parses a Solr-format synonym list (lower-cased, no stemming: stemming happens after). */
  public static SynonymMap parseSynonyms(Reader reader) throws IOException, ParseException {
    Analyzer plain =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(
                source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
          }
        };
    SolrSynonymParser parser = new SolrSynonymParser(true, true, plain);
    parser.parse(reader);
    return parser.build();
  }

  private static CharArraySet stopWords() {
    CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    for (String w :
        new String[] {
          "i", "me", "my", "we", "our", "you", "your", "can", "do", "does", "how", "what", "hi",
          "hello", "hey", "please", "thanks", "thank", "anyone", "someone", "help", "need", "want",
          "get", "im", "i'm", "is", "am", "are", "was", "should", "would", "could", "its", "it's",
          "so", "just", "really", "know", "ok", "okay", "again", "also", "there", "when", "why",
          "where", "which", "who", "from", "about", "has", "have", "had", "been", "did"
        }) {
      set.add(w);
    }
    return CharArraySet.unmodifiableSet(set);
  }
}
