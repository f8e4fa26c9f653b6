package org.deskbot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Key handling of the token check, against the loopback Bot Framework with a clock the test moves.
 */
class BotAuthenticatorIT {
  private FakeBotFramework fake;
  private Instant now = Instant.now();
  private BotAuthenticator auth;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeBotFramework();
    Clock clock =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
    auth =
        new BotAuthenticator(
            fake.env().get("TEAMS_OPENID_METADATA_URL"),
            FakeBotFramework.APP_ID,
            HttpClient.newHttpClient(),
            clock);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private String token(RSAKey key) throws Exception {
    return fake.token(
        key, FakeBotFramework.APP_ID, Instant.now().plus(Duration.ofHours(2)), fake.serviceUrl());
  }

  @Test
  void keysAreCachedAndRefetchedForAnUnknownKid() throws Exception {
    auth.validate(token(fake.teamsKey), "msteams", fake.serviceUrl());
    auth.validate(token(fake.teamsKey), "msteams", fake.serviceUrl());
    assertEquals(1, fake.keyFetches.get(), "cached");

    RSAKey rotated = new RSAKeyGenerator(2048).keyID("rotated-key").generate();
    fake.publish(rotated, "msteams");
    now = now.plus(BotAuthenticator.REFRESH_MIN_INTERVAL).plusSeconds(1);
    auth.validate(token(rotated), "msteams", fake.serviceUrl());
    assertEquals(2, fake.keyFetches.get(), "an unknown kid fetches the keys again");
  }

  @Test
  void madeUpKidsDoNotHammerTheKeyEndpoint() throws Exception {
    auth.validate(token(fake.teamsKey), "msteams", fake.serviceUrl());
    RSAKey stranger = new RSAKeyGenerator(2048).keyID("made-up").generate();
    for (int i = 0; i < 5; i++) {
      assertThrows(
          BotAuthenticator.Rejected.class,
          () -> auth.validate(token(stranger), "msteams", fake.serviceUrl()));
    }
    assertEquals(1, fake.keyFetches.get());
  }

  @Test
  void aKeyThatSignsButIsNotPublishedIsRefused() throws Exception {
    RSAKey impostor = new RSAKeyGenerator(2048).keyID(fake.teamsKey.getKeyID()).generate();
    var e =
        assertThrows(
            BotAuthenticator.Rejected.class,
            () -> auth.validate(token(impostor), "msteams", fake.serviceUrl()));
    assertEquals("the token's signature does not verify", e.getMessage());
  }

  @Test
  void theEndorsementMustNameTheActivitysChannel() throws Exception {
    auth.validate(token(fake.webchatOnlyKey), "webchat", fake.serviceUrl());
    var e =
        assertThrows(
            BotAuthenticator.Rejected.class,
            () -> auth.validate(token(fake.webchatOnlyKey), "msteams", fake.serviceUrl()));
    assertEquals("the token's key is not endorsed for channel msteams", e.getMessage());
  }
}
