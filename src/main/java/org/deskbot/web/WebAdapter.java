package org.deskbot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deskbot.answer.Answer;
import org.deskbot.answer.AnswerEngine;
import org.deskbot.answer.AnswerThreads;
import org.deskbot.chat.ConversationException;
import org.deskbot.chat.ConversationService;
import org.deskbot.chat.Reply;
import org.deskbot.escalate.FaqDrafts;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketJson;
import org.deskbot.escalate.TicketStatus;
import org.deskbot.ingest.LastIngest;
import org.deskbot.report.Summaries;
import org.deskbot.server.Adapter;
import org.deskbot.server.HttpError;
import org.deskbot.server.HttpRequest;
import org.deskbot.server.HttpResponse;
import org.deskbot.server.Router;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web page ({@code /}), the team's dashboard ({@code /team}), the JSON API both use ({@code
 * /api/...}) and {@code /metrics}. Every step goes through the {@link ConversationService}; this
 * class only checks who is asking, parses and renders.
 */
public final class WebAdapter implements Adapter {
  private static final Logger LOG = LoggerFactory.getLogger(WebAdapter.class);
  static final String COOKIE = "deskbot_session";
  private static final String NAME_PATTERN = "[\\p{L}\\p{N} ._'-]{1,40}";
  private static final List<String> ASSETS =
      List.of("common.js", "chat.js", "team.js", "signin.js", "style.css");
  private static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
          + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

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
      Path home) {}

  private final WebSettings settings;
  private final Parts parts;
  private final ConversationService conversation;
  private final Sessions sessions;
  private final SignInFailures failures;
  private final Metrics metrics = new Metrics();
  private final WebOutbox outbox = new WebOutbox();
  private final Map<String, byte[]> assets = new LinkedHashMap<>();
  private final String chatPage;
  private final String teamPage;
  private final String signInPage;

  public WebAdapter(WebSettings settings, Parts parts, Clock clock) {
    this.settings = settings;
    this.parts = parts;
    this.conversation = parts.conversation();
    this.sessions = new Sessions(Duration.ofMinutes(settings.sessionMinutes()), clock);
    this.failures = new SignInFailures(clock);
    for (String a : ASSETS) {
      assets.put(a, resource(a));
    }
    this.chatPage = new String(resource("index.html"), StandardCharsets.UTF_8);
    this.teamPage = new String(resource("team.html"), StandardCharsets.UTF_8);
    this.signInPage = new String(resource("signin.html"), StandardCharsets.UTF_8);
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
    router.get("/", safe(this::chatPage));
    router.get("/team", safe(this::teamPage));
    router.get("/assets/{name}", safe(this::asset));
    router.get("/metrics", safe(this::metrics));
    router.get("/reports/{week}", safe(this::reportPage));

    router.post("/api/ask", safe(this::ask));
    router.post("/api/feedback", safe(this::feedback));
    router.post("/api/escalate", safe(this::escalate));
    router.get("/api/school", safe(this::school));
    router.get("/api/tickets/{number}", safe(this::teacherTicket));
    router.post("/api/sign-in", safe(this::signIn));
    router.post("/api/sign-out", safe(this::signOut));

    router.get(
        "/api/team/me",
        safe(
            r ->
                json(Map.of("user", teamActor(r), "sign_in_required", settings.signInRequired()))));
    router.get("/api/team/tickets", safe(this::queue));
    router.get("/api/team/tickets/{number}", safe(this::teamTicket));
    router.post(
        "/api/team/tickets/{number}/claim",
        safe(r -> change(r, (id, actor, body) -> conversation.claim(id, actor))));
    router.post(
        "/api/team/tickets/{number}/reply",
        safe(
            r ->
                change(
                    r,
                    (id, actor, body) -> conversation.reply(id, actor, body.text("text", 4000)))));
    router.post(
        "/api/team/tickets/{number}/reopen",
        safe(r -> change(r, (id, actor, body) -> conversation.reopen(id, actor))));
    router.post("/api/team/tickets/{number}/resolve", safe(this::resolve));
    router.get("/api/team/drafts", safe(this::drafts));
    router.post("/api/team/drafts/{name}/approve", safe(this::approve));
    router.get("/api/team/summary", safe(this::summary));
    router.get("/api/team/charts/{name}", safe(this::chart));
    router.get("/api/team/ingest", safe(this::ingestReport));
    router.get("/api/team/search", safe(this::search));
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

  // ---- pages

  private HttpResponse chatPage(HttpRequest r) {
    return page(r, chatPage, 200);
  }

  private HttpResponse teamPage(HttpRequest r) {
    if (settings.signInRequired() && signedIn(r).isEmpty()) {
      return page(r, signInPage, 401);
    }
    return page(r, teamPage, 200);
  }

  private HttpResponse page(HttpRequest r, String template, int status) {
    Optional<Sessions.Session> existing = sessions.find(r.cookie(COOKIE).orElse(null));
    Sessions.Session s = existing.orElseGet(() -> sessions.open(null));
    String html = template.replace("{{csrf}}", s.csrf());
    HttpResponse resp =
        new HttpResponse(
                status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of())
            .withHeader("Content-Security-Policy", CSP)
            .withHeader("X-Frame-Options", "DENY")
            .withHeader("Referrer-Policy", "no-referrer")
            .withHeader("Cache-Control", "no-store");
    return existing.isPresent() ? resp : resp.withHeader("Set-Cookie", cookie(s));
  }

  private HttpResponse asset(HttpRequest r) {
    byte[] body = assets.get(r.param("name"));
    if (body == null) {
      throw new HttpError(404, "no asset " + r.param("name"));
    }
    String type =
        r.param("name").endsWith(".css")
            ? "text/css; charset=utf-8"
            : "text/javascript; charset=utf-8";
    return new HttpResponse(200, type, body, Map.of()).withHeader("Cache-Control", "no-cache");
  }

  private HttpResponse metrics(HttpRequest r) throws ConversationException {
    Map<String, Integer> byStatus = new LinkedHashMap<>();
    conversation.ticketCounts(null).forEach((s, n) -> byStatus.put(s.label(), n));
    return new HttpResponse(
        200,
        "text/plain; version=0.0.4; charset=utf-8",
        metrics.render(byStatus).getBytes(StandardCharsets.UTF_8),
        Map.of());
  }

  // ---- the teacher's API

  private HttpResponse ask(HttpRequest r) throws ConversationException, IOException {
    guard(r);
    JsonBody b = JsonBody.of(r, settings.maxBodyBytes());
    String user = teacher(b.text("name", 40));
    String question = b.text("question", 2000);
    String session = b.optText("conversation", 100); // the page's conversation, "" for none
    long started = System.nanoTime();
    Reply reply =
        onAnswerer(
            () ->
                conversation.ask(
                    new ConversationService.Incoming("web", user, "web", question, null), session));
    metrics.answered(reply.decision(), (System.nanoTime() - started) / 1e9);
    return json(WebJson.reply(reply));
  }

  private HttpResponse feedback(HttpRequest r) throws ConversationException {
    guard(r);
    JsonBody b = JsonBody.of(r, settings.maxBodyBytes());
    String user = teacher(b.text("name", 40));
    var i = conversation.feedback(b.number("interaction"), user, b.bool("solved"));
    return json(Map.of("interaction", i.id(), "feedback", i.feedback()));
  }

  private HttpResponse escalate(HttpRequest r) throws ConversationException {
    guard(r);
    JsonBody b = JsonBody.of(r, settings.maxBodyBytes());
    String user = teacher(b.text("name", 40));
    long interaction = b.number("interaction");
    var form =
        new ConversationService.EscalationForm(
            b.optText("school", 120), b.optText("urgency", 20), b.optText("details", 4000));
    var update = conversation.escalate(interaction, user, form, null);
    if (!update.notices().isEmpty()) {
      metrics.escalated();
    }
    return json(WebJson.teacherTicket(update.ticket(), outbox.messages(update.ticket().number())));
  }

  private HttpResponse school(HttpRequest r) throws ConversationException {
    String user = teacher(r.queryParams().getOrDefault("name", ""));
    return json(Map.of("school", conversation.lastSchool(user)));
  }

  private HttpResponse teacherTicket(HttpRequest r) throws ConversationException {
    String user = teacher(r.queryParams().getOrDefault("name", ""));
    Ticket t = conversation.ticket(ticketId(r), user);
    return json(WebJson.teacherTicket(t, outbox.messages(t.number())));
  }

  // ---- sign-in

  private HttpResponse signIn(HttpRequest r) {
    guard(r);
    JsonBody b = JsonBody.of(r, settings.maxBodyBytes());
    String user = b.text("user", 100);
    String password = b.text("password", 200);
    String hash = settings.users().get(user);
    if (hash != null && failures.locked(user)) {
      throw new HttpError(
          429,
          "too many failed sign-ins for "
              + user
              + "; try again in "
              + SignInFailures.WINDOW.toMinutes()
              + " minutes");
    }
    // an unknown name costs the same as a wrong password, so names cannot be probed by timing
    boolean ok =
        Passwords.matches(password.toCharArray(), hash != null ? hash : DUMMY_HASH) && hash != null;
    if (!ok) {
      if (hash != null) {
        failures.failed(user);
      }
      LOG.info("web: failed sign-in from {}", r.remote().getAddress().getHostAddress());
      throw new HttpError(401, "wrong name or password");
    }
    failures.succeeded(user);
    sessions.close(r.cookie(COOKIE).orElse(null));
    Sessions.Session s = sessions.open(user);
    return json(Map.of("user", user, "csrf", s.csrf())).withHeader("Set-Cookie", cookie(s));
  }

  private static final String DUMMY_HASH =
      Passwords.hash("not a password anyone has".toCharArray());

  private HttpResponse signOut(HttpRequest r) {
    guard(r);
    sessions.close(r.cookie(COOKIE).orElse(null));
    Sessions.Session s = sessions.open(null);
    return json(Map.of("csrf", s.csrf())).withHeader("Set-Cookie", cookie(s));
  }

  // ---- the team's API

  private HttpResponse queue(HttpRequest r) throws ConversationException {
    String actor = teamActor(r);
    String status = r.queryParams().getOrDefault("status", "");
    TicketStatus filter = null;
    if (!status.isBlank()) {
      try {
        filter = TicketStatus.parse(status);
      } catch (IllegalArgumentException e) {
        throw new HttpError(400, "status must be open, claimed, resolved or closed");
      }
    }
    List<Ticket> list = conversation.tickets(actor, filter);
    ObjectNode o = WebJson.JSON.createObjectNode();
    ObjectNode counts = o.putObject("counts");
    conversation.ticketCounts(actor).forEach((s, n) -> counts.put(s.label(), n));
    ArrayNode tickets = o.putArray("tickets");
    list.forEach(t -> tickets.add(TicketJson.of(t)));
    return json(o);
  }

  private HttpResponse teamTicket(HttpRequest r) throws ConversationException {
    String actor = teamActor(r);
    long id = ticketId(r);
    ObjectNode o = TicketJson.of(conversation.ticket(id, actor));
    o.set("events", TicketJson.events(conversation.events(id)));
    return json(o);
  }

  @FunctionalInterface
  private interface Change {
    ConversationService.TicketUpdate apply(long ticket, String actor, JsonBody body)
        throws ConversationException;
  }

  private HttpResponse change(HttpRequest r, Change c) throws ConversationException {
    String actor = teamActor(r);
    guard(r);
    long id = ticketId(r);
    JsonBody body =
        r.body().length == 0
            ? new JsonBody(WebJson.JSON.createObjectNode())
            : JsonBody.of(r, settings.maxBodyBytes());
    return json(TicketJson.of(c.apply(id, actor, body).ticket()));
  }

  private HttpResponse resolve(HttpRequest r) throws Exception {
    String actor = teamActor(r);
    guard(r);
    long id = ticketId(r);
    JsonBody b = JsonBody.of(r, settings.maxBodyBytes());
    long minutes = b.number("minutes");
    String resolution = b.optText("resolution", 4000);
    boolean saveAsFaq = b.optBool("save_as_faq");
    if (saveAsFaq && resolution.isBlank()) {
      throw new HttpError(400, "write the resolution to save it as an FAQ draft");
    }
    if (minutes < 0 || minutes > 10_000) {
      throw new HttpError(400, "minutes spent must be between 0 and 10000");
    }
    Ticket t = conversation.resolve(id, actor, (int) minutes, resolution).ticket();
    ObjectNode o = TicketJson.of(t);
    if (saveAsFaq) {
      Path draft = parts.drafts().save(t, t.question(), resolution, actor);
      o.put("draft", draft.getFileName().toString());
    }
    return json(o);
  }

  private HttpResponse drafts(HttpRequest r) throws IOException {
    teamActor(r);
    ArrayNode a = WebJson.JSON.createArrayNode();
    for (Path p : parts.drafts().list()) {
      a.addObject()
          .put("name", p.getFileName().toString())
          .put("text", java.nio.file.Files.readString(p));
    }
    return json(Map.of("drafts", a));
  }

  private HttpResponse approve(HttpRequest r) throws Exception {
    String actor = teamActor(r);
    guard(r);
    String name = r.param("name");
    if (!name.matches("[\\w.-]+\\.md")) {
      throw new HttpError(400, "`" + name + "` is not a draft's file name");
    }
    Path faq;
    try {
      faq = parts.drafts().approve(name);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new HttpError(404, "no draft named " + name);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new HttpError(409, e.getMessage());
    }
    LOG.info("web: {} approved the FAQ draft {}", actor, name);
    String summary = parts.reindex() == null ? "" : parts.reindex().run();
    return json(Map.of("approved", "faq/" + faq.getFileName(), "ingest", summary));
  }

  private HttpResponse summary(HttpRequest r) {
    teamActor(r);
    String week = week(r);
    if (parts.summaries() == null) {
      return json(
          Map.of(
              "available", false, "reason", "the weekly summary is not available in this build"));
    }
    try {
      JsonNode figures = parts.summaries().figures(week);
      ObjectNode o = WebJson.JSON.createObjectNode();
      o.put("available", true);
      o.set("figures", figures);
      return json(o);
    } catch (Exception e) {
      LOG.warn("web: the weekly summary failed: {}", e.toString());
      return json(
          Map.of(
              "available",
              false,
              "reason",
              "the weekly summary could not be made: " + e.getMessage()));
    }
  }

  /** The week's self-contained HTML report (the weekly chat post links here); the team's page. */
  private HttpResponse reportPage(HttpRequest r) throws Exception {
    if (settings.signInRequired() && signedIn(r).isEmpty()) {
      return page(r, signInPage, 401);
    }
    String week = r.param("week");
    if (!week.matches("\\d{4}-W\\d{2}")) {
      throw new HttpError(400, "a week looks like 2026-W47");
    }
    if (parts.summaries() == null) {
      throw new HttpError(404, "the weekly summary is not available in this build");
    }
    return HttpResponse.html(parts.summaries().html(week))
        .withHeader(
            "Content-Security-Policy",
            "default-src 'none'; img-src data:; style-src 'unsafe-inline'")
        .withHeader("X-Frame-Options", "DENY")
        .withHeader("Cache-Control", "no-store");
  }

  private HttpResponse chart(HttpRequest r) throws Exception {
    teamActor(r);
    String name = r.param("name").replaceFirst("\\.png$", "");
    if (!List.of("trend", "categories").contains(name)) {
      throw new HttpError(404, "no chart named " + name + " (trend or categories)");
    }
    if (parts.summaries() == null) {
      throw new HttpError(404, "the weekly summary is not available in this build");
    }
    byte[] png;
    try {
      png = parts.summaries().chart(week(r), name);
    } catch (Exception e) {
      LOG.warn("web: the {} chart failed: {}", name, e.toString());
      throw new HttpError(404, "the " + name + " chart is not available: " + e.getMessage());
    }
    return new HttpResponse(200, "image/png", png, Map.of())
        .withHeader("Cache-Control", "no-store");
  }

  private HttpResponse ingestReport(HttpRequest r) throws IOException {
    teamActor(r);
    Optional<JsonNode> last = LastIngest.read(LastIngest.file(parts.home()));
    if (last.isEmpty()) {
      return json(Map.of("available", false, "reason", "no ingest has run in this home yet"));
    }
    ObjectNode o = WebJson.JSON.createObjectNode();
    o.put("available", true);
    o.set("report", last.get());
    return json(o);
  }

  private HttpResponse search(HttpRequest r) throws IOException, ConversationException {
    teamActor(r);
    String q = r.queryParams().getOrDefault("q", "").strip();
    if (q.isEmpty()) {
      throw new HttpError(400, "`q` is missing");
    }
    if (q.length() > 500) {
      throw new HttpError(400, "`q` is longer than 500 characters");
    }
    Answer a = parts.engine().answer(q, 10); // on the answer threads: the engine hands itself over
    ObjectNode o = WebJson.JSON.createObjectNode();
    o.put("query", q);
    o.put("decision", a.decision().label());
    o.put("confidence", Math.round(a.confidence() * 1000) / 1000.0);
    o.set("results", WebJson.results(a.results()));
    return json(o);
  }

  @FunctionalInterface
  private interface Work<T> {
    T run() throws Exception;
  }

  /**
   * A teacher's question runs on the answer threads (see {@link AnswerThreads}) with its recording:
   * the engine would hand over only the search, and the SQLite write would then run on the
   * request's virtual thread, pinning one of the server's few carriers while it is in native code.
   */
  private <T> T onAnswerer(Work<T> work) throws ConversationException, IOException {
    try {
      return AnswerThreads.run(work::run);
    } catch (ConversationException | IOException | RuntimeException e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConversationException(ConversationException.Kind.FAILED, "interrupted");
    } catch (Exception e) {
      throw new IOException(e);
    }
  }

  @Override
  public void close() {
    // nothing of its own: sessions live in memory, answers run on the shared answer threads
  }

  // ---- who is asking

  /** A teacher on the web page: {@code web:NAME}. */
  private static String teacher(String name) {
    String n = name.strip();
    if (n.isEmpty()) {
      throw new HttpError(400, "`name` is missing");
    }
    if (!n.matches(NAME_PATTERN)) {
      throw new HttpError(
          400, "`name` may have letters, digits, spaces, dots, dashes and apostrophes (up to 40)");
    }
    return WebSettings.TEACHER_PREFIX + n.toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The team member acting on the dashboard: the configured user on loopback, else the signed-in
   * one (401 otherwise).
   */
  private String teamActor(HttpRequest r) {
    if (!settings.signInRequired()) {
      return settings.teamUser();
    }
    return signedIn(r)
        .map(Sessions.Session::user)
        .orElseThrow(() -> new HttpError(401, "sign in to use the team's dashboard"));
  }

  private Optional<Sessions.Session> signedIn(HttpRequest r) {
    return sessions.find(r.cookie(COOKIE).orElse(null)).filter(s -> s.user() != null);
  }

  /**
   * A state-changing request must come from our own pages: not cross-site (Origin and
   * Sec-Fetch-Site), and carrying the CSRF token of the session its cookie names.
   */
  private void guard(HttpRequest r) {
    String origin = r.header("origin");
    String host = r.header("host");
    if (origin != null
        && (host == null || !origin.replaceFirst("^https?://", "").equalsIgnoreCase(host))) {
      throw new HttpError(403, "cross-site requests are refused");
    }
    String site = r.header("sec-fetch-site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      throw new HttpError(403, "cross-site requests are refused");
    }
    Sessions.Session s =
        sessions
            .find(r.cookie(COOKIE).orElse(null))
            .orElseThrow(() -> new HttpError(403, "no session: reload the page"));
    if (!s.csrfMatches(r.header("x-csrf-token"))) {
      throw new HttpError(403, "missing or wrong CSRF token: reload the page");
    }
  }

  private String cookie(Sessions.Session s) {
    return COOKIE
        + "="
        + s.id()
        + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
        + sessions.lifetime().toSeconds()
        + (settings.secureCookie() ? "; Secure" : "");
  }

  private static long ticketId(HttpRequest r) {
    long id = Ticket.idOf(r.param("number"));
    if (id < 1) {
      throw new HttpError(404, "no ticket " + r.param("number"));
    }
    return id;
  }

  private static String week(HttpRequest r) {
    String week = r.queryParams().get("week");
    if (week == null || week.isBlank()) {
      return null;
    }
    if (!week.matches("\\d{4}-W\\d{2}")) {
      throw new HttpError(400, "week must look like 2026-W47");
    }
    return week;
  }

  private static HttpResponse json(Object value) {
    return HttpResponse.json(200, value).withHeader("Cache-Control", "no-store");
  }

  private static byte[] resource(String name) {
    try (InputStream in = WebAdapter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the web page's " + name + " is missing from this build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
