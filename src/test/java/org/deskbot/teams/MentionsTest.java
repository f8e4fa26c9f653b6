package org.deskbot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class MentionsTest {
  private static ObjectNode recorded(String name) throws Exception {
    try (InputStream in = MentionsTest.class.getResourceAsStream("/teams/" + name)) {
      return (ObjectNode) new ObjectMapper().readTree(in).path("body");
    }
  }

  @Test
  void theBotsMentionIsStrippedFromARecordedChannelMessage() throws Exception {
    assertEquals("3", Mentions.strip(recorded("20191020024036301-request-integrationBot.json")));
  }

  @Test
  void otherPeoplesMentionsKeepTheirNames() throws Exception {
    ObjectNode a = recorded("20191020024036301-request-integrationBot.json");
    a.put("text", "<at>My Combined</at> can <at>Ana Ruiz</at> get Canva\u00a0too?\n");
    assertEquals("can Ana Ruiz get Canva too?", Mentions.strip(a));
  }

  @Test
  void aPersonalChatHasNoMention() throws Exception {
    assertEquals("file", Mentions.strip(recorded("20191021205338231-request-integrationBot.json")));
  }
}
