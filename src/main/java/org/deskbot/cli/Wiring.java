package org.deskbot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deskbot.answer.AnswerEngine;
import org.deskbot.answer.ContentSearcher;
import org.deskbot.answer.Decision;
import org.deskbot.answer.DecisionModel;
import org.deskbot.answer.DecisionProposal;
import org.deskbot.answer.DecisionUpdates;
import org.deskbot.chat.ConversationService;
import org.deskbot.chat.QuestionClassifier;
import org.deskbot.chat.Team;
import org.deskbot.classify.LanguageGuess;
import org.deskbot.classify.Prediction;
import org.deskbot.classify.QuestionCategorizer;
import org.deskbot.config.ConfigException;
import org.deskbot.config.ConfigSource;
import org.deskbot.config.Settings;
import org.deskbot.escalate.FaqDrafts;
import org.deskbot.escalate.TicketStore;
import org.deskbot.index.ContentIndex;
import org.deskbot.index.EmbeddingCache;
import org.deskbot.index.LocalEmbedder;
import org.deskbot.index.OnnxNatives;
import org.deskbot.ingest.ContentReader;
import org.deskbot.ingest.IngestReport;
import org.deskbot.ingest.Ingestor;
import org.deskbot.ingest.LastIngest;
import org.deskbot.ingest.faq.FaqCsvReader;
import org.deskbot.ingest.faq.FaqMarkdownReader;
import org.deskbot.ingest.module.ModuleReader;
import org.deskbot.ingest.newsletter.NewsletterReader;
import org.deskbot.ingest.video.TranscriptReader;
import org.deskbot.privacy.Redactor;
import org.deskbot.report.Digest;
import org.deskbot.report.InteractionLog;
import org.deskbot.report.LinkTracker;
import org.deskbot.report.ReportSettings;
import org.deskbot.report.ReportStore;
import org.deskbot.report.TicketImport;
import org.deskbot.report.WeeklyPoster;
import org.deskbot.report.WeeklyReports;
import org.deskbot.server.Adapter;
import org.deskbot.server.ServerSettings;
import org.deskbot.slack.SlackAdapter;
import org.deskbot.slack.SlackSettings;
import org.deskbot.storage.sqlite.Database;
import org.deskbot.storage.sqlite.SqliteDeliveries;
import org.deskbot.storage.sqlite.SqliteEngagementStore;
import org.deskbot.storage.sqlite.SqliteInteractionLog;
import org.deskbot.storage.sqlite.SqliteReportStore;
import org.deskbot.storage.sqlite.SqliteTicketStore;
import org.deskbot.teams.TeamsAdapter;
import org.deskbot.web.LinkRedirects;
import org.deskbot.web.WebAdapter;
import org.deskbot.web.WebSettings;

/**
 * The one place deskbot is put together: every implementation is chosen and built here, from the
 * settings read once ({@link Settings}, whose {@link Settings#source()} the parts read their own
 * settings from), in the order a run needs them:
 *
 * <ol>
 *   <li>content: the readers and the ingest into the index;
 *   <li>answers: the searcher, the embedder and the decision model behind the answer engine;
 *   <li>stores: the SQLite database and the stores over it;
 *   <li>the conversation: answers, stores, categorizer, redactor and team in one service;
 *   <li>the team's tools: FAQ drafts and the weekly summaries;
 *   <li>the edges: the web pages and the chat platforms (Slack, Teams), the weekly poster.
 * </ol>
 *
 * Commands ask here for what they need and build nothing themselves; {@link Serving} runs what
 * {@code serve} needs. A part's malformed setting ends the run as one line and exit 2.
 */
public final class Wiring {
  private Wiring() {}

  // ---- 1. content -------------------------------------------------------------------------

  /** Every content format deskbot reads. */
  public static List<ContentReader> readers() {
    return List.of(
        new FaqMarkdownReader(),
        new FaqCsvReader(),
        new TranscriptReader(),
        new NewsletterReader(),
        new ModuleReader(),
        new org.deskbot.ingest.event.EventReader());
  }

  /** Ingests the settings' content folder into its index; the report is kept for the dashboard. */
  public static IngestReport ingest(Settings settings) throws IOException {
    IngestReport report = ingestOnly(settings);
    LastIngest.write(LastIngest.file(settings.home()), report, Instant.now());
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
            ContentIndex.openForWriting(settings.indexDir(), embedder(settings, cache))) {
      return ingestor.run(settings.content(), index);
    }
  }

  // ---- 2. answers -------------------------------------------------------------------------

  /** The calibrated decision shipped in the jar (written by {@code deskbot calibrate}). */
  public static final String DECISION_RESOURCE = "models/decision.json";

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
    LocalEmbedder embedder = settings.semantic() ? embedder(settings, null) : null;
    if (embedder != null && serving) {
      embedder.rememberingQuestions();
    }
    AnswerEngine engine =
        new AnswerEngine(
            searcher,
            decisionModel(settings),
            embedder,
            new AnswerEngine.Fusion(settings.denseWeight()),
            new LanguageGuess());
    return new Engine(searcher, engine);
  }

  /**
   * The settings' embedding model; onnxruntime's native libraries are loaded from the home's cache,
   * so a run leaves nothing in the temp directory.
   */
  private static LocalEmbedder embedder(Settings settings, EmbeddingCache cache) {
    OnnxNatives.loadFrom(settings.cacheDir());
    return new LocalEmbedder(settings.model(), cache);
  }

  /**
   * The home's calibration if it has one, else the shipped one, else the uncalibrated default; with
   * its thresholds moved by {@code search.answer_bias}.
   */
  public static DecisionModel decisionModel(Settings settings) throws IOException {
    return calibratedModel(settings).withBias(settings.answerBias());
  }

  /** The home's calibration if it has one, else the shipped one; without the bias. */
  static DecisionModel calibratedModel(Settings settings) throws IOException {
    String key = settings.semantic() ? "semantic" : "lexical";
    Path own = settings.modelsDir().resolve("decision.json");
    if (Files.isRegularFile(own)) {
      return DecisionModel.read(Files.readString(own), key);
    }
    String shipped = shippedDecision();
    return shipped.isEmpty() ? DecisionModel.UNCALIBRATED : DecisionModel.read(shipped, key);
  }

  /** The home's decision proposal, applied from the dashboard into the running engine. */
  public static DecisionUpdates decisionUpdates(Settings settings, AnswerEngine engine) {
    return new DecisionUpdates() {
      @Override
      public Optional<DecisionProposal> waiting() throws IOException {
        return DecisionProposal.read(settings.modelsDir());
      }

      @Override
      public Optional<DecisionProposal> apply() throws IOException {
        Optional<DecisionProposal> applied =
            DecisionProposal.apply(settings.modelsDir(), shippedDecision());
        if (applied.isPresent()) {
          engine.useDecision(decisionModel(settings));
        }
        return applied;
      }
    };
  }

  /** The decision.json shipped in the jar ("" when there is none). */
  static String shippedDecision() throws IOException {
    try (InputStream in = Wiring.class.getClassLoader().getResourceAsStream(DECISION_RESOURCE)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  // ---- 3. stores --------------------------------------------------------------------------

  /** The home's database and the stores over it; the caller closes it. */
  public static Stores openStores(Settings settings) throws IOException {
    return new Stores(openDatabase(settings));
  }

  /** The PostgreSQL server of {@code database.url}, else the home's SQLite file. */
  public static Database openDatabase(Settings settings) throws IOException {
    java.util.Optional<org.deskbot.config.DatabaseServer> server;
    try {
      server = settings.databaseServer();
    } catch (ConfigException e) {
      throw new IOException(e.getMessage(), e);
    }
    Object where = server.isPresent() ? server.get() : settings.database();
    try {
      return server.isPresent()
          ? Database.connect(server.get().url(), server.get().user(), server.get().password())
          : Database.open(settings.database());
    } catch (SQLException e) {
      throw new IOException("cannot open the database " + where + ": " + e.getMessage(), e);
    }
  }

  /** The SQLite database and the stores over it; closing it closes the database. */
  public record Stores(
      Database db,
      InteractionLog interactions,
      TicketStore tickets,
      SqliteDeliveries deliveries,
      ReportStore reports)
      implements AutoCloseable {
    Stores(Database db) {
      this(
          db,
          new SqliteInteractionLog(db),
          new SqliteTicketStore(db),
          new SqliteDeliveries(db),
          new SqliteReportStore(db));
    }

    @Override
    public void close() {
      db.close();
    }
  }

  // ---- 4. the conversation ----------------------------------------------------------------

  /** The conversation service over the settings' index and database; the caller closes it. */
  public static Conversation openConversation(Settings settings) throws IOException {
    return openConversation(settings, clock(settings, System.getenv()));
  }

  /** The conversation service on {@code clock} (tests and scripted histories date their events). */
  public static Conversation openConversation(Settings settings, Clock clock) throws IOException {
    java.time.Duration window = conversationWindow(settings);
    Engine engine = openEngine(settings, true);
    try {
      QuestionClassifier classifier = classifier(settings);
      Stores stores = openStores(settings);
      ConversationService service =
          new ConversationService(
              engine.answers(),
              classifier,
              stores.interactions(),
              stores.tickets(),
              stores.deliveries(),
              stores.deliveries(),
              new Redactor(settings.studentIdPatterns()),
              new Team(settings.team()),
              clock,
              links(settings, stores, clock),
              events(settings, engine.searcher()));
      service.keepConversations(
          new org.deskbot.storage.sqlite.SqliteConversationMemory(stores.db()), window);
      service.countOverheard(new org.deskbot.storage.sqlite.SqliteOverheard(stores.db()));
      service.withChampions(settings.champions(), reportSettings(settings).calendar());
      return new Conversation(engine, stores, service);
    } catch (IOException | RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  private static java.time.Duration conversationWindow(Settings settings) {
    try {
      return org.deskbot.chat.ConversationSettings.load(settings.source()).window();
    } catch (ConfigException e) {
      throw new ExitException(ExitException.USAGE, e.getMessage());
    }
  }

  /**
   * The clock of a run: {@code DESKBOT_NOW} (an instant such as 2026-11-16T15:00:00Z, or a local
   * 2026-11-16T09:00 in the district's time zone) fixes it so scripted histories are dated; else
   * the system clock.
   */
  static Clock clock(Settings settings, Map<String, String> env) {
    String now = env.get("DESKBOT_NOW");
    if (now == null || now.isBlank()) {
      return Clock.systemUTC();
    }
    try {
      ZoneId zone = ReportSettings.load(new ConfigSource(settings.source().yaml(), env)).zone();
      return Clock.fixed(TicketImport.instant(now, zone, "DESKBOT_NOW"), ZoneOffset.UTC);
    } catch (ConfigException | IllegalArgumentException e) {
      throw new ExitException(ExitException.USAGE, "DESKBOT_NOW: " + e.getMessage());
    }
  }

  /**
   * The live sessions of the index, offered when they start within {@code events.horizon_days} (env
   * {@code DESKBOT_EVENTS_HORIZON_DAYS}, default 21) and given in the district's time zone.
   */
  static org.deskbot.answer.EventCalendar events(Settings settings, ContentSearcher searcher) {
    return new org.deskbot.answer.EventCalendar(
        searcher,
        new org.deskbot.answer.EventCalendar.Settings(
            usage(
                () ->
                    settings
                        .source()
                        .integer(
                            "events",
                            "horizon_days",
                            "DESKBOT_EVENTS_HORIZON_DAYS",
                            org.deskbot.answer.EventCalendar.DEFAULT_HORIZON_DAYS,
                            1,
                            366)),
            reportSettings(settings).zone()));
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
          answer.decision() == Decision.ANSWER
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

  // ---- 5. the team's tools ----------------------------------------------------------------

  /** FAQ drafts saved from tickets, under the content folder. */
  static FaqDrafts drafts(Settings settings) {
    return new FaqDrafts(settings.content(), settings.faqUrlBase());
  }

  /** The district's calendar and when the summary is posted. */
  static ReportSettings reportSettings(Settings settings) {
    return usage(() -> ReportSettings.load(settings.source()));
  }

  /** How {@code serve} listens, and the public address links in chat and reports point at. */
  static ServerSettings serverSettings(Settings settings) {
    return usage(() -> ServerSettings.load(settings.source()));
  }

  /**
   * The weekly summaries over the stored interactions and tickets, with the clicks and imported
   * counts; the weekly post's link is tracked when the server has a public address.
   */
  static WeeklyReports reports(Settings settings, Stores stores, Clock clock) {
    return new WeeklyReports(
        stores.reports(),
        new SqliteEngagementStore(stores.db()),
        links(settings, stores, clock),
        reportSettings(settings),
        clock,
        reportUrl(serverSettings(settings)));
  }

  /**
   * How the links deskbot sends go out: through {@code server.public_url}'s {@code /go/} when set.
   */
  static LinkTracker links(Settings settings, Stores stores, Clock clock) {
    return LinkTracker.through(
        serverSettings(settings).publicUrl(), new SqliteEngagementStore(stores.db()), clock);
  }

  /** Where the dashboard serves a week's report, when the server has a public address. */
  private static String reportUrl(ServerSettings server) {
    return server.publicUrl().isBlank() ? null : server.baseUrl(server.port()) + "/reports/";
  }

  // ---- 6. the edges -----------------------------------------------------------------------

  /**
   * What {@code serve} mounts and starts: the web pages always, then the chat platforms configured.
   */
  static List<Adapter> adapters(
      Settings settings, ServerSettings server, Conversation conversation) {
    List<Adapter> adapters = new ArrayList<>();
    adapters.add(
        new WebAdapter(
            usage(() -> WebSettings.load(settings.source(), server)),
            new WebAdapter.Parts(
                conversation.service(),
                conversation.engine().answers(),
                drafts(settings),
                () -> ingest(settings).summary(),
                reports(settings, conversation.stores(), Clock.systemUTC()),
                settings.home(),
                decisionUpdates(settings, conversation.engine().answers())),
            Clock.systemUTC(),
            new org.deskbot.storage.sqlite.SqliteSessions(conversation.stores().db())));
    adapters.add(new LinkRedirects(new SqliteEngagementStore(conversation.stores().db())));
    adapters.addAll(chatPlatforms(settings, conversation));
    return adapters;
  }

  /**
   * The chat platforms configured: Slack when {@code SLACK_BOT_TOKEN} is set, Teams when {@code
   * TEAMS_APP_ID} is set. Building one subscribes its outbox to the conversation's notices.
   */
  static List<Adapter> chatPlatforms(Settings settings, Conversation conversation) {
    List<Adapter> platforms = new ArrayList<>();
    usage(() -> SlackSettings.load(settings.source()))
        .ifPresent(
            s -> platforms.add(new SlackAdapter(s, conversation.service(), drafts(settings))));
    usage(() -> TeamsAdapter.fromConfig(settings.source(), settings, conversation.service()))
        .ifPresent(platforms::add);
    return platforms;
  }

  /** The weekly summary's poster: through the conversation's outboxes, once a week ever. */
  static WeeklyPoster weeklyPoster(Settings settings, Conversation conversation) {
    ConversationService service = conversation.service();
    return new WeeklyPoster(
        reports(settings, conversation.stores(), Clock.systemUTC()),
        reportSettings(settings),
        new WeeklyPoster.Channel() {
          @Override
          public boolean first(String key) throws Exception {
            return service.firstDelivery(key, "summary");
          }

          @Override
          public int post(Digest digest) {
            return service.postSummary(digest);
          }

          @Override
          public int platforms() {
            return service.summaryPlatforms();
          }
        });
  }

  /**
   * The conversation for a command that changes a ticket, with the configured chat platforms'
   * outboxes subscribed: what the change delivers (the teacher told in their Slack or Teams thread,
   * the triage card posted or updated) is sent before the command ends. A {@code scripted} run (a
   * history being written) reaches no platform.
   */
  static Delivering openDelivering(Settings settings, AtOption at) throws IOException {
    Conversation conversation = openConversation(settings, at.clock(settings));
    try {
      return new Delivering(
          conversation, at.scripted() ? List.of() : chatPlatforms(settings, conversation));
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
  public record Conversation(Engine engine, Stores stores, ConversationService service)
      implements AutoCloseable {
    @Override
    public void close() throws IOException {
      try {
        service.close();
        engine.close();
      } finally {
        stores.close();
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

  /** A part's settings, a malformed one as one line and exit 2. */
  private static <T> T usage(PartSettings<T> read) {
    try {
      return read.load();
    } catch (ConfigException e) {
      throw new ExitException(ExitException.USAGE, e.getMessage());
    }
  }

  @FunctionalInterface
  private interface PartSettings<T> {
    T load() throws ConfigException;
  }
}
