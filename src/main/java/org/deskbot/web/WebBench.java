package org.deskbot.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on a running {@code deskbot serve}: N clients, each with its own session, ask questions
 * through {@code POST /api/ask} for a while; prints p50/p90/p99/max latency, throughput and errors.
 * Not part of the test run:
 * {@code java -cp target/deskbot.jar org.deskbot.web.WebBench http://127.0.0.1:8080 [clients] [seconds] [think-ms] [questions]}.
 * The questions are a few demo questions asked over and over, or those of a file (one a line, or JSON lines
 * with a {@code "q"}) so that few repeat.
 */
public final class WebBench {
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
  private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");
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
      System.err.println("usage: WebBench URL [clients=50] [seconds=60] [think-ms=0] [questions-file]");
      System.exit(2);
    }
    String base = args[0].replaceFirst("/$", "");
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    int thinkMs = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    String[] questions = args.length > 4 ? questions(java.nio.file.Path.of(args[4])) : QUESTIONS;
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
      threads.add(Thread.ofPlatform().name("client-" + c).start(() -> {
        try {
          run(base, id, end, thinkMs, questions, lat, n, errors);
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
    System.out.printf(Locale.ROOT, "%d clients, %d s, think %d ms: %d questions, %d errors, %.1f questions/s%n",
        clients, seconds, thinkMs, total, errors.get(), total / elapsed);
    if (total > 0) {
      System.out.printf(Locale.ROOT, "latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n",
          pct(all, 50), pct(all, 90), pct(all, 99), all[all.length - 1] / 1e6);
    }
    System.exit(errors.get() == 0 ? 0 : 1);
  }

  /** The questions of a file: one a line, or JSON lines with a {@code "q"}. */
  private static String[] questions(java.nio.file.Path file) throws java.io.IOException {
    List<String> out = new ArrayList<>();
    for (String line : java.nio.file.Files.readAllLines(file)) {
      if (!line.isBlank()) {
        out.add(line.strip().startsWith("{") ? JSON.readTree(line).path("q").asText() : line.strip());
      }
    }
    return out.toArray(String[]::new);
  }

  private static void run(String base, int id, long end, int thinkMs, String[] questions, long[] lat, int[] n, AtomicLong errors)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
    String cookie = page.headers().firstValue("set-cookie").orElseThrow().replaceFirst(";.*", "");
    Matcher m = CSRF.matcher(page.body());
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on " + base + "/");
    }
    String csrf = m.group(1);
    // each client starts at its own place in the list, so with a long list few questions repeat
    int i = id * Math.max(1, questions.length / 50);
    java.util.Random random = new java.util.Random(id);
    while (System.nanoTime() < end) {
      String q = questions[i++ % questions.length];
      String body = "{\"name\":\"bench " + id + "\",\"question\":" + JSON.writeValueAsString(q) + "}";
      HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/ask"))
          .header("Content-Type", "application/json").header("Cookie", cookie).header("X-CSRF-Token", csrf)
          .timeout(Duration.ofSeconds(30))
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
      long t0 = System.nanoTime();
      HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
      long took = System.nanoTime() - t0;
      if (r.statusCode() != 200) {
        errors.incrementAndGet();
        System.err.println("client " + id + ": " + r.statusCode() + " " + r.body());
      } else if (n[0] < lat.length) {
        lat[n[0]++] = took;
      }
      if (thinkMs > 0) {
        // half to one and a half times the think time, so the clients never fall into step
        Thread.sleep(thinkMs / 2 + random.nextInt(thinkMs + 1));
      }
    }
  }

  private static double pct(long[] sorted, int p) {
    int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
  }
}
