package org.deskbot.ingest.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deskbot.ingest.ContentException;
import org.deskbot.ingest.ContentFile;
import org.deskbot.ingest.KnowledgeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaqCsvReaderTest {
  @TempDir Path root;

  private List<KnowledgeItem> read(String csv) throws Exception {
    Files.createDirectories(root.resolve("faq"));
    Path f = Files.writeString(root.resolve("faq/quick.csv"), csv);
    return new FaqCsvReader().read(ContentFile.of(root, f)).items();
  }

  @Test
  void quotedFieldsCommasQuotesAndLineBreaks() throws Exception {
    List<KnowledgeItem> items =
        read(
            "question,answer,url,category,tags\n"
                + "\"How do I request a headset?\",\"Fill in the form, then wait for \"\"approved\"\".\",https://h.example/faq/headset,devices,audio;request\r\n"
                + "Voicemail PIN?,\"Dial *98.\nThen follow the prompts.\",https://h.example/faq/vm,other,\n");
    assertEquals(2, items.size());
    KnowledgeItem first = items.get(0);
    assertEquals("How do I request a headset?", first.title());
    assertEquals("Fill in the form, then wait for \"approved\".", first.text());
    assertEquals("https://h.example/faq/headset", first.url());
    assertEquals("devices", first.category());
    assertEquals(List.of("audio", "request"), first.tags());
    assertEquals("faq/quick.csv#2", first.id());
    assertEquals("Dial *98.\nThen follow the prompts.", items.get(1).text());
    assertEquals("faq/quick.csv#3", items.get(1).id());
  }

  @Test
  void columnsInAnyOrderAndSemicolonExports() throws Exception {
    List<KnowledgeItem> items = read("url;question;answer\nhttps://h.example/a;Q one;A one\n");
    assertEquals("Q one", items.get(0).title());
    assertEquals("", items.get(0).category());
  }

  @Test
  void missingColumnIsReportedOnTheHeader() {
    ContentException e =
        assertThrows(ContentException.class, () -> read("question,answer,category\nq,a,devices\n"));
    assertEquals(
        "faq/quick.csv:1: missing column `url` (the header must name question,answer,url[,category,tags])",
        e.getMessage());
  }

  @Test
  void shortRowIsReportedWithItsLine() {
    ContentException e =
        assertThrows(
            ContentException.class, () -> read("question,answer,url\nq,a,https://x\nq2,a2\n"));
    assertEquals(3, e.line());
  }

  @Test
  void unclosedQuote() {
    ContentException e =
        assertThrows(ContentException.class, () -> read("question,answer,url\nq,\"a,https://x\n"));
    assertEquals(2, e.line());
  }
}
