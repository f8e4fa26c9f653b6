package org.deskbot.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Random;
import org.deskbot.storage.sqlite.Database;
import org.deskbot.storage.sqlite.SqliteReportStore;

/**
 * One week's report over a large history: 1,000,000 interactions and 100,000 tickets over 52 weeks.
 * Run (after {@code mvn -o -q package -DskipTests} and {@code test-compile}): {@code java
 * --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true
 * -cp target/deskbot.jar:target/test-classes org.deskbot.report.ReportBench /tmp/report-bench.db}
 */
public final class ReportBench {
  static final String[] CATEGORIES = {
    "accounts-login",
    "printing",
    "devices",
    "av-display",
    "classroom-apps",
    "network-wifi",
    "gradebook-sis",
    "other"
  };
  static final String[] DECISIONS = {
    "answer", "answer", "answer", "suggest", "suggest", "escalate", "not-a-question"
  };
  static final String[] FEEDBACK = {"solved", "none", "none", "not-solved", "solved"};
  static final String[] WORDS = {
    "printer",
    "library",
    "canvas",
    "wifi",
    "password",
    "chromebook",
    "panel",
    "sound",
    "grades",
    "attendance",
    "clever",
    "badge",
    "copier",
    "toner",
    "projector",
    "zoom",
    "recording",
    "nearpod",
    "kami",
    "seesaw"
  };

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "target/report-bench.db");
    int interactions = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int tickets = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
    ZoneId zone = ZoneId.of("America/Chicago");
    Week last = Week.of(LocalDate.parse("2026-11-16"));
    Instant start = last.minus(51).start(zone);
    long span = last.end(zone).getEpochSecond() - start.getEpochSecond();
    if (!Files.exists(file)) {
      long t0 = System.nanoTime();
      try (Database db = Database.open(file)) {
        Random r = new Random(1);
        db.inTransaction(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO tickets(requester, platform, category, question, status, created_at,"
                          + " first_response_at, resolved_at, minutes) VALUES (?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < tickets; i++) {
                  Instant at = start.plusSeconds((long) (r.nextDouble() * span));
                  ps.setString(1, "teacher-" + r.nextInt(900));
                  ps.setString(2, "bench");
                  ps.setString(3, CATEGORIES[r.nextInt(CATEGORIES.length)]);
                  ps.setString(4, question(r));
                  boolean done = r.nextInt(10) < 9;
                  ps.setString(5, done ? "resolved" : "open");
                  ps.setString(6, at.toString());
                  ps.setString(7, at.plusSeconds(600 + r.nextInt(20_000)).toString());
                  ps.setString(
                      8, done ? at.plusSeconds(3600 + r.nextInt(400_000)).toString() : null);
                  if (done) ps.setInt(9, 5 + r.nextInt(60));
                  else ps.setNull(9, java.sql.Types.INTEGER);
                  ps.addBatch();
                  if (i % 10_000 == 0) ps.executeBatch();
                }
                ps.executeBatch();
              }
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO interactions(created_at, platform, user_id, place, question, category,"
                          + " decision, results, feedback, ticket_id) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < interactions; i++) {
                  Instant at = start.plusSeconds((long) (r.nextDouble() * span));
                  String decision = DECISIONS[r.nextInt(DECISIONS.length)];
                  ps.setString(1, at.toString());
                  ps.setString(2, "bench");
                  ps.setString(3, "teacher-" + r.nextInt(900));
                  ps.setString(4, "C1");
                  ps.setString(5, question(r));
                  ps.setString(
                      6,
                      decision.equals("not-a-question")
                          ? ""
                          : CATEGORIES[r.nextInt(CATEGORIES.length)]);
                  ps.setString(7, decision);
                  ps.setString(
                      8,
                      decision.startsWith("a") || decision.startsWith("su")
                          ? "[{\"type\":\"faq\",\"title\":\"FAQ "
                              + r.nextInt(80)
                              + "\",\"url\":\"https://help.example/faq/"
                              + r.nextInt(80)
                              + "\",\"score\":0.8},{\"type\":\"video\",\"title\":\"Video\",\"url\":\"https://youtu.be/v"
                              + r.nextInt(30)
                              + "?t=30\",\"score\":0.6}]"
                          : "[]");
                  ps.setString(
                      9,
                      decision.equals("escalate") || decision.equals("not-a-question")
                          ? "none"
                          : FEEDBACK[r.nextInt(FEEDBACK.length)]);
                  if (r.nextInt(10) == 0) ps.setLong(10, 1 + r.nextInt(tickets));
                  else ps.setNull(10, java.sql.Types.INTEGER);
                  ps.addBatch();
                  if (i % 10_000 == 0) ps.executeBatch();
                }
                ps.executeBatch();
              }
              return null;
            });
      }
      System.out.printf(
          "wrote %,d interactions and %,d tickets in %.1f s%n",
          interactions, tickets, (System.nanoTime() - t0) / 1e9);
    }
    ReportSettings settings = ReportSettings.defaults(zone);
    double[] runs = new double[6];
    double[] cpu = new double[6];
    var os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    WeeklyFigures f = null;
    for (int k = 0; k < runs.length; k++) {
      long t0 = System.nanoTime();
      long c0 = os.getProcessCpuTime();
      try (Database db = Database.open(file)) {
        f = new Measures(new SqliteReportStore(db), settings.calendar()).week(last);
      }
      runs[k] = (System.nanoTime() - t0) / 1e6;
      cpu[k] = (os.getProcessCpuTime() - c0) / 1e6;
    }
    System.out.printf(
        "runs (wall ms): %s; CPU ms: %s; load average %.1f on %d cores%n",
        Arrays.toString(Arrays.stream(runs).map(Math::rint).toArray()),
        Arrays.toString(Arrays.stream(cpu).map(Math::rint).toArray()),
        os.getSystemLoadAverage(),
        os.getAvailableProcessors());
    try (Database db = Database.open(file)) {
      ReportStore st = new SqliteReportStore(db);
      Instant a = last.start(zone);
      Instant b = last.end(zone);
      String[] names = {
        "counts",
        "categories",
        "baseline",
        "confirmedByCategory",
        "silent",
        "opened",
        "firstResponded",
        "resolved",
        "resolved8",
        "unanswered",
        "resources"
      };
      java.util.List<java.util.concurrent.Callable<Object>> calls =
          java.util.List.of(
              () -> st.counts(a, b),
              () -> st.categories(a, b),
              () -> st.categories(last.minus(4).start(zone), a),
              () -> st.confirmedByCategory(a, b),
              () -> st.silent(a, b),
              () -> st.opened(a, b.plusSeconds(5 * 86400)),
              () -> st.firstResponded(a, b),
              () -> st.resolved(a, b),
              () -> st.minutes(last.minus(7).start(zone), b),
              () -> st.unanswered(a, b),
              () -> st.resources(a, b, 15));
      StringBuilder t = new StringBuilder("parts (ms):");
      for (int k = 0; k < names.length; k++) {
        long s0 = System.nanoTime();
        calls.get(k).call();
        t.append(' ').append(names[k]).append('=').append((System.nanoTime() - s0) / 1_000_000);
      }
      long s0 = System.nanoTime();
      Gaps.group(st.unanswered(a, b), 10);
      t.append(" unanswered+gaps=").append((System.nanoTime() - s0) / 1_000_000);
      System.out.println(t);
    }
    long t0 = System.nanoTime();
    String html = ReportHtml.page(f, Charts.trend(f), Charts.categories(f), Charts.capacity(f));
    double htmlMs = (System.nanoTime() - t0) / 1e6;
    double[] warm = Arrays.copyOfRange(runs, 1, runs.length);
    Arrays.sort(warm);
    System.out.printf(
        "week %s: %,d questions, %,d confirmed, %,d probable, %,d tickets opened, %d gaps%n",
        f.week(),
        f.questions(),
        f.confirmedDeflections(),
        f.probableDeflections(),
        f.ticketsOpened(),
        f.gaps().size());
    System.out.printf(
        "figures (12-week trend included): first run %.0f ms, warm median %.0f ms (max %.0f ms); charts + HTML %.0f ms (%,d bytes)%n",
        runs[0], warm[warm.length / 2], warm[warm.length - 1], htmlMs, html.length());
  }

  static String question(Random r) {
    return "my "
        + WORDS[r.nextInt(WORDS.length)]
        + " "
        + WORDS[r.nextInt(WORDS.length)]
        + " is not working in room "
        + r.nextInt(40);
  }
}
