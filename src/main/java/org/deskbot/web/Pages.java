package org.deskbot.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deskbot.report.Summaries;
import org.deskbot.server.HttpError;
import org.deskbot.server.HttpRequest;
import org.deskbot.server.HttpResponse;

/**
 * The pages: the chat page ({@code /}), the team's dashboard ({@code /team} and its other pages, or
 * the sign-in form), their scripts and styles, and a week's HTML report.
 */
final class Pages {
  /**
   * One page of the dashboard: its name (the script's cue), its address, its link in the
   * dashboard's navigation, its title, and the file holding its content (put into {@code
   * team.html}).
   */
  private record TeamPage(String name, String path, String link, String title, String content) {}

  private static final List<TeamPage> TEAM_PAGES =
      List.of(
          new TeamPage("queue", "/team", "Queue", "Ticket queue", "team-queue.html"),
          new TeamPage("week", "/team/week", "This week", "This week's summary", "team-week.html"),
          new TeamPage(
              "content",
              "/team/content",
              "Content",
              "Content: FAQ drafts and the content report",
              "team-content.html"),
          new TeamPage(
              "search", "/team/search", "Search", "Search the content", "team-search.html"));

  private static final List<String> ASSETS =
      List.of("common.js", "chat.js", "team.js", "signin.js", "style.css");
  private static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
          + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private final SignIn signIn;
  private final Summaries summaries;
  private final Map<String, byte[]> assets = new LinkedHashMap<>();
  private final String chatPage;
  private final Map<String, String> teamPages = new LinkedHashMap<>();
  private final String signInPage;

  /**
   * @param summaries the weekly summaries, or null when this build has none
   */
  Pages(SignIn signIn, Summaries summaries) {
    this.signIn = signIn;
    this.summaries = summaries;
    for (String a : ASSETS) {
      assets.put(a, resource(a));
    }
    this.chatPage = new String(resource("index.html"), StandardCharsets.UTF_8);
    String layout = new String(resource("team.html"), StandardCharsets.UTF_8);
    for (TeamPage p : TEAM_PAGES) {
      teamPages.put(p.path(), teamPage(layout, p));
    }
    this.signInPage = new String(resource("signin.html"), StandardCharsets.UTF_8);
  }

  HttpResponse chatPage(HttpRequest r) {
    return page(r, chatPage, 200);
  }

  /** A dashboard page ({@code /team}, {@code /team/{page}}), or the sign-in form. */
  HttpResponse teamPage(HttpRequest r) {
    if (signIn.mustSignIn(r)) {
      return page(r, signInPage, 401);
    }
    String path = r.param("page") == null ? "/team" : "/team/" + r.param("page");
    String html = teamPages.get(path);
    if (html == null) {
      throw new HttpError(404, "the dashboard has no page " + path);
    }
    return page(r, html, 200);
  }

  /**
   * The layout with {@code p}'s title and content, and the navigation marking {@code p} current.
   */
  private static String teamPage(String layout, TeamPage p) {
    StringBuilder nav = new StringBuilder();
    for (TeamPage other : TEAM_PAGES) {
      nav.append("      <li><a href=\"")
          .append(other.path())
          .append(other == p ? "\" aria-current=\"page\">" : "\">")
          .append(other.link())
          .append("</a></li>\n");
    }
    return layout
        .replace("{{nav}}", nav.toString().stripTrailing())
        .replace(
            "{{main}}", new String(resource(p.content()), StandardCharsets.UTF_8).stripTrailing())
        .replace("{{page}}", p.name())
        .replace("{{title}}", p.title());
  }

  private HttpResponse page(HttpRequest r, String template, int status) {
    return signIn.page(
        template,
        r,
        html ->
            new HttpResponse(
                    status,
                    "text/html; charset=utf-8",
                    html.getBytes(StandardCharsets.UTF_8),
                    Map.of())
                .withHeader("Content-Security-Policy", CSP)
                .withHeader("X-Frame-Options", "DENY")
                .withHeader("Referrer-Policy", "no-referrer")
                .withHeader("Cache-Control", "no-store"));
  }

  HttpResponse asset(HttpRequest r) {
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

  /** The week's self-contained HTML report (the weekly chat post links here); the team's page. */
  HttpResponse reportPage(HttpRequest r) throws Exception {
    if (signIn.mustSignIn(r)) {
      return page(r, signInPage, 401);
    }
    String week = r.param("week");
    if (!week.matches("\\d{4}-W\\d{2}")) {
      throw new HttpError(400, "a week looks like 2026-W47");
    }
    if (summaries == null) {
      throw new HttpError(404, "the weekly summary is not available in this build");
    }
    return HttpResponse.html(summaries.html(week))
        .withHeader(
            "Content-Security-Policy",
            "default-src 'none'; img-src data:; style-src 'unsafe-inline'")
        .withHeader("X-Frame-Options", "DENY")
        .withHeader("Cache-Control", "no-store");
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
