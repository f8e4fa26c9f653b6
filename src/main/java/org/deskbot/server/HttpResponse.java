package org.deskbot.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP response: status, content type, body and extra headers. */
public record HttpResponse(
    int status, String contentType, byte[] body, Map<String, String> headers) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static HttpResponse text(int status, String text) {
    return new HttpResponse(
        status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  public static HttpResponse html(String html) {
    return new HttpResponse(
        200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  /** Any value Jackson can write (records, maps, lists, JsonNodes). */
  public static HttpResponse json(int status, Object value) {
    try {
      return new HttpResponse(status, "application/json", JSON.writeValueAsBytes(value), Map.of());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** {@code {"error": message}}. */
  public static HttpResponse error(int status, String message) {
    return json(status, Map.of("error", message));
  }

  public static HttpResponse empty(int status) {
    return new HttpResponse(status, "text/plain; charset=utf-8", new byte[0], Map.of());
  }

  /** A copy with one more header. */
  public HttpResponse withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new HttpResponse(status, contentType, body, h);
  }
}
