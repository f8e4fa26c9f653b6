package org.deskbot.answer;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The same query over another field. A question is searched in five fields with one analyzer:
 * analysing it (synonym graph and all) once and copying the query is a tenth of an answer's work
 * less under load than analysing it five times.
 */
final class FieldCopy {
  private FieldCopy() {}

  /**
   * {@code query} with every term moved to {@code field}, each single-term query made by {@code
   * termQuery}; or null when it holds a kind of query this does not know (the caller then builds
   * that field's query itself). Term boosts inside a synonym query are not visible and become 1,
   * which is all our analyzers produce.
   */
  static Query to(Query query, String field, java.util.function.Function<Term, Query> termQuery) {
    return switch (query) {
      case TermQuery t -> termQuery.apply(new Term(field, t.getTerm().bytes()));
      case SynonymQuery s -> {
        SynonymQuery.Builder b = new SynonymQuery.Builder(field);
        for (Term t : s.getTerms()) {
          b.addTerm(t.bytes(), 1f);
        }
        yield b.build();
      }
      case PhraseQuery p -> {
        PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(p.getSlop());
        Term[] terms = p.getTerms();
        for (int i = 0; i < terms.length; i++) {
          b.add(new Term(field, terms[i].bytes()), p.getPositions()[i]);
        }
        yield b.build();
      }
      case BoostQuery b -> {
        Query inner = to(b.getQuery(), field, termQuery);
        yield inner == null ? null : new BoostQuery(inner, b.getBoost());
      }
      case BooleanQuery bq -> {
        BooleanQuery.Builder b =
            new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
        for (BooleanClause c : bq.clauses()) {
          Query inner = to(c.query(), field, termQuery);
          if (inner == null) {
            yield null;
          }
          b.add(inner, c.occur());
        }
        yield b.build();
      }
      default -> null;
    };
  }
}
