package org.deskbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.deskbot.config.ConfigException;
import org.deskbot.config.ConfigSource;
import org.deskbot.server.ServerSettings;
import org.junit.jupiter.api.Test;

class WebSettingsTest {
  static final String HASH = Passwords.hash("s3cret-pass".toCharArray());

  private static WebSettings load(String host, Map<String, Object> yaml, Map<String, String> env)
      throws ConfigException {
    return WebSettings.load(new ConfigSource(yaml, env), new ServerSettings(host, 0, 180, ""));
  }

  @Test
  void loopbackNeedsNoSignIn() throws ConfigException {
    WebSettings s = load("127.0.0.1", Map.of(), Map.of());
    assertFalse(s.signInRequired());
    assertEquals("tech-team", s.teamUser());
    assertEquals(64 * 1024, s.maxBodyBytes());
    assertFalse(s.secureCookie());
  }

  @Test
  void aPublicAddressWithoutCredentialsIsRefusedInOneLine() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> load("0.0.0.0", Map.of(), Map.of()));
    assertTrue(
        e.getMessage().startsWith("serve is bound to 0.0.0.0, which is not loopback"),
        e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void credentialsFromTheFileOrTheEnvironment() throws ConfigException {
    WebSettings fromYaml =
        load("0.0.0.0", Map.of("web", Map.of("users", List.of("luis:" + HASH))), Map.of());
    assertTrue(fromYaml.signInRequired());
    assertEquals(Map.of("luis", HASH), fromYaml.users());
    WebSettings fromEnv =
        load("0.0.0.0", Map.of(), Map.of("DESKBOT_WEB_USERS", "luis:" + HASH + ",priya:" + HASH));
    assertEquals(2, fromEnv.users().size());
  }

  @Test
  void plainPasswordsAndTeacherIdsAreRejected() {
    ConfigException plain =
        assertThrows(
            ConfigException.class,
            () -> load("0.0.0.0", Map.of(), Map.of("DESKBOT_WEB_USERS", "luis:hunter2")));
    assertTrue(plain.getMessage().contains("`luis` is not"), plain.getMessage());
    assertFalse(plain.getMessage().contains("hunter2"), "a secret never appears in a message");
    assertThrows(
        ConfigException.class,
        () -> load("127.0.0.1", Map.of(), Map.of("DESKBOT_WEB_TEAM_USER", "web:luis")));
    assertThrows(
        ConfigException.class,
        () -> load("127.0.0.1", Map.of(), Map.of("DESKBOT_WEB_MAX_BODY_KB", "lots")));
  }
}
