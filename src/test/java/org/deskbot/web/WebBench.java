package org.deskbot.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deskbot.eval.EvalQuestion;

/**
 * Load on a running {@code deskbot serve}: N clients, each with its own session, ask questions
 * through {@code POST /api/ask} for a while; prints p50/p90/p99/max latency, throughput and errors.
 * Not part of the test run (a tool, kept with the tests so that {@code src/main} has one {@code
 * main}): {@code scripts/web-bench.sh http://127.0.0.1:8080 [clients] [seconds] [think-ms]
 * [questions|-] [unique]}. The questions are a few demo questions asked over and over, or those of
 * a file (an eval question file, {@code .jsonl}, or one a line) so that few repeat; {@code unique}
 * adds a number to each, so that none repeats.
 */
public final class WebBench {
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();
  private static final Pattern CSRF =
      Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");
  private static final String[] QUESTIONS = {
    "my smartboard shows nothing when i plug in my laptop",
    "print from chromebook to the copier",
    "how do i post final grades in powerschool",
    "where do i switch the input on the activpanel to hdmi",
    "i recorded my zoom lesson to the cloud yesterday, where do i find the video now",
    "youtube clip plays on the promethean but the audio only comes out of my laptop speakers",
    "can i reuse a rubric in google classroom on a new assignment",
    "students cant see their scores in google classroom",
    "the document camera image is upside down",
    "how do i reset a student's chromebook password",
    "my projector lamp is blinking",
    "the wifi keeps dropping in room 12",
    "thanks!",
    "how do i share my screen to the panel without a cable",
  };

  private WebBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println(
          "usage: WebBench URL [clients=50] [seconds=60] [think-ms=0] [questions-file|-] [unique]");
      System.exit(2);
    }
    String base = args[0].replaceFirst("/$", "");
    // one kept-alive connection per client (the JDK keeps 5 per server by default)
    System.setProperty("http.maxConnections", "1000");
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    int thinkMs = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    String[] questions =
        args.length > 4 && !args[4].equals("-")
            ? questions(java.nio.file.Path.of(args[4]))
            : QUESTIONS;
    // "unique": every question asked differs from every other (a number is added), so none is
    // answered from memory
    boolean unique = args.length > 5 && args[5].equals("unique");
    String run = Long.toString(System.currentTimeMillis() % 100_000);
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    AtomicLong errors = new AtomicLong();
    List<long[]> perClient = new ArrayList<>();
    List<int[]> counts = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      long[] lat = new long[2_000_000 / clients];
      int[] n = new int[1];
      perClient.add(lat);
      counts.add(n);
      int id = c;
      threads.add(
          Thread.ofPlatform()
              .name("client-" + c)
              .start(
                  () -> {
                    try {
                      run(base, id, end, thinkMs, questions, unique ? run : null, lat, n, errors);
                    } catch (Exception e) {
                      errors.incrementAndGet();
                      System.err.println("client " + id + ": " + e);
                    }
                  }));
    }
    long started = System.nanoTime();
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    int total = counts.stream().mapToInt(a -> a[0]).sum();
    long[] all = new long[total];
    int at = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(perClient.get(c), 0, all, at, counts.get(c)[0]);
      at += counts.get(c)[0];
    }
    Arrays.sort(all);
    System.out.printf(
        Locale.ROOT,
        "%d clients, %d s, think %d ms: %d questions, %d errors, %.1f questions/s%n",
        clients,
        seconds,
        thinkMs,
        total,
        errors.get(),
        total / elapsed);
    if (total > 0) {
      System.out.printf(
          Locale.ROOT,
          "latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n",
          pct(all, 50),
          pct(all, 90),
          pct(all, 99),
          all[all.length - 1] / 1e6);
    }
    System.exit(errors.get() == 0 ? 0 : 1);
  }

  /**
   * The questions of a file: an eval question file ({@code .jsonl}, see {@link EvalQuestion}), else
   * one a line.
   */
  private static String[] questions(java.nio.file.Path file) throws java.io.IOException {
    if (file.toString().endsWith(".jsonl")) {
      return EvalQuestion.read(file).stream().map(EvalQuestion::q).toArray(String[]::new);
    }
    return java.nio.file.Files.readAllLines(file).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .toArray(String[]::new);
  }

  private static void run(
      String base,
      int id,
      long end,
      int thinkMs,
      String[] questions,
      String unique,
      long[] lat,
      int[] n,
      AtomicLong errors)
      throws Exception {
    Response page = send(base + "/", "GET", null, Map.of());
    String cookie = page.cookie().replaceFirst(";.*", "");
    Matcher m = CSRF.matcher(page.body());
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on " + base + "/");
    }
    Map<String, String> headers =
        Map.of("Content-Type", "application/json", "Cookie", cookie, "X-CSRF-Token", m.group(1));
    // each client starts at its own place in the list, so with a long list few questions repeat
    int i = id * Math.max(1, questions.length / 50);
    java.util.Random random = new java.util.Random(id);
    for (int asked = 0; System.nanoTime() < end; asked++) {
      String q =
          questions[i++ % questions.length]
              + (unique != null ? " (" + unique + "." + id + "." + asked + ")" : "");
      String body =
          "{\"name\":\"bench " + id + "\",\"question\":" + JSON.writeValueAsString(q) + "}";
      long t0 = System.nanoTime();
      Response r = send(base + "/api/ask", "POST", body, headers);
      long took = System.nanoTime() - t0;
      if (r.status() != 200) {
        errors.incrementAndGet();
        System.err.println("client " + id + ": " + r.status() + " " + r.body());
      } else if (n[0] < lat.length) {
        lat[n[0]++] = took;
      }
      if (thinkMs > 0) {
        // half to one and a half times the think time, so the clients never fall into step
        Thread.sleep(thinkMs / 2 + random.nextInt(thinkMs + 1));
      }
    }
  }

  private record Response(int status, String body, String cookie) {}

  /**
   * One request on the JDK's plain blocking client, which keeps the connection alive between
   * requests: the client shares the server's two cores, and the asynchronous HttpClient spent about
   * as much CPU per question as the server did.
   */
  private static Response send(String url, String method, String body, Map<String, String> headers)
      throws java.io.IOException {
    java.net.HttpURLConnection c =
        (java.net.HttpURLConnection) URI.create(url).toURL().openConnection();
    c.setRequestMethod(method);
    c.setConnectTimeout(5_000);
    c.setReadTimeout(30_000);
    headers.forEach(c::setRequestProperty);
    if (body != null) {
      c.setDoOutput(true);
      try (var out = c.getOutputStream()) {
        out.write(body.getBytes(StandardCharsets.UTF_8));
      }
    }
    int status = c.getResponseCode();
    java.io.InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
    String text;
    try (in) {
      text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String cookie = c.getHeaderField("Set-Cookie");
    return new Response(status, text, cookie == null ? "" : cookie);
  }

  private static double pct(long[] sorted, int p) {
    int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
  }
}
