package org.deskbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.deskbot.config.ConfigException;
import org.deskbot.config.ConfigSource;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {
  private static final String BOT = "xoxb-123-456-abcdefSECRETbot";
  private static final String APP = "xapp-1-A111-222-abcdefSECRETapp";
  private static final String SIGNING = "8f742231b10e8888abcd99aaabbb85a5";

  private static Map<String, String> env(String... kv) {
    Map<String, String> m =
        new HashMap<>(
            Map.of(
                "SLACK_BOT_TOKEN",
                BOT,
                "SLACK_APP_TOKEN",
                APP,
                "SLACK_TRIAGE_CHANNEL",
                "C0TRIAGE01"));
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i + 1] == null) m.remove(kv[i]);
      else m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private static SlackSettings load(Map<String, String> env) throws ConfigException {
    return SlackSettings.load(new ConfigSource(Map.of(), env)).orElseThrow();
  }

  private static String error(Map<String, String> env) {
    return assertThrows(
            ConfigException.class, () -> SlackSettings.load(new ConfigSource(Map.of(), env)))
        .getMessage();
  }

  @Test
  void offWithoutABotToken() throws ConfigException {
    assertTrue(SlackSettings.load(new ConfigSource(Map.of(), Map.of())).isEmpty());
  }

  @Test
  void socketModeByDefaultWithTheDefaultApiAndTheTriageChannelForSummaries()
      throws ConfigException {
    SlackSettings s = load(env());
    assertTrue(s.socketMode());
    assertFalse(s.httpMode());
    assertEquals("https://slack.com/api/", s.apiUrl());
    assertEquals("C0TRIAGE01", s.summaryChannel());
  }

  @Test
  void httpModeWithASigningSecretAndTheApiUrlGetsItsSlash() throws ConfigException {
    SlackSettings s =
        load(
            env(
                "SLACK_APP_TOKEN",
                null,
                "SLACK_SIGNING_SECRET",
                SIGNING,
                "SLACK_API_URL",
                "http://127.0.0.1:9999/api"));
    assertTrue(s.httpMode());
    assertFalse(s.socketMode());
    assertEquals("http://127.0.0.1:9999/api/", s.apiUrl());
  }

  @Test
  void readsTheYamlSectionWhenTheEnvironmentIsSilent() throws ConfigException {
    Map<String, Object> yaml =
        Map.of(
            "slack",
            Map.of(
                "bot_token",
                BOT,
                "app_token",
                APP,
                "triage_channel",
                "C0YAML0001",
                "summary_channel",
                "C0SUMMARY1",
                "team_usergroup",
                "S0TECHTEAM"));
    SlackSettings s = SlackSettings.load(new ConfigSource(yaml, Map.of())).orElseThrow();
    assertEquals("C0YAML0001", s.triageChannel());
    assertEquals("C0SUMMARY1", s.summaryChannel());
    assertEquals("S0TECHTEAM", s.teamUsergroup());
  }

  @Test
  void wrongOrMissingSettingsFailWithOneClearLine() {
    assertEquals(
        "SLACK_BOT_TOKEN must be a bot token starting with xoxb- (Slack: OAuth & Permissions → Bot User OAuth Token)",
        error(env("SLACK_BOT_TOKEN", "xoxp-user-token")));
    assertTrue(
        error(env("SLACK_APP_TOKEN", "xoxb-not-an-app-token"))
            .startsWith("SLACK_APP_TOKEN must be an app-level token starting with xapp-"));
    assertEquals(
        "Slack needs SLACK_APP_TOKEN (xapp-, Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) besides SLACK_BOT_TOKEN",
        error(env("SLACK_APP_TOKEN", null)));
    assertTrue(
        error(env("SLACK_SIGNING_SECRET", "not hex!"))
            .startsWith("SLACK_SIGNING_SECRET must be the Signing Secret"));
    assertTrue(
        error(env("SLACK_API_URL", "slack.example"))
            .startsWith("SLACK_API_URL must be an http(s) URL"));
    assertTrue(
        error(env("SLACK_TRIAGE_CHANNEL", null))
            .startsWith("slack.triage_channel (SLACK_TRIAGE_CHANNEL) must name the channel id"));
    assertTrue(
        error(env("SLACK_TRIAGE_CHANNEL", "#tech-triage"))
            .contains("must be a channel id such as C0123ABCD"));
    assertTrue(
        error(env("SLACK_TEAM_USERGROUP", "@techteam"))
            .contains("must be a user group id such as S0123ABCD"));
    for (String m :
        new String[] {
          error(env("SLACK_BOT_TOKEN", "xoxp-user-token")), error(env("SLACK_TRIAGE_CHANNEL", "#x"))
        }) {
      assertFalse(m.contains("\n"), m);
    }
  }

  @Test
  void neverPrintsTokensOrTheSecret() throws ConfigException {
    String s = load(env("SLACK_SIGNING_SECRET", SIGNING)).toString();
    assertFalse(s.contains("SECRET") || s.contains(SIGNING), s);
    assertTrue(s.contains("C0TRIAGE01"), s);
  }
}
