package org.deskbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.deskbot.index.Analyzers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldCopyTest {
  private static final Analyzer QUESTION = Analyzers.question(Analyzers.bundledSynonyms());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "my smart board shows nothing when i plug in my laptop",
        "interactive display has no sound",
        "students cant see their scores in google classroom",
        "wifi",
        "print from chromebook to the copier",
        "the the the",
      })
  void copyEqualsTheQueryBuiltForTheOtherField(String text) {
    QueryBuilder builder = new QueryBuilder(QUESTION);
    Query title = builder.createBooleanQuery("title", text, BooleanClause.Occur.SHOULD);
    Query body = builder.createBooleanQuery("body", text, BooleanClause.Occur.SHOULD);
    if (title == null) {
      assertNull(body);
      return;
    }
    Query copy = FieldCopy.to(title, "body", TermQuery::new);
    assertNotNull(copy, "every query the question analyzer builds can be copied: " + title);
    assertEquals(body, copy);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"no puedo entrar a mi correo de la escuela", "la pizarra digital no tiene sonido"})
  void spanishCopiesToo(String text) {
    QueryBuilder builder = new QueryBuilder(Analyzers.spanish());
    Query title = builder.createBooleanQuery("title_es", text, BooleanClause.Occur.SHOULD);
    assertEquals(
        builder.createBooleanQuery("body_es", text, BooleanClause.Occur.SHOULD),
        FieldCopy.to(title, "body_es", TermQuery::new));
  }

  @org.junit.jupiter.api.Test
  void anUnknownKindOfQueryIsLeftToTheCaller() {
    assertNull(FieldCopy.to(new MatchAllDocsQuery(), "body", TermQuery::new));
  }
}
