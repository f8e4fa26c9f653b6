package org.deskbot.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature: {@code v0=} + hex HMAC-SHA256(signing secret, {@code
 * v0:timestamp:body}), with the timestamp within five minutes of now either way (a replayed request
 * is refused). Checked before anything reads the body; Bolt checks it again.
 */
final class RequestSignature {
  static final Duration WINDOW = Duration.ofMinutes(5);

  private final byte[] secret;

  RequestSignature(String signingSecret) {
    this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
  }

  /** Why a request is refused, or null when it is Slack's. */
  String refusal(String timestamp, String signature, byte[] body, Instant now) {
    if (timestamp == null || signature == null) {
      return "the request is not signed";
    }
    long ts;
    try {
      ts = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return "the request timestamp is not a number";
    }
    if (Math.abs(now.getEpochSecond() - ts) > WINDOW.toSeconds()) {
      return "the request timestamp is more than 5 minutes from now";
    }
    byte[] expected = sign(ts, body).getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.UTF_8))) {
      return "the request signature does not match";
    }
    return null;
  }

  String sign(long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
