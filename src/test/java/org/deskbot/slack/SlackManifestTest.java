package org.deskbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The manifest an admin pastes asks for everything the adapter uses, and no URL but ours. */
class SlackManifestTest {
  @SuppressWarnings("unchecked")
  private static <T> T at(Map<String, Object> m, String... path) {
    Object o = m;
    for (String p : path) {
      o = ((Map<String, Object>) o).get(p);
    }
    return (T) o;
  }

  @Test
  void everyScopeEventCommandAndSettingTheAdapterNeeds() throws Exception {
    Map<String, Object> m = new Yaml().load(Files.readString(Path.of("slack/manifest.yml")));
    List<String> scopes = at(m, "oauth_config", "scopes", "bot");
    for (String s :
        List.of(
            "app_mentions:read",
            "channels:history",
            "groups:history",
            "im:history",
            "chat:write",
            "commands",
            "usergroups:read",
            "files:write",
            "files:read")) {
      assertTrue(scopes.contains(s), s);
    }
    List<String> events = at(m, "settings", "event_subscriptions", "bot_events");
    assertEquals(
        List.of(
            "app_mention", "app_home_opened", "message.im", "message.channels", "message.groups"),
        events);
    List<Map<String, Object>> commands = at(m, "features", "slash_commands");
    assertEquals("/helpdesk", commands.get(0).get("command"));
    assertEquals(true, at(m, "settings", "interactivity", "is_enabled"));
    assertEquals(true, at(m, "settings", "socket_mode_enabled"));
    assertEquals(true, at(m, "features", "app_home", "home_tab_enabled"));
    for (String url :
        List.of(
            (String) at(m, "settings", "interactivity", "request_url"),
            (String) at(m, "settings", "event_subscriptions", "request_url"),
            (String) commands.get(0).get("url"))) {
      assertTrue(url.endsWith(SlackAdapter.EVENTS_PATH), url);
    }
  }
}
