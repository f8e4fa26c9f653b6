package org.deskbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChatTextTest {
  @Test
  void stripsSlackMentionsLinksAndEmoji() {
    assertEquals(
        "hi! how do I get my class into the new Canva for Education?",
        ChatText.clean(
            "<@U0123ABC> hi! :wave: how do I get my class into the new <https://canva.com|Canva for Education>? :tada:"));
  }

  @Test
  void dropsBareLinksChannelRefsAndFormatting() {
    assertEquals(
        "the printer in room 12 says offline again",
        ChatText.clean(
            "*the printer* in <#C123|room-12> room 12 says _offline_ again <https://x.example/a>"));
  }

  @Test
  void stripsTeamsMentionsAndDecodesEntities() {
    assertEquals(
        "wifi & printing < 5 min?",
        ChatText.clean("<at>deskbot</at> wifi &amp; printing &lt; 5 min?"));
  }

  @Test
  void typedHtmlIsKeptLiterally() {
    assertEquals(
        "why does <b>bold</b> show as text?", ChatText.clean("why does <b>bold</b> show as text?"));
    assertEquals(
        "my page shows <script> tags", ChatText.clean("my page shows &lt;script&gt; tags"));
  }

  @Test
  void nullAndBlankBecomeEmpty() {
    assertEquals("", ChatText.clean(null));
    assertEquals("", ChatText.clean("  :smile:  "));
  }
}
