package org.deskbot.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabeledCsvTest {
  @TempDir Path dir;

  private Path write(String content) throws Exception {
    return Files.writeString(dir.resolve("data.csv"), content);
  }

  @Test
  void readsQuotedFields() throws Exception {
    Path f =
        write(
            "text,category\r\n"
                + "plain text,printing\r\n"
                + "\"with, a comma\",accounts-login\r\n"
                + "\"she said \"\"hi\"\"\",other\r\n"
                + "\"two\nlines\",devices\n");
    assertEquals(
        List.of(
            new LabeledExample("plain text", "printing"),
            new LabeledExample("with, a comma", "accounts-login"),
            new LabeledExample("she said \"hi\"", "other"),
            new LabeledExample("two\nlines", "devices")),
        LabeledCsv.read(f));
  }

  @Test
  void columnsInAnyOrderOthersIgnored() throws Exception {
    Path f = write("\uFEFFid,Category,Text\n1,printing,jammed printer\n2,,no label\n3,other,\n\n");
    assertEquals(List.of(new LabeledExample("jammed printer", "printing")), LabeledCsv.read(f));
  }

  @Test
  void missingColumnSaysWhich() throws Exception {
    Path f = write("question,category\nx,y\n");
    TrainingDataException e = assertThrows(TrainingDataException.class, () -> LabeledCsv.read(f));
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("text and category"), e.getMessage());
  }

  @Test
  void unclosedQuoteGivesItsLine() throws Exception {
    Path f = write("text,category\nfine,a\n\"never closed,b\n");
    assertEquals(3, assertThrows(TrainingDataException.class, () -> LabeledCsv.read(f)).line());
  }

  @Test
  void shortRowGivesItsLine() throws Exception {
    Path f = write("text,category\n\"two\nlines\",a\nonly text\n");
    assertEquals(4, assertThrows(TrainingDataException.class, () -> LabeledCsv.read(f)).line());
  }

  @Test
  void emptyOrMissingFile() throws Exception {
    assertThrows(TrainingDataException.class, () -> LabeledCsv.read(write("")));
    assertThrows(TrainingDataException.class, () -> LabeledCsv.read(dir.resolve("nope.csv")));
  }
}
