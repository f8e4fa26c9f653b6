package org.deskbot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.deskbot.answer.Answer;
import org.deskbot.config.Settings;
import org.deskbot.ingest.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code deskbot bench}: ingest and answer speed on generated content of a chosen size (FAQ-sized
 * items and hour-long transcripts), the figures kept in BENCHMARKS.md.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure ingest throughput and in-process answer latency on generated content.")
public final class BenchCommand implements Callable<Integer> {
  @Option(
      names = "--faqs",
      defaultValue = "10000",
      description = "FAQ-sized items to generate. Default: ${DEFAULT-VALUE}.")
  int faqs;

  @Option(
      names = "--transcripts",
      defaultValue = "200",
      description = "One-hour transcripts to generate. Default: ${DEFAULT-VALUE}.")
  int transcripts;

  @Option(
      names = "--questions",
      defaultValue = "2000",
      description = "Questions asked for the latency figures. Default: ${DEFAULT-VALUE}.")
  int questions;

  @Option(
      names = "--semantic",
      paramLabel = "on|off",
      defaultValue = "off",
      description = "Embeddings on or off. Default: ${DEFAULT-VALUE}.")
  String semantic;

  private static final String[] WORDS =
      ("password reset login account chromebook laptop charger screen keyboard printer copier toner jam "
              + "wifi network guest staff student teacher classroom google docs drive slides sheets gmail canva "
              + "kami nearpod seesaw powerschool gradebook grades attendance roster section report card panel "
              + "promethean display projector hdmi cable adapter sound volume camera zoom meeting recording "
              + "badge clever portal district school office room cart update install software license request "
              + "form ticket training module course credit certificate badge calendar email phishing link "
              + "share folder permission owner editor viewer comment assignment rubric quiz form response "
              + "parent family message translate substitute account locked expired multi factor code phone "
              + "app authenticator browser chrome extension bookmark cache restart power button battery "
              + "cracked broken loaner repair replace order headset microphone speaker bluetooth mouse dock "
              + "monitor second mirror extend input source signal menu settings tab window click select open "
              + "close save submit return post schedule reuse archive delete restore copy paste print scan")
          .split(" ");

  @Option(
      names = "--calibrate",
      description =
          "Also time `calibrate --content` (from the content alone) on the generated FAQs.")
  boolean calibrate;

  @Option(
      names = "--store",
      description =
          "Measure the SQLite store instead: interactions and tickets written by two concurrent writers.")
  boolean store;

  @Option(
      names = "--store-url",
      paramLabel = "URL",
      description =
          "With --store: measure a PostgreSQL database (jdbc:postgresql://…, credentials from"
              + " DESKBOT_DATABASE_USER/_PASSWORD) instead of a SQLite file, with two writers in one"
              + " instance and in two. It gets the bench's rows: give it an empty scratch database.")
  String storeUrl;

  @Override
  public Integer call() throws Exception {
    if (store && storeUrl != null) {
      return benchServerStore(storeUrl);
    }
    if (store) {
      return benchStore();
    }
    Path root = Files.createTempDirectory("deskbot-bench");
    try {
      Random random = new Random(7);
      List<String> titles = new ArrayList<>();
      System.out.printf(
          "generating %d FAQ items and %d one-hour transcripts...%n", faqs, transcripts);
      Path faqDir = Files.createDirectories(root.resolve("faq-content/faq"));
      long faqBytes = 0;
      for (int i = 0; i < faqs; i++) {
        String title = sentence(random, 6 + random.nextInt(6));
        titles.add(title);
        String body = sentence(random, 60 + random.nextInt(80)) + ".\n";
        String md =
            "---\ntitle: \""
                + title
                + "?\"\nurl: https://h.example/faq/"
                + i
                + "\ncategory: other\ntags: [bench]\n---\n\n"
                + body;
        faqBytes += md.length();
        Files.writeString(faqDir.resolve("faq-" + i + ".md"), md);
      }
      Path videoDir = Files.createDirectories(root.resolve("video-content/videos"));
      long videoBytes = 0;
      for (int v = 0; v < transcripts; v++) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (int s = 0; s < 3600; s += 4) {
          vtt.append(clock(s))
              .append(" --> ")
              .append(clock(s + 4))
              .append('\n')
              .append(sentence(random, 9))
              .append(random.nextInt(3) == 0 ? "." : "")
              .append("\n\n");
        }
        Files.writeString(videoDir.resolve("video-" + v + ".vtt"), vtt);
        Files.writeString(
            videoDir.resolve("video-" + v + ".json"),
            "{\"title\": \"Video "
                + v
                + "\", \"url\": \"https://www.youtube.com/watch?v=vid"
                + String.format("%08d", v)
                + "\"}");
        videoBytes += vtt.length();
      }
      boolean on = !semantic.equalsIgnoreCase("off");
      Settings faqSettings = settings(root, "faq-home", "faq-content", on);
      IngestReport f = Wiring.ingest(faqSettings);
      System.out.printf(
          "ingest FAQs: %d items in %.2f s = %.0f items/s, %.2f MB/s (semantic %s, cold JVM)%n",
          f.entries(),
          f.millis() / 1000.0,
          f.entries() * 1000.0 / f.millis(),
          faqBytes / 1e6 / (f.millis() / 1000.0),
          on ? "on" : "off");
      // the same again into a fresh index in the now-warm JVM: the rate a running server ingests at
      IngestReport w = Wiring.ingest(settings(root, "faq-home-2", "faq-content", on));
      System.out.printf(
          "ingest FAQs again, fresh index: %d items in %.2f s = %.0f items/s, %.2f MB/s (warm JVM)%n",
          w.entries(),
          w.millis() / 1000.0,
          w.entries() * 1000.0 / w.millis(),
          faqBytes / 1e6 / (w.millis() / 1000.0));
      if (calibrate) {
        long started = System.nanoTime();
        var labelled = ContentCalibration.collect(faqSettings, root.resolve("faq-content"));
        var examples = new ArrayList<org.deskbot.answer.Calibration.Example>();
        for (var l : labelled) {
          examples.add(l.outcome().asExample(1));
        }
        org.deskbot.answer.Calibration.fit(
            examples, org.deskbot.answer.Calibration.Targets.DEFAULT);
        System.out.printf(
            "calibrate --content on %d FAQs: %d labelled questions in %.1f s%n",
            faqs, labelled.size(), (System.nanoTime() - started) / 1e9);
      }
      if (transcripts > 0) {
        IngestReport t = Wiring.ingest(settings(root, "video-home", "video-content", on));
        System.out.printf(
            "ingest transcripts: %d transcripts with sidecars (%.1f MB) -> %d passages in %.2f s = %.1f transcripts/s, %.2f MB/s%n",
            transcripts,
            videoBytes / 1e6,
            t.entries(),
            t.millis() / 1000.0,
            transcripts * 1000.0 / t.millis(),
            videoBytes / 1e6 / (t.millis() / 1000.0));
      }
      IngestReport again = Wiring.ingest(faqSettings);
      System.out.printf(
          "re-ingest unchanged FAQs: %d unchanged in %.2f s%n",
          again.unchanged(), again.millis() / 1000.0);
      try (Wiring.Engine engine = Wiring.openEngine(faqSettings)) {
        List<String> qs = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
          String[] words = titles.get(random.nextInt(titles.size())).split(" ");
          List<String> keep =
              new ArrayList<>(Arrays.asList(words).subList(0, Math.max(2, words.length - 2)));
          java.util.Collections.shuffle(keep, random);
          qs.add("how do i " + String.join(" ", keep));
        }
        for (String q : qs) {
          engine.answers().answer(q, 3); // warm-up
        }
        double[] ms = new double[qs.size()];
        for (int i = 0; i < qs.size(); i++) {
          Answer a = engine.answers().answer(qs.get(i), 3);
          ms[i] = a.millis();
        }
        Arrays.sort(ms);
        System.out.printf(
            "ask over %d entries: p50 %.2f ms, p99 %.2f ms (%d questions, 3 links each)%n",
            engine.searcher().entryCount(),
            ms[ms.length / 2],
            ms[(int) Math.ceil(ms.length * 0.99) - 1],
            qs.size());
      }
      long indexBytes;
      try (var walk = Files.walk(faqSettings.indexDir())) {
        indexBytes = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      }
      System.out.printf("FAQ index size: %.1f MB%n", indexBytes / 1e6);
      return 0;
    } finally {
      CliFiles.deleteTree(root);
    }
  }

  /** A fresh home under {@code root} over one of the generated content folders. */
  private static Settings settings(Path root, String home, String content, boolean semantic)
      throws org.deskbot.config.ConfigException {
    return Settings.load(root.resolve(home), java.util.Map.of())
        .withContent(root.resolve(content))
        .withSemantic(semantic);
  }

  private static int benchStore() throws Exception {
    Path root = Files.createTempDirectory("deskbot-bench-store");
    try {
      var warm = org.deskbot.storage.sqlite.StoreLoad.interactions(root.resolve("warm.db"), 2, 500);
      var i = org.deskbot.storage.sqlite.StoreLoad.interactions(root.resolve("a.db"), 2, 5000);
      System.out.printf(
          "log interactions, 2 writers, one transaction each: %d rows in %.2f s = %.0f rows/s%n",
          i.rows(), i.seconds(), i.perSecond());
      var t = org.deskbot.storage.sqlite.StoreLoad.tickets(root.resolve("b.db"), 2, 2500);
      System.out.printf(
          "create tickets (with their creation event), 2 writers: %d tickets in %.2f s = %.0f tickets/s%n",
          t.rows(), t.seconds(), t.perSecond());
      return warm.rows() > 0 ? 0 : 1;
    } finally {
      CliFiles.deleteTree(root);
    }
  }

  /** The store figures on a PostgreSQL server: two writers in one instance, then in two. */
  private static int benchServerStore(String url) throws Exception {
    String user = System.getenv().getOrDefault("DESKBOT_DATABASE_USER", "");
    String password = System.getenv().getOrDefault("DESKBOT_DATABASE_PASSWORD", "");
    try (var a = org.deskbot.storage.sqlite.Database.connect(url, user, password);
        var b = org.deskbot.storage.sqlite.Database.connect(url, user, password)) {
      org.deskbot.storage.sqlite.StoreLoad.interactions(List.of(a), 2, 500); // warm-up
      for (var instances : List.of(List.of(a), List.of(a, b))) {
        String where = instances.size() + " instance" + (instances.size() == 1 ? "" : "s");
        var i = org.deskbot.storage.sqlite.StoreLoad.interactions(instances, 2, 5000);
        System.out.printf(
            "log interactions, 2 writers, %s: %d rows in %.2f s = %.0f rows/s%n",
            where, i.rows(), i.seconds(), i.perSecond());
        var t = org.deskbot.storage.sqlite.StoreLoad.tickets(instances, 2, 2500);
        System.out.printf(
            "create tickets (with their creation event), 2 writers, %s: %d tickets in %.2f s = %.0f tickets/s%n",
            where, t.rows(), t.seconds(), t.perSecond());
      }
      return 0;
    } catch (java.sql.SQLException e) {
      throw new ExitException(ExitException.FAILED, "cannot open " + url + ": " + e.getMessage());
    }
  }

  private static String sentence(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      // a skewed pick, so some words are common and some rare, as in real text
      int k = (int) (WORDS.length * Math.pow(r.nextDouble(), 1.6));
      sb.append(i == 0 ? "" : " ").append(WORDS[k]);
    }
    return sb.toString();
  }

  private static String clock(int s) {
    return "%02d:%02d:%02d.000".formatted(s / 3600, (s % 3600) / 60, s % 60);
  }
}
