package org.deskbot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.deskbot.server.HttpError;
import org.deskbot.server.HttpRequest;

/**
 * A request's JSON object, with fields read as the API documents them: a bad or missing one is a
 * 400.
 */
record JsonBody(JsonNode node) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Parses the body: over {@code maxBytes} → 413, not a JSON object → 400. */
  static JsonBody of(HttpRequest r, int maxBytes) {
    if (r.body().length > maxBytes) {
      throw new HttpError(413, "the request body is larger than " + maxBytes / 1024 + " KB");
    }
    String type = r.header("content-type");
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new HttpError(415, "send the body as application/json");
    }
    JsonNode n;
    try {
      n = r.body().length == 0 ? null : JSON.readTree(r.body());
    } catch (JsonProcessingException e) {
      throw new HttpError(
          400,
          "the body is not valid JSON (line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ")");
    } catch (java.io.IOException e) {
      throw new HttpError(400, "the body could not be read");
    }
    if (n == null || !n.isObject()) {
      throw new HttpError(400, "the body must be a JSON object");
    }
    return new JsonBody(n);
  }

  /** A required non-blank string of at most {@code max} characters. */
  String text(String field, int max) {
    String s = optText(field, max);
    if (s.isBlank()) {
      throw new HttpError(400, "`" + field + "` is missing");
    }
    return s;
  }

  /** An optional string ("" when absent) of at most {@code max} characters. */
  String optText(String field, int max) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isTextual()) {
      throw new HttpError(400, "`" + field + "` must be a string");
    }
    if (v.asText().length() > max) {
      throw new HttpError(400, "`" + field + "` is longer than " + max + " characters");
    }
    return v.asText().strip();
  }

  /** A required whole number. */
  long number(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new HttpError(400, "`" + field + "` is missing");
    }
    if (!v.canConvertToLong() || !v.isIntegralNumber()) {
      throw new HttpError(400, "`" + field + "` must be a whole number");
    }
    return v.asLong();
  }

  /** A required true/false. */
  boolean bool(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new HttpError(400, "`" + field + "` is missing");
    }
    if (!v.isBoolean()) {
      throw new HttpError(400, "`" + field + "` must be true or false");
    }
    return v.asBoolean();
  }

  /** An optional true/false. */
  boolean optBool(String field) {
    JsonNode v = node.get(field);
    return v != null && !v.isNull() && bool(field);
  }
}
