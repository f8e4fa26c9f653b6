package org.deskbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.deskbot.server.HttpRequest;

/**
 * A loopback Slack Web API: answers each method from {@code api/METHOD.json} (with {@code
 * ${channel}}, {@code ${ts}}, {@code ${port}} filled in) and records every call, like Bolt's own
 * test mock server.
 */
final class MockSlackApi implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One call: the method, its parameters, and when it arrived. */
  record Call(
      String method,
      Map<String, String> params,
      String authorization,
      long atNanos,
      String answeredTs) {
    String channel() {
      return params.getOrDefault("channel", "");
    }

    /** The ts this call's answer gave (posted messages) or named (updates). */
    String ts() {
      return params.getOrDefault("ts", answeredTs);
    }

    String param(String name) {
      return params.getOrDefault(name, "");
    }

    JsonNode json(String name) {
      try {
        return JSON.readTree(param(name).isEmpty() ? "null" : param(name));
      } catch (IOException e) {
        throw new AssertionError(name + " is not JSON: " + param(name), e);
      }
    }
  }

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> rateLimited = new ConcurrentHashMap<>();
  private final Map<String, String> overrides = new ConcurrentHashMap<>();
  private final Map<String, String> refusals = new ConcurrentHashMap<>();
  private final AtomicLong ts = new AtomicLong(1_700_000_100_000_001L);

  MockSlackApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/api/", this::api);
    server.createContext("/upload/", ex -> respond(ex, 200, "text/plain", "OK - 1234"));
    server.createContext("/files-pri/", this::file);
    server.start();
  }

  /**
   * Serves {@code bytes} at {@code /files-pri/NAME} to a request with the bot token {@code token}
   * (as Slack serves a file's url_private_download); without it, Slack's sign-in page. Returns the
   * address.
   */
  String serveFile(String name, String mimetype, byte[] bytes, String token) {
    files.put("/files-pri/" + name, new Served(mimetype, bytes, token));
    return "http://127.0.0.1:" + port() + "/files-pri/" + name;
  }

  /** The downloads of files asked for, with the Authorization header each carried. */
  List<Call> downloads() {
    return calls("download");
  }

  private record Served(String mimetype, byte[] bytes, String token) {}

  private final Map<String, Served> files = new ConcurrentHashMap<>();

  private void file(HttpExchange ex) throws IOException {
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    String path = ex.getRequestURI().getPath();
    calls.add(new Call("download", Map.of("path", path), auth, System.nanoTime(), ""));
    Served f = files.get(path);
    if (f == null) {
      respond(ex, 404, "text/plain", "not found");
    } else if (!("Bearer " + f.token()).equals(auth)) {
      respond(ex, 200, "text/html; charset=utf-8", "<!DOCTYPE html><title>Slack</title>Sign in");
    } else {
      ex.getResponseHeaders().add("Content-Type", f.mimetype());
      ex.sendResponseHeaders(200, f.bytes().length);
      try (var out = ex.getResponseBody()) {
        out.write(f.bytes());
      }
    }
  }

  int port() {
    return server.getAddress().getPort();
  }

  String url() {
    return "http://127.0.0.1:" + port() + "/api/";
  }

  /** The next {@code n} calls of {@code method} get 429 with {@code Retry-After: 1}. */
  void rateLimit(String method, int n) {
    rateLimited.put(method, new AtomicInteger(n));
  }

  /** Calls of {@code method} into {@code channel} get {@code "ok": false} with {@code error}. */
  void refuse(String method, String channel, String error) {
    refusals.put(method + " " + channel, error);
  }

  /** Answers {@code method} with this JSON from now on. */
  void answer(String method, String json) {
    overrides.put(method, json);
  }

  List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  List<Call> calls(String method, Predicate<Call> which) {
    return calls.stream().filter(c -> c.method().equals(method) && which.test(c)).toList();
  }

  List<Call> all() {
    return List.copyOf(calls);
  }

  /** Waits for a call of {@code method} matching {@code which}. */
  Call await(String method, Predicate<Call> which, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      for (Call c : calls) {
        if (c.method().equals(method) && which.test(c)) {
          return c;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError(
        "no " + method + " call as expected within " + timeout + "; calls: " + summary());
  }

  String summary() {
    StringBuilder sb = new StringBuilder();
    for (Call c : calls) {
      sb.append("\n  ")
          .append(c.method())
          .append(' ')
          .append(c.params().getOrDefault("channel", ""))
          .append(' ')
          .append(c.params().getOrDefault("text", "").replace('\n', ' '));
    }
    return sb.toString();
  }

  private void api(HttpExchange ex) throws IOException {
    String method = ex.getRequestURI().getPath().substring("/api/".length());
    byte[] body;
    try (InputStream in = ex.getRequestBody()) {
      body = in.readAllBytes();
    }
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    Map<String, String> params =
        type != null && type.startsWith("application/json")
            ? jsonParams(body)
            : HttpRequest.form(new String(body, StandardCharsets.UTF_8));
    if (ex.getRequestURI().getRawQuery() != null) {
      HttpRequest.form(ex.getRequestURI().getRawQuery()).forEach(params::putIfAbsent);
    }
    AtomicInteger limit = rateLimited.get(method);
    if (limit != null && limit.getAndDecrement() > 0) {
      calls.add(
          new Call(
              method + "#429",
              params,
              ex.getRequestHeaders().getFirst("Authorization"),
              System.nanoTime(),
              ""));
      ex.getResponseHeaders().add("Retry-After", "1");
      respond(ex, 429, "application/json", "{\"ok\":false,\"error\":\"ratelimited\"}");
      return;
    }
    String answeredTs = tsText(ts.getAndIncrement());
    String answer = overrides.get(method);
    String refusal = refusals.get(method + " " + params.getOrDefault("channel", ""));
    if (refusal != null) {
      answer = "{\"ok\":false,\"error\":\"" + refusal + "\"}";
    }
    if (answer == null) {
      try (InputStream in = MockSlackApi.class.getResourceAsStream("api/" + method + ".json")) {
        answer =
            in == null
                ? "{\"ok\":false,\"error\":\"unknown_method\"}"
                : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    String channel = params.getOrDefault("channel", "C0TEACHERS");
    if (channel.startsWith("U")) {
      channel = "D0" + channel.substring(1); // posting to a user id lands in their DM with the bot
    }
    answer =
        answer
            .replace("${channel}", channel)
            .replace("${port}", String.valueOf(port()))
            .replace("${ts}", answeredTs);
    calls.add(
        new Call(
            method,
            params,
            ex.getRequestHeaders().getFirst("Authorization"),
            System.nanoTime(),
            answeredTs));
    respond(ex, 200, "application/json; charset=utf-8", answer);
  }

  private static String tsText(long n) {
    String s = Long.toString(n);
    return s.substring(0, 10) + "." + s.substring(10);
  }

  private static Map<String, String> jsonParams(byte[] body) throws IOException {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    JSON.readTree(body)
        .properties()
        .forEach(
            e ->
                out.put(
                    e.getKey(),
                    e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
    return out;
  }

  private static void respond(HttpExchange ex, int status, String type, String body)
      throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, b.length);
    try (var out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
