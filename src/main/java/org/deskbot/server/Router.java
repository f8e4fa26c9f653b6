package org.deskbot.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes by method and path. A pattern is exact ({@code /healthz}), has {@code {name}} segments
 * ({@code /api/tickets/{number}}), or ends in {@code /*} to take everything under a prefix.
 */
public final class Router {
  private record Route(
      String method, String[] parts, boolean prefix, Handler handler, int maxBodyBytes) {}

  private final List<Route> routes = new ArrayList<>();

  public Router get(String pattern, Handler h) {
    return add("GET", pattern, h);
  }

  public Router post(String pattern, Handler h) {
    return add("POST", pattern, h);
  }

  public Router add(String method, String pattern, Handler h) {
    return add(method, pattern, WebServer.MAX_BODY_BYTES, h);
  }

  /**
   * A POST route that takes bodies of up to {@code maxBodyBytes} (more than the server's usual
   * {@link WebServer#MAX_BODY_BYTES}: an image upload).
   */
  public Router post(String pattern, int maxBodyBytes, Handler h) {
    return add("POST", pattern, maxBodyBytes, h);
  }

  private Router add(String method, String pattern, int maxBodyBytes, Handler h) {
    boolean prefix = pattern.endsWith("/*");
    String p = prefix ? pattern.substring(0, pattern.length() - 2) : pattern;
    routes.add(new Route(method, split(p), prefix, h, maxBodyBytes));
    return this;
  }

  /** The largest body the server reads for a request to {@code method path}. */
  public int maxBodyBytes(String method, String path) {
    String[] parts = split(path);
    for (Route r : routes) {
      if (r.method.equals(method) && match(r, parts) != null) {
        return r.maxBodyBytes;
      }
    }
    return WebServer.MAX_BODY_BYTES;
  }

  /** The response for a request: its route's, or 404 / 405 as JSON. */
  public HttpResponse route(HttpRequest request) throws Exception {
    String[] path = split(request.path());
    boolean pathKnown = false;
    for (Route r : routes) {
      Map<String, String> params = match(r, path);
      if (params == null) {
        continue;
      }
      pathKnown = true;
      if (r.method.equals(request.method())
          || ("HEAD".equals(request.method()) && "GET".equals(r.method))) {
        return r.handler.handle(request.withParams(params));
      }
    }
    return pathKnown
        ? HttpResponse.error(405, request.method() + " is not allowed on " + request.path())
        : HttpResponse.error(404, "nothing at " + request.path());
  }

  private static Map<String, String> match(Route r, String[] path) {
    if (r.prefix ? path.length < r.parts.length : path.length != r.parts.length) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < r.parts.length; i++) {
      String part = r.parts[i];
      if (part.startsWith("{") && part.endsWith("}")) {
        params.put(part.substring(1, part.length() - 1), path[i]);
      } else if (!part.equals(path[i])) {
        return null;
      }
    }
    return params;
  }

  private static String[] split(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    if (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.isEmpty() ? new String[0] : p.split("/", -1);
  }
}
