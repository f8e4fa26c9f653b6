package org.deskbot.slack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Requests as Slack sends them: payloads from {@code payloads/*.json} (Slack's published samples
 * with {@code ${name}} for a JSON string value and {@code $[name]} for raw JSON), signed with the
 * secret.
 */
final class SlackRequests {
  static final String SECRET = "8f742231b10e8888abcd99aaabbb85a5";

  private final HttpClient http = HttpClient.newHttpClient();
  private final String url;

  SlackRequests(String url) {
    this.url = url;
  }

  /** A fixture with its placeholders filled. */
  static String payload(String name, Map<String, String> values) {
    String text;
    try (InputStream in = SlackRequests.class.getResourceAsStream("payloads/" + name + ".json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new AssertionError("no payload " + name, e);
    }
    for (var e : values.entrySet()) {
      text =
          text.replace("${" + e.getKey() + "}", jsonString(e.getValue()))
              .replace("$[" + e.getKey() + "]", e.getValue());
    }
    if (text.matches("(?s).*(\\$\\{|\\$\\[)[a-z_]+[}\\]].*")) {
      throw new AssertionError("unfilled placeholder in " + name + ": " + text);
    }
    return text;
  }

  static Map<String, String> values(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private static String jsonString(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  /** An interactive payload as Slack posts it: {@code payload=<json>}, form-encoded. */
  static String form(String json) {
    return "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
  }

  /** A form body from pairs (a slash command). */
  static String formOf(Map<String, String> fields) {
    StringBuilder sb = new StringBuilder();
    fields.forEach(
        (k, v) ->
            sb.append(sb.isEmpty() ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return sb.toString();
  }

  static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "v0="
          + HexFormat.of()
              .formatHex(
                  mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> event(String json, String... headers) throws Exception {
    return send(json, "application/json", Instant.now().getEpochSecond(), headers);
  }

  HttpResponse<String> interactive(String json) throws Exception {
    return send(form(json), "application/x-www-form-urlencoded", Instant.now().getEpochSecond());
  }

  HttpResponse<String> command(Map<String, String> fields) throws Exception {
    return send(
        formOf(fields), "application/x-www-form-urlencoded", Instant.now().getEpochSecond());
  }

  /** Signed at {@code timestamp}; extra headers as name, value pairs. */
  HttpResponse<String> send(String body, String type, long timestamp, String... headers)
      throws Exception {
    return sendSigned(body, type, timestamp, sign(SECRET, timestamp, body), headers);
  }

  HttpResponse<String> sendSigned(
      String body, String type, long timestamp, String signature, String... headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", type)
            .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
            .header("X-Slack-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
