package org.deskbot.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK's HTTP server in front of a {@link Router}: one virtual thread per request, bodies read
 * whole up to a limit (413 beyond it), and every failure answered as JSON without a stack trace.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  /** The largest request body accepted. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  private static final java.util.regex.Pattern LENGTH =
      java.util.regex.Pattern.compile("\\d{1,18}");

  private final HttpServer server;
  private final ExecutorService executor;

  private WebServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Listens on {@code host:port} (port 0: any free port) and serves {@code router}. */
  public static WebServer start(String host, int port, Router router) throws IOException {
    // answers are small writes: without TCP_NODELAY, Nagle's algorithm meets the client's delayed
    // ACK and a reply can wait 40 ms (read once, when the JDK's server first starts)
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 256);
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(executor);
    server.createContext("/", exchange -> serve(exchange, router));
    server.start();
    return new WebServer(server, executor);
  }

  /** The port listened on. */
  public int port() {
    return server.getAddress().getPort();
  }

  private static void serve(HttpExchange exchange, Router router) throws IOException {
    HttpResponse response;
    try {
      int limit =
          router.maxBodyBytes(
              exchange.getRequestMethod().toUpperCase(Locale.ROOT),
              exchange.getRequestURI().getRawPath());
      byte[] body = readBody(exchange, limit);
      if (body == null) {
        response =
            HttpResponse.error(413, "the request body is larger than " + limit / 1024 + " KB");
      } else {
        Map<String, String> headers = new HashMap<>();
        exchange
            .getRequestHeaders()
            .forEach(
                (k, v) -> {
                  if (!v.isEmpty()) headers.put(k.toLowerCase(Locale.ROOT), v.get(0));
                });
        var uri = exchange.getRequestURI();
        HttpRequest request =
            new HttpRequest(
                exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                uri.getRawPath(),
                uri.getRawQuery(),
                Map.copyOf(headers),
                body,
                exchange.getRemoteAddress(),
                Map.of());
        response = router.route(request);
      }
    } catch (HttpError e) {
      response = HttpResponse.error(e.status(), e.getMessage());
    } catch (Exception e) {
      LOG.error(
          "{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), e);
      response =
          HttpResponse.error(
              500, "something went wrong on the server; the team can see the details in its log");
    }
    write(exchange, response);
  }

  /** The body, or null when it is longer than {@code limit} (said up front, or found reading). */
  private static byte[] readBody(HttpExchange exchange, int limit) throws IOException {
    InputStream in = exchange.getRequestBody();
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null
        && LENGTH.matcher(declared.strip()).matches()
        && Long.parseLong(declared.strip()) > limit) {
      in.transferTo(OutputStream.nullOutputStream());
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) >= 0) {
      if (out.size() + n > limit) {
        in.transferTo(OutputStream.nullOutputStream());
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static void write(HttpExchange exchange, HttpResponse r) throws IOException {
    try (exchange) {
      var h = exchange.getResponseHeaders();
      h.put("Content-Type", List.of(r.contentType()));
      h.put("X-Content-Type-Options", List.of("nosniff"));
      r.headers().forEach((k, v) -> h.add(k, v));
      boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
      long length = r.body().length == 0 || head ? -1 : r.body().length;
      exchange.sendResponseHeaders(r.status(), length);
      if (length > 0) {
        exchange.getResponseBody().write(r.body());
      }
    }
  }

  @Override
  public void close() {
    server.stop(1);
    executor.shutdown();
  }
}
