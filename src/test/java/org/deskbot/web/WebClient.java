package org.deskbot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP client for the API tests: keeps the session cookie and the page's CSRF token.
 */
final class WebClient {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CSRF =
      Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  String cookie;
  String csrf;

  WebClient(String base) {
    this.base = base;
  }

  /** Loads a page as a browser does, keeping its cookie and token. */
  HttpResponse<String> page(String path) throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    r.headers().firstValue("set-cookie").ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
    Matcher m = CSRF.matcher(r.body());
    if (m.find()) {
      csrf = m.group(1);
    }
    return r;
  }

  HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** A POST of {@code json} with the session cookie, the CSRF token and a same-origin Origin. */
  HttpResponse<String> post(String path, String json) throws Exception {
    return post(path, json, "application/json", base);
  }

  HttpResponse<String> post(String path, String body, String contentType, String origin)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", contentType);
    if (origin != null) {
      b.header("Origin", origin);
    }
    if (csrf != null) {
      b.header("X-CSRF-Token", csrf);
    }
    HttpResponse<String> r = send(b);
    r.headers().firstValue("set-cookie").ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
    return r;
  }

  /** POSTs and expects 200, returning the JSON. */
  JsonNode ok(String path, String json) throws Exception {
    HttpResponse<String> r = post(path, json);
    if (r.statusCode() != 200) {
      throw new AssertionError(path + " → " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body());
  }

  /** GETs and expects 200, returning the JSON. */
  JsonNode getJson(String path) throws Exception {
    HttpResponse<String> r = get(path);
    if (r.statusCode() != 200) {
      throw new AssertionError(path + " → " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body());
  }

  private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return http.send(
        b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON string literal. */
  static String q(String s) throws Exception {
    return JSON.writeValueAsString(s);
  }
}
