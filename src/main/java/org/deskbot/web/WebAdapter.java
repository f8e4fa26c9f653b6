package org.deskbot.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.deskbot.answer.AnswerEngine;
import org.deskbot.chat.ConversationException;
import org.deskbot.chat.ConversationService;
import org.deskbot.escalate.FaqDrafts;
import org.deskbot.report.Summaries;
import org.deskbot.server.Adapter;
import org.deskbot.server.HttpError;
import org.deskbot.server.Router;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web page ({@code /}), the team's dashboard ({@code /team} and {@code /team/{page}}), the JSON
 * API both use ({@code /api/...}) and {@code /metrics}: the routes, each to the class that serves
 * it ({@link Pages}, {@link SignIn}, {@link TeacherApi}, {@link TeamApi}, {@link TeamTools}). Every
 * step goes through the {@link ConversationService}; this package only checks who is asking, parses
 * and renders.
 */
public final class WebAdapter implements Adapter {
  private static final Logger LOG = LoggerFactory.getLogger(WebAdapter.class);

  /** Re-indexes the content after a draft is approved; returns the ingest's one-line summary. */
  @FunctionalInterface
  public interface Reindex {
    String run() throws Exception;
  }

  /**
   * What the adapter works with.
   *
   * @param summaries the weekly summaries, or null when this build has none ("summary not
   *     available")
   * @param home the deskbot home (the last ingest report is read from it)
   */
  public record Parts(
      ConversationService conversation,
      AnswerEngine engine,
      FaqDrafts drafts,
      Reindex reindex,
      Summaries summaries,
      Path home,
      org.deskbot.answer.DecisionUpdates decisions) {
    /** Without decision updates: the dashboard says none can be applied. */
    public Parts(
        ConversationService conversation,
        AnswerEngine engine,
        FaqDrafts drafts,
        Reindex reindex,
        Summaries summaries,
        Path home) {
      this(conversation, engine, drafts, reindex, summaries, home, null);
    }
  }

  private final WebSettings settings;
  private final Parts parts;
  private final SignIn signIn;
  private final Pages pages;
  private final TeacherApi teacher;
  private final TeamApi team;
  private final TeamTools tools;

  public WebAdapter(WebSettings settings, Parts parts, Clock clock) {
    this(settings, parts, clock, org.deskbot.chat.SessionStore.inMemory());
  }

  /** The adapter keeping its browser sessions in {@code sessions} (the database when serving). */
  public WebAdapter(
      WebSettings settings, Parts parts, Clock clock, org.deskbot.chat.SessionStore sessions) {
    this.settings = settings;
    this.parts = parts;
    ConversationService conversation = parts.conversation();
    Metrics metrics = new Metrics();
    WebOutbox outbox = new WebOutbox();
    this.signIn = new SignIn(settings, clock, sessions);
    this.pages = new Pages(signIn, parts.summaries());
    this.teacher = new TeacherApi(settings, conversation, signIn, metrics, outbox);
    this.team = new TeamApi(settings, conversation, signIn, parts.drafts());
    this.tools = new TeamTools(parts, signIn, metrics);
    String teamUser = settings.teamUser();
    boolean loopback = !settings.signInRequired();
    conversation
        .team()
        .addSource(u -> (loopback && teamUser.equals(u)) || settings.users().containsKey(u));
    conversation.subscribe(outbox);
  }

  @Override
  public String name() {
    return "web";
  }

  @Override
  public String start() {
    warmUp();
    return settings.signInRequired()
        ? "chat page at /, team dashboard at /team (sign-in required: "
            + settings.users().size()
            + " user(s))"
        : "chat page at /, team dashboard at /team (loopback: no sign-in; the dashboard acts as "
            + settings.teamUser()
            + ")";
  }

  /** One search before the first teacher asks, so their answer does not pay for loading and JIT. */
  private void warmUp() {
    try {
      for (int i = 0; i < 20; i++) {
        parts.engine().answer("how do i connect my laptop to the projector", 3);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("web: warm-up search failed: {}", e.toString());
    }
  }

  @Override
  public void mount(Router router) {
    router.get("/", safe(pages::chatPage));
    router.get("/team", safe(pages::teamPage));
    router.get("/team/{page}", safe(pages::teamPage));
    router.get("/assets/{name}", safe(pages::asset));
    router.get("/metrics", safe(tools::metrics));
    router.get("/reports/{week}", safe(pages::reportPage));

    router.post("/api/ask", teacher.maxAskBytes(), safe(teacher::ask)); // an image fits
    router.post("/api/feedback", safe(teacher::feedback));
    router.post("/api/escalate", safe(teacher::escalate));
    router.get("/api/school", safe(teacher::school));
    router.get("/api/champion", safe(teacher::champion));
    router.get("/api/tickets/{number}", safe(teacher::ticket));
    router.post("/api/sign-in", safe(signIn::signIn));
    router.post("/api/sign-out", safe(signIn::signOut));

    router.get("/api/team/me", safe(team::me));
    router.get("/api/team/tickets", safe(team::queue));
    router.get("/api/team/tickets/{number}", safe(team::ticket));
    router.post("/api/team/tickets/{number}/claim", safe(team::claim));
    router.post("/api/team/tickets/{number}/reply", safe(team::reply));
    router.post("/api/team/tickets/{number}/reopen", safe(team::reopen));
    router.post("/api/team/tickets/{number}/resolve", safe(team::resolve));
    router.get("/api/team/drafts", safe(tools::drafts));
    router.post("/api/team/drafts/{name}/approve", safe(tools::approve));
    router.get("/api/team/summary", safe(tools::summary));
    router.get("/api/team/charts/{name}", safe(tools::chart));
    router.get("/api/team/ingest", safe(tools::ingestReport));
    router.get("/api/team/search", safe(tools::search));
    router.get("/api/team/decision", safe(tools::decision));
    router.post("/api/team/decision/apply", safe(tools::applyDecision));
  }

  /** A conversation step that cannot be done becomes a 4xx with its one-line reason. */
  private static org.deskbot.server.Handler safe(org.deskbot.server.Handler h) {
    return r -> {
      try {
        return h.handle(r);
      } catch (ConversationException e) {
        int status =
            switch (e.kind()) {
              case NOT_FOUND -> 404;
              case FORBIDDEN -> 403;
              case INVALID -> 400;
              case CONFLICT -> 409;
              case FAILED -> 500;
            };
        if (status == 500) {
          LOG.error("web: {} {} failed: {}", r.method(), r.path(), e.getMessage());
          throw new HttpError(
              500, "something went wrong on the server; the team can see the details in its log");
        }
        throw new HttpError(status, e.getMessage());
      }
    };
  }

  @Override
  public void close() {
    // nothing of its own: sessions live in memory, answers run on the shared answer threads
  }
}
