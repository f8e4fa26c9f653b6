package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.deskbot.config.ConfigSource;
import org.deskbot.server.ServerSettings;
import org.deskbot.web.Passwords;
import org.deskbot.web.WebSettings;
import org.junit.jupiter.api.Test;

/** {@code deskbot hash-password}: one line of stdin in, a {@code web.users} entry out. */
class HashPasswordCommandTest {

  private static CliRun withStdin(String stdin, String... args) {
    InputStream old = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      return CliRun.of(args);
    } finally {
      System.setIn(old);
    }
  }

  @Test
  void printsAnEntryTheSignInSettingsAcceptAndThatMatchesOnlyThePassword() throws Exception {
    CliRun run =
        withStdin("correct horse battery\nnext line is not read\n", "hash-password", "luis");
    assertEquals(0, run.exit(), run.err());
    String entry = run.out().strip();
    assertTrue(entry.startsWith("luis:pbkdf2-sha256$"), entry);
    String hash = entry.substring("luis:".length());
    assertTrue(Passwords.matches("correct horse battery".toCharArray(), hash));
    assertTrue(!Passwords.matches("correct horse".toCharArray(), hash));
    WebSettings web =
        WebSettings.load(
            new ConfigSource(Map.of(), Map.of("DESKBOT_WEB_USERS", entry)),
            new ServerSettings("0.0.0.0", 0, 180, ""));
    assertEquals(hash, web.users().get("luis"));
  }

  @Test
  void withoutANameOnlyTheHash() {
    CliRun run = withStdin("correct horse battery\n", "hash-password");
    assertEquals(0, run.exit(), run.err());
    assertTrue(Passwords.wellFormed(run.out().strip()), run.out());
  }

  @Test
  void aShortOrMissingPasswordIsAUsageErrorOnOneLine() {
    for (String stdin : new String[] {"short\n", ""}) {
      CliRun run = withStdin(stdin, "hash-password", "luis");
      assertEquals(2, run.exit());
      assertEquals("deskbot: use a password of at least 8 characters", run.err().strip());
      assertEquals("", run.out());
    }
  }

  @Test
  void aNameWithAColonIsRefusedBeforeThePasswordIsRead() {
    CliRun run = withStdin("correct horse battery\n", "hash-password", "a:b");
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("deskbot: NAME must not"), run.err());
  }
}
