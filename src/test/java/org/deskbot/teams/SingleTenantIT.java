package org.deskbot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.deskbot.chat.ConversationService;
import org.deskbot.config.ConfigSource;
import org.deskbot.escalate.FaqDrafts;
import org.deskbot.server.HttpRequest;
import org.deskbot.server.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A single-tenant bot refuses activities from other tenants, even with a valid token, before any
 * work.
 */
class SingleTenantIT {
  @Test
  void anotherTenantsActivityIs403AndNoReply() throws Exception {
    try (FakeBotFramework fake = new FakeBotFramework()) {
      Map<String, String> env = new HashMap<>(fake.env());
      env.put("TEAMS_TENANT_ID", "11111111-2222-3333-4444-555555555555");
      TeamsSettings settings = TeamsSettings.load(new ConfigSource(Map.of(), env));
      // nothing in the conversation may be reached: every part of it is missing
      ConversationService nothing = org.deskbot.chat.Unreachable.service(null);
      try (TeamsAdapter adapter =
          new TeamsAdapter(
              settings,
              nothing,
              new FaqDrafts(Path.of("unused"), "https://x/"),
              BotFramework.open(settings, Clock.systemUTC(), Duration.ofMillis(10)))) {
        ObjectNode activity;
        try (InputStream in =
            getClass()
                .getResourceAsStream("/teams/20191021205338231-request-integrationBot.json")) {
          activity = (ObjectNode) new ObjectMapper().readTree(in).path("body");
        }
        activity.put("serviceUrl", fake.serviceUrl());
        HttpResponse r =
            adapter.messages(
                new HttpRequest(
                    "POST",
                    "/api/messages",
                    null,
                    Map.of("authorization", fake.validToken()),
                    activity.toString().getBytes(StandardCharsets.UTF_8),
                    null,
                    Map.of()));
        assertEquals(403, r.status());
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("one tenant"));
        assertEquals(0, fake.calls.size());
      } finally {
        nothing.close();
      }
    }
  }
}
