package org.deskbot.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV reader: FAQ spreadsheets, categorizer training data, past tickets. */
class CsvTableTest {

  @Test
  void quotedFieldsHoldSeparatorsDoubledQuotesAndLineBreaks() throws Exception {
    CsvTable t =
        CsvTable.parse(
            "text,category\r\n"
                + "plain,a\r\n"
                + "\"with, a comma\",b\n"
                + "\"she said \"\"hi\"\"\",c\n"
                + "\"two\nlines\",d\n"
                + "last,e");
    assertEquals(List.of("text", "category"), t.header());
    assertEquals(
        List.of(
            new CsvTable.Row(2, List.of("plain", "a")),
            new CsvTable.Row(3, List.of("with, a comma", "b")),
            new CsvTable.Row(4, List.of("she said \"hi\"", "c")),
            new CsvTable.Row(5, List.of("two\nlines", "d")),
            new CsvTable.Row(7, List.of("last", "e"))),
        t.rows(),
        "each row with the line it starts on; the last line needs no line break");
  }

  @Test
  void headerNamesAreStrippedAndLowerCasedAndFoundByName() throws Exception {
    CsvTable t = CsvTable.parse("\uFEFFId, Category ,TEXT\n1,printing,jammed\n");
    assertEquals(List.of("id", "category", "text"), t.header(), "the byte-order mark is dropped");
    assertEquals(2, t.column("text"));
    assertEquals(-1, t.column("url"));
    CsvTable.Row row = t.rows().get(0);
    assertEquals("jammed", row.field(2));
    assertEquals("", row.field(3), "a column the row does not reach");
    assertEquals("", row.field(-1), "a column the header does not have");
  }

  @Test
  void semicolonsSeparateWhenTheFirstLineHasNoComma() throws Exception {
    assertEquals(
        List.of("https://h.example/a", "Q, one", "A one"),
        CsvTable.parse("url;question;answer\nhttps://h.example/a;Q, one;A one\n")
            .rows()
            .get(0)
            .fields());
    assertEquals(
        List.of("a;b", "c"), CsvTable.parse("x,y\na;b,c\n").rows().get(0).fields(), "commas win");
  }

  @Test
  void fieldsAreKeptAsWrittenButSpaceBeforeAnOpeningQuoteIsNot() throws Exception {
    assertEquals(
        List.of(" a ", "b, c", " d"),
        CsvTable.parse("h1,h2,h3\n a ,  \"b, c\", d\n").rows().get(0).fields());
  }

  @Test
  void emptyLinesAreNotRowsButEmptyCellsAre() throws Exception {
    CsvTable t = CsvTable.parse("a,b\n\n,\n   \n1,2\n\r\n");
    assertEquals(3, t.rows().size());
    assertEquals(new CsvTable.Row(3, List.of("", "")), t.rows().get(0));
    assertTrue(t.rows().get(0).blank());
    assertTrue(t.rows().get(1).blank(), "a line of spaces is a blank row");
    assertEquals(new CsvTable.Row(5, List.of("1", "2")), t.rows().get(2));
  }

  @Test
  void anEmptyFileHasNoHeader() throws Exception {
    assertEquals(new CsvTable(List.of(), List.of()), CsvTable.parse(""));
    assertEquals(new CsvTable(List.of(), List.of()), CsvTable.parse("\n\r\n"));
  }

  @Test
  void aQuoteNeverClosedIsAnErrorOnTheLineItOpens() {
    CsvException e =
        assertThrows(CsvException.class, () -> CsvTable.parse("a,b\nfine,1\n\"never\nclosed,2\n"));
    assertEquals(3, e.line());
    assertEquals("a quoted field is never closed (missing \")", e.getMessage());
  }
}
