package org.deskbot.web;

import static org.deskbot.web.WebHttp.json;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.deskbot.server.HttpError;
import org.deskbot.server.HttpRequest;
import org.deskbot.server.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is asking: the team's sign-in and sign-out, the session cookie, the CSRF guard on every
 * state-changing request, and a teacher's name on the chat page.
 */
final class SignIn {
  private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);
  static final String COOKIE = "deskbot_session";
  private static final java.util.regex.Pattern NAME =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N} ._'-]{1,40}");
  private static final String DUMMY_HASH =
      Passwords.hash("not a password anyone has".toCharArray());

  private final WebSettings settings;
  private final Sessions sessions;
  private final SignInFailures failures;

  SignIn(WebSettings settings, Clock clock, org.deskbot.chat.SessionStore store) {
    this.settings = settings;
    this.sessions = new Sessions(store, Duration.ofMinutes(settings.sessionMinutes()), clock);
    this.failures = new SignInFailures(clock);
  }

  HttpResponse signIn(HttpRequest r) {
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

  HttpResponse signOut(HttpRequest r) {
    guard(r);
    sessions.close(r.cookie(COOKIE).orElse(null));
    Sessions.Session s = sessions.open(null);
    return json(Map.of("csrf", s.csrf())).withHeader("Set-Cookie", cookie(s));
  }

  /** A teacher on the web page: {@code web:NAME}. */
  static String teacher(String name) {
    String n = name.strip();
    if (n.isEmpty()) {
      throw new HttpError(400, "`name` is missing");
    }
    if (!NAME.matcher(n).matches()) {
      throw new HttpError(
          400, "`name` may have letters, digits, spaces, dots, dashes and apostrophes (up to 40)");
    }
    return WebSettings.TEACHER_PREFIX + n.toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The team member acting on the dashboard: the configured user on loopback, else the signed-in
   * one (401 otherwise).
   */
  String teamActor(HttpRequest r) {
    if (!settings.signInRequired()) {
      return settings.teamUser();
    }
    return signedIn(r)
        .map(Sessions.Session::user)
        .orElseThrow(() -> new HttpError(401, "sign in to use the team's dashboard"));
  }

  /** Whether a team page must show the sign-in form instead. */
  boolean mustSignIn(HttpRequest r) {
    return settings.signInRequired() && signedIn(r).isEmpty();
  }

  private Optional<Sessions.Session> signedIn(HttpRequest r) {
    return sessions.find(r.cookie(COOKIE).orElse(null)).filter(s -> s.user() != null);
  }

  /**
   * A state-changing request must come from our own pages: not cross-site (Origin and
   * Sec-Fetch-Site), and carrying the CSRF token of the session its cookie names.
   */
  void guard(HttpRequest r) {
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

  /**
   * A page with the CSRF token of the request's session filled in; a request without one gets a new
   * session and its cookie.
   */
  HttpResponse page(
      String template, HttpRequest r, java.util.function.Function<String, HttpResponse> render) {
    Optional<Sessions.Session> existing = sessions.find(r.cookie(COOKIE).orElse(null));
    Sessions.Session s = existing.orElseGet(() -> sessions.open(null));
    HttpResponse resp = render.apply(template.replace("{{csrf}}", s.csrf()));
    return existing.isPresent() ? resp : resp.withHeader("Set-Cookie", cookie(s));
  }

  private String cookie(Sessions.Session s) {
    return COOKIE
        + "="
        + s.id()
        + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
        + sessions.lifetime().toSeconds()
        + (settings.secureCookie() ? "; Secure" : "");
  }
}
