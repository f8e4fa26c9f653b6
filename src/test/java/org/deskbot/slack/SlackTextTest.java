package org.deskbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlackTextTest {
  @Test
  void stripsMentionsLinksAndEmoji() {
    assertEquals(
        "hi! how do I get my class into the new Canva for Education?",
        SlackText.plain(
            "<@U0123ABC> hi! :wave: how do I get my class into the new <https://canva.com|Canva for Education>? :tada:"));
  }

  @Test
  void dropsBareLinksChannelRefsAndFormatting() {
    assertEquals(
        "the printer in room 12 says offline again",
        SlackText.plain(
            "*the printer* in <#C123|room-12> room 12 says _offline_ again <https://x.example/a>"));
  }

  @Test
  void decodesSlacksEscapesAndKeepsTypedHtml() {
    assertEquals("wifi & printing < 5 min?", SlackText.plain("wifi &amp; printing &lt; 5 min?"));
    assertEquals(
        "why does <b>bold</b> show as text?",
        SlackText.plain("why does <b>bold</b> show as text?"));
    assertEquals(
        "my page shows <script> tags", SlackText.plain("my page shows &lt;script&gt; tags"));
  }

  @Test
  void nullAndBlankBecomeEmpty() {
    assertEquals("", SlackText.plain(null));
    assertEquals("", SlackText.plain("  :smile:  "));
    assertEquals("", SlackText.plain("<@U0123ABC>"));
  }
}
