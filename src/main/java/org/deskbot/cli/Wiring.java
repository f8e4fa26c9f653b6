package org.deskbot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deskbot.answer.AnswerEngine;
import org.deskbot.answer.ContentSearcher;
import org.deskbot.answer.DecisionModel;
import org.deskbot.chat.ConversationService;
import org.deskbot.chat.QuestionClassifier;
import org.deskbot.chat.Team;
import org.deskbot.classify.LanguageGuess;
import org.deskbot.classify.Prediction;
import org.deskbot.classify.QuestionCategorizer;
import org.deskbot.config.ConfigException;
import org.deskbot.config.ConfigSource;
import org.deskbot.config.Settings;
import org.deskbot.index.ContentIndex;
import org.deskbot.index.EmbeddingCache;
import org.deskbot.index.LocalEmbedder;
import org.deskbot.ingest.ContentReader;
import org.deskbot.ingest.IngestReport;
import org.deskbot.ingest.Ingestor;
import org.deskbot.ingest.faq.FaqCsvReader;
import org.deskbot.ingest.faq.FaqMarkdownReader;
import org.deskbot.ingest.module.ModuleReader;
import org.deskbot.ingest.newsletter.NewsletterReader;
import org.deskbot.ingest.video.TranscriptReader;
import org.deskbot.privacy.Redactor;
import org.deskbot.server.Adapter;
import org.deskbot.server.ServerSettings;
import org.deskbot.storage.sqlite.Database;
import org.deskbot.storage.sqlite.SqliteDeliveries;
import org.deskbot.storage.sqlite.SqliteInteractionLog;
import org.deskbot.storage.sqlite.SqliteTicketStore;

/** Builds the pieces from the settings: the one place that knows every implementation. */
public final class Wiring {
  private Wiring() {}

  /** The calibrated decision shipped in the jar (written by {@code deskbot calibrate}). */
  public static final String DECISION_RESOURCE = "models/decision.json";

  /** Every content format deskbot reads. */
  public static List<ContentReader> readers() {
    return List.of(
        new FaqMarkdownReader(),
        new FaqCsvReader(),
        new TranscriptReader(),
        new NewsletterReader(),
        new ModuleReader());
  }

  /** Ingests the settings' content folder into its index; the report is kept for the dashboard. */
  public static IngestReport ingest(Settings settings) throws IOException {
    IngestReport report = ingestOnly(settings);
    org.deskbot.ingest.LastIngest.write(
        org.deskbot.ingest.LastIngest.file(settings.home()), report, java.time.Instant.now());
    return report;
  }

  private static IngestReport ingestOnly(Settings settings) throws IOException {
    String salt = settings.semantic() ? "semantic=" + settings.model().name() : "semantic=off";
    Ingestor ingestor =
        new Ingestor(
            readers(), settings.maxFileBytes(), Runtime.getRuntime().availableProcessors(), salt);
    if (!settings.semantic()) {
      try (ContentIndex index = ContentIndex.openForWriting(settings.indexDir(), null)) {
        return ingestor.run(settings.content(), index);
      }
    }
    try (EmbeddingCache cache =
            EmbeddingCache.open(
                settings
                    .cacheDir()
                    .resolve("embeddings-" + settings.model().name().toLowerCase() + ".bin"),
                384);
        ContentIndex index =
            ContentIndex.openForWriting(
                settings.indexDir(), new LocalEmbedder(settings.model(), cache))) {
      return ingestor.run(settings.content(), index);
    }
  }

  /** An answer engine over the settings' index; the caller closes it. */
  public static Engine openEngine(Settings settings) throws IOException {
    return openEngine(settings, false);
  }

  /**
   * {@code serving}: a long-running conversation, where repeated questions skip the embedding
   * model.
   */
  private static Engine openEngine(Settings settings, boolean serving) throws IOException {
    ContentSearcher searcher =
        ContentSearcher.open(settings.indexDir(), ContentSearcher.Weights.DEFAULT);
    LocalEmbedder embedder = settings.semantic() ? new LocalEmbedder(settings.model(), null) : null;
    if (embedder != null && serving) {
      embedder.rememberingQuestions();
    }
    DecisionModel decision = decisionModel(settings);
    AnswerEngine engine =
        new AnswerEngine(
            searcher,
            decision,
            embedder,
            new AnswerEngine.Fusion(settings.denseWeight()),
            new LanguageGuess());
    return new Engine(searcher, engine);
  }

  /**
   * The home's calibration if it has one, else the shipped one, else the uncalibrated default; with
   * its thresholds moved by {@code search.answer_bias}.
   */
  public static DecisionModel decisionModel(Settings settings) throws IOException {
    return calibratedModel(settings).withBias(settings.answerBias());
  }

  private static DecisionModel calibratedModel(Settings settings) throws IOException {
    String key = settings.semantic() ? "semantic" : "lexical";
    Path own = settings.modelsDir().resolve("decision.json");
    if (Files.isRegularFile(own)) {
      return DecisionModel.read(Files.readString(own), key);
    }
    try (InputStream in = Wiring.class.getClassLoader().getResourceAsStream(DECISION_RESOURCE)) {
      if (in != null) {
        return DecisionModel.read(
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), key);
      }
    }
    return DecisionModel.UNCALIBRATED;
  }

  /** The conversation service over the settings' index and database; the caller closes it. */
  public static Conversation openConversation(Settings settings) throws IOException {
    return openConversation(settings, clock(settings, System.getenv()));
  }

  /**
   * The clock of a run: {@code DESKBOT_NOW} (an instant such as 2026-11-16T15:00:00Z, or a local
   * 2026-11-16T09:00 in the district's time zone) fixes it so scripted histories are dated; else
   * the system clock.
   */
  static java.time.Clock clock(Settings settings, java.util.Map<String, String> env) {
    String now = env.get("DESKBOT_NOW");
    if (now == null || now.isBlank()) {
      return java.time.Clock.systemUTC();
    }
    try {
      java.time.ZoneId zone =
          org.deskbot.report.ReportSettings.load(ConfigSource.load(settings.home(), env)).zone();
      return java.time.Clock.fixed(
          org.deskbot.report.TicketImport.instant(now, zone, "DESKBOT_NOW"),
          java.time.ZoneOffset.UTC);
    } catch (ConfigException | IllegalArgumentException e) {
      throw new ExitException(ExitException.USAGE, "DESKBOT_NOW: " + e.getMessage());
    }
  }

  /** The conversation service on {@code clock} (tests and scripted histories date their events). */
  public static Conversation openConversation(Settings settings, java.time.Clock clock)
      throws IOException {
    Engine engine = openEngine(settings, true);
    try {
      Database db = Database.open(settings.database());
      QuestionClassifier classifier = classifier(settings);
      SqliteDeliveries deliveries = new SqliteDeliveries(db);
      ConversationService service =
          new ConversationService(
              engine.answers(),
              classifier,
              new SqliteInteractionLog(db),
              new SqliteTicketStore(db),
              deliveries,
              deliveries,
              new Redactor(settings.studentIdPatterns()),
              new Team(settings.team()),
              clock);
      return new Conversation(engine, db, service);
    } catch (java.sql.SQLException e) {
      engine.close();
      throw new IOException(
          "cannot open the database " + settings.database() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The question's category from the shipped categorizer (or the home's {@code
   * models/categorizer.bin}, written by {@code deskbot train}). When the categorizer is unsure and
   * the answer found is confident, the category of the content that answers the question decides.
   */
  static QuestionClassifier classifier(Settings settings) {
    Path own = settings.modelsDir().resolve("categorizer.bin");
    QuestionCategorizer categorizer;
    try {
      categorizer =
          Files.isRegularFile(own) ? QuestionCategorizer.load(own) : QuestionCategorizer.shipped();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(
          "cannot read the categorizer " + own + ": " + e.getMessage(), e);
    }
    return (question, answer) -> {
      Prediction p = categorizer.categorize(question);
      boolean contentKnows =
          answer.decision() == org.deskbot.answer.Decision.ANSWER
              && !answer.results().isEmpty()
              && !answer.results().get(0).category().isBlank();
      if (p.confidence() < UNSURE && contentKnows && answer.confidence() > p.confidence()) {
        return new QuestionClassifier.Category(
            answer.results().get(0).category(), answer.confidence());
      }
      return new QuestionClassifier.Category(p.category(), p.confidence());
    };
  }

  /** Below this probability the categorizer defers to a confident answer's content category. */
  private static final double UNSURE = 0.5;

  /**
   * The adapters {@code serve} runs, each from its own settings: the web pages always, Slack when
   * {@code SLACK_BOT_TOKEN} is set, Teams when {@code TEAMS_APP_ID} is set.
   */
  static List<Adapter> adapters(
      Settings settings, ConfigSource config, ServerSettings server, Conversation conversation)
      throws ConfigException {
    List<Adapter> adapters = new java.util.ArrayList<>();
    adapters.add(
        new org.deskbot.web.WebAdapter(
            org.deskbot.web.WebSettings.load(config, server),
            new org.deskbot.web.WebAdapter.Parts(
                conversation.service(),
                conversation.engine().answers(),
                DraftsCommand.drafts(settings),
                () -> ingest(settings).summary(),
                ReportCommand.reports(config, server, conversation),
                settings.home()),
            java.time.Clock.systemUTC()));
    adapters.addAll(chatPlatforms(settings, config, conversation));
    adapters.add(ReportCommand.poster(config, server, conversation));
    return adapters;
  }

  /**
   * The chat platforms configured (Slack, Teams); building one subscribes its outbox to the
   * conversation's notices.
   */
  static List<Adapter> chatPlatforms(
      Settings settings, ConfigSource config, Conversation conversation) throws ConfigException {
    List<Adapter> platforms = new java.util.ArrayList<>();
    org.deskbot.slack.SlackSettings.load(config)
        .ifPresent(
            s ->
                platforms.add(
                    new org.deskbot.slack.SlackAdapter(
                        s, conversation.service(), DraftsCommand.drafts(settings))));
    org.deskbot.teams.TeamsAdapter.fromConfig(config, settings, conversation.service())
        .ifPresent(platforms::add);
    return platforms;
  }

  /**
   * The conversation for a command that changes a ticket, with the configured chat platforms'
   * outboxes subscribed: what the change delivers (the teacher told in their Slack or Teams thread,
   * the triage card posted or updated) is sent before the command ends. A malformed platform
   * setting is one line and exit 2. A {@code scripted} run (a history being written) reaches no
   * platform.
   */
  static Delivering openDelivering(Settings settings, AtOption at) throws IOException {
    Conversation conversation = openConversation(settings, at.clock(settings));
    try {
      return new Delivering(
          conversation,
          at.scripted()
              ? List.of()
              : chatPlatforms(
                  settings, ConfigSource.load(settings.home(), System.getenv()), conversation));
    } catch (ConfigException e) {
      conversation.close();
      throw new ExitException(ExitException.USAGE, e.getMessage());
    } catch (RuntimeException e) {
      conversation.close();
      throw e;
    }
  }

  /**
   * A conversation and the chat platforms its notices go to; closing it sends what is left, then
   * stops them.
   */
  record Delivering(Conversation conversation, List<Adapter> platforms) implements AutoCloseable {
    ConversationService service() {
      return conversation.service();
    }

    @Override
    public void close() throws IOException {
      try {
        conversation.close(); // waits for the outboxes to deliver
      } finally {
        closeQuietly(platforms);
      }
    }
  }

  /** Closes adapters a command built but never started (what they delivered is done or logged). */
  static void closeQuietly(List<Adapter> adapters) {
    for (Adapter a : adapters) {
      try {
        a.close();
      } catch (Exception ignored) {
        // an adapter that did not start has nothing to stop
      }
    }
  }

  /** The conversation service and what it holds open. */
  public record Conversation(Engine engine, Database db, ConversationService service)
      implements AutoCloseable {
    @Override
    public void close() throws IOException {
      try {
        service.close();
        engine.close();
      } finally {
        db.close();
      }
    }
  }

  /** An answer engine and the searcher it holds open. */
  public record Engine(ContentSearcher searcher, AnswerEngine answers) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      searcher.close();
    }
  }
}
