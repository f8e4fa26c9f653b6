package org.deskbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlackApiTest {
  @Test
  void retryAfterIsReadInSecondsAndCapped() {
    assertEquals(Duration.ofSeconds(3), SlackApi.retryAfter("3"));
    assertEquals(Duration.ofSeconds(1), SlackApi.retryAfter(null));
    assertEquals(Duration.ofSeconds(1), SlackApi.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
    assertEquals(Duration.ZERO, SlackApi.retryAfter("-4"));
    assertEquals(SlackApi.MAX_WAIT, SlackApi.retryAfter("3600"));
  }

  @Test
  void placesRoundTrip() {
    assertEquals(
        new Place("C0TEACHERS", "1700000001.000100"), Place.parse("C0TEACHERS:1700000001.000100"));
    assertEquals(
        "C0TEACHERS:1700000001.000100", Place.of("C0TEACHERS", "1700000001.000100").toString());
    assertEquals("D0TEACH06", Place.parse("D0TEACH06").toString());
    assertEquals(null, Place.parse("D0TEACH06").threadOrNull());
  }
}
