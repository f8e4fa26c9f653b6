package org.deskbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.deskbot.ingest.ContentType;
import org.deskbot.ingest.KnowledgeItem;
import org.junit.jupiter.api.Test;

class PseudoQuestionsTest {

  private static KnowledgeItem item(
      String id,
      ContentType type,
      String title,
      List<String> aliases,
      String lang,
      String source,
      int start,
      String parent) {
    return new KnowledgeItem(
        id,
        type,
        title,
        "Open the panel's input menu and pick HDMI 1.",
        "https://help.example.org/" + id,
        "",
        List.of(),
        aliases,
        lang,
        source,
        start,
        parent,
        List.of(),
        null);
  }

  @Test
  void everyPhrasingTheContentHoldsOnceWithItsItem() {
    List<PseudoQuestions.Asked> asked =
        PseudoQuestions.of(
            List.of(
                item(
                    "faq/panel.md#0",
                    ContentType.FAQ,
                    "My panel shows no picture",
                    List.of(
                        "laptop plugged in but the board is blank", "My panel shows NO picture!"),
                    "en",
                    "faq/panel.md",
                    -1,
                    ""),
                item(
                    "videos/panel.vtt#2",
                    ContentType.VIDEO,
                    "Connect a laptop — Troubleshooting",
                    List.of(),
                    "en",
                    "videos/panel.vtt",
                    168,
                    "Connect a laptop"),
                item(
                    "videos/panel.vtt#3",
                    ContentType.VIDEO,
                    "Connect a laptop",
                    List.of(),
                    "en",
                    "videos/panel.vtt",
                    200,
                    "Connect a laptop"),
                item(
                    "faq/es.md#0",
                    ContentType.FAQ,
                    "No veo nada en el panel",
                    List.of(),
                    "es",
                    "faq/es.md",
                    -1,
                    ""),
                item("faq/x.md#0", ContentType.FAQ, "Wifi?", List.of(), "en", "faq/x.md", -1, "")));
    assertEquals(
        List.of(
            "My panel shows no picture",
            "laptop plugged in but the board is blank",
            "Troubleshooting"),
        asked.stream().map(PseudoQuestions.Asked::question).toList());
    assertEquals("faq/panel.md#0", asked.get(0).group()); // an FAQ is its own item
    assertEquals("videos/panel.vtt", asked.get(2).group()); // a chapter belongs to its video
  }

  @Test
  void anUnphrasedEntryKeepsItsTextAndLosesItsOwnWording() {
    KnowledgeItem faq =
        item("faq/a.md#0", ContentType.FAQ, "Q", List.of("alias"), "en", "faq/a.md", -1, "");
    KnowledgeItem un = PseudoQuestions.unphrased(faq);
    assertEquals("Open the panel's input menu and pick HDMI 1.", un.title());
    assertEquals(List.of(), un.aliases());
    assertEquals(faq.text(), un.text());
    KnowledgeItem lesson =
        item("m.md#1", ContentType.MODULE, "Canva — Share", List.of(), "en", "m.md", -1, "Canva");
    assertEquals("Canva", PseudoQuestions.unphrased(lesson).title());
  }
}
