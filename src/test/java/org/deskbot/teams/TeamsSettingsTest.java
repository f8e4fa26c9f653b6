package org.deskbot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.deskbot.config.ConfigException;
import org.deskbot.config.ConfigSource;
import org.junit.jupiter.api.Test;

class TeamsSettingsTest {
  private static TeamsSettings load(Map<String, Object> yaml, Map<String, String> env)
      throws ConfigException {
    return TeamsSettings.load(new ConfigSource(yaml, env));
  }

  @Test
  void offWithoutAnAppId() throws Exception {
    assertFalse(load(Map.of(), Map.of()).enabled());
  }

  @Test
  void appIdWithoutPasswordIsOneClearLine() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> load(Map.of(), Map.of("TEAMS_APP_ID", "abc")));
    assertEquals(
        "TEAMS_APP_ID is set but TEAMS_APP_PASSWORD is not: give the bot's client secret (teams.app_password)",
        e.getMessage());
  }

  @Test
  void defaultsAreTheRealBotFrameworkEndpoints() throws Exception {
    TeamsSettings s = load(Map.of(), Map.of("TEAMS_APP_ID", "abc", "TEAMS_APP_PASSWORD", "pw"));
    assertTrue(s.enabled());
    assertEquals(
        "https://login.botframework.com/v1/.well-known/openidconfiguration", s.openIdMetadataUrl());
    assertEquals(
        "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", s.tokenUrl());
    assertNull(s.triage());
    assertFalse(s.toString().contains("pw"), "the secret is never printed");
  }

  @Test
  void singleTenantTokensComeFromTheTenant() throws Exception {
    TeamsSettings s =
        load(
            Map.of(
                "teams",
                Map.of(
                    "app_id",
                    "abc",
                    "app_password",
                    "pw",
                    "tenant_id",
                    "72f988bf-86f1-41af-91ab-2d7cd011db47")),
            Map.of());
    assertEquals(
        "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token",
        s.tokenUrl());
  }

  @Test
  void triageAndSummaryConversations() throws Exception {
    TeamsSettings s =
        load(
            Map.of(
                "teams",
                Map.of(
                    "app_id",
                    "abc",
                    "app_password",
                    "pw",
                    "triage_service_url",
                    "https://smba.trafficmanager.net/amer/",
                    "triage_conversation",
                    "19:abc@thread.tacv2")),
            Map.of());
    assertEquals(
        new TeamsSettings.Conversation(
            "https://smba.trafficmanager.net/amer/", "19:abc@thread.tacv2"),
        s.triage());
    assertEquals(s.triage(), s.summary(), "the summary goes to triage unless told otherwise");
  }

  @Test
  void halfAConversationIsOneClearLine() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                load(
                    Map.of(),
                    Map.of(
                        "TEAMS_APP_ID",
                        "abc",
                        "TEAMS_APP_PASSWORD",
                        "pw",
                        "TEAMS_SUMMARY_CONVERSATION",
                        "19:x@thread.tacv2")));
    assertEquals(
        "teams.summary_service_url (TEAMS_SUMMARY_SERVICE_URL) and teams.summary_conversation (TEAMS_SUMMARY_CONVERSATION) go together: give both or neither",
        e.getMessage());
  }

  @Test
  void aBadUrlIsOneClearLine() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                load(
                    Map.of(),
                    Map.of(
                        "TEAMS_APP_ID",
                        "abc",
                        "TEAMS_APP_PASSWORD",
                        "pw",
                        "TEAMS_TOKEN_URL",
                        "login.example")));
    assertEquals(
        "teams.token_url (TEAMS_TOKEN_URL) must be an http(s) URL, not `login.example`",
        e.getMessage());
  }
}
