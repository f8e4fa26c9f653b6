package org.deskbot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class TeamsTextTest {
  private static ObjectNode recorded(String name) throws Exception {
    try (InputStream in = TeamsTextTest.class.getResourceAsStream("/teams/" + name)) {
      return (ObjectNode) new ObjectMapper().readTree(in).path("body");
    }
  }

  @Test
  void theBotsMentionIsStrippedFromARecordedChannelMessage() throws Exception {
    assertEquals("3", TeamsText.plain(recorded("20191020024036301-request-integrationBot.json")));
  }

  @Test
  void otherPeoplesMentionsKeepTheirNames() throws Exception {
    ObjectNode a = recorded("20191020024036301-request-integrationBot.json");
    a.put("text", "<at>My Combined</at> can <at>Ana Ruiz</at> get Canva\u00a0too?\n");
    assertEquals("can Ana Ruiz get Canva too?", TeamsText.plain(a));
  }

  @Test
  void aPersonalChatHasNoMention() throws Exception {
    assertEquals(
        "file", TeamsText.plain(recorded("20191021205338231-request-integrationBot.json")));
  }

  @Test
  void entitiesAreDecodedAndAddressesLeftOut() throws Exception {
    ObjectNode a = recorded("20191020024036301-request-integrationBot.json");
    a.put("text", "<at>My Combined</at> wifi &amp; printing&nbsp;at https://foo.com &lt; 5 min?\n");
    assertEquals("wifi & printing at < 5 min?", TeamsText.plain(a));
  }
}
