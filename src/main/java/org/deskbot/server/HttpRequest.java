package org.deskbot.server;

import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request, read whole (bodies are small and limited by the server).
 *
 * @param headers header names in lower case, the first value of each
 * @param pathParams values of {@code {name}} segments of the matched route
 */
public record HttpRequest(
    String method,
    String path,
    String query,
    Map<String, String> headers,
    byte[] body,
    InetSocketAddress remote,
    Map<String, String> pathParams) {

  /** A header's first value, or null. */
  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** A {@code {name}} segment of the route. */
  public String param(String name) {
    return pathParams.get(name);
  }

  /** The query string's parameters (first value of each). */
  public Map<String, String> queryParams() {
    return form(query);
  }

  /** A cookie's value. */
  public Optional<String> cookie(String name) {
    String all = header("cookie");
    if (all == null) {
      return Optional.empty();
    }
    for (String part : all.split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0 && part.substring(0, eq).strip().equals(name)) {
        return Optional.of(part.substring(eq + 1).strip());
      }
    }
    return Optional.empty();
  }

  /** Decodes {@code a=1&b=2} (a query string or a form body). */
  public static Map<String, String> form(String encoded) {
    Map<String, String> out = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return out;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.putIfAbsent(k, v);
    }
    return out;
  }

  /** The same request with the route's path parameters. */
  HttpRequest withParams(Map<String, String> params) {
    return new HttpRequest(method, path, query, headers, body, remote, params);
  }
}
