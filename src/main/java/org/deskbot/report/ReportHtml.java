package org.deskbot.report;

import java.util.Base64;
import java.util.Map;

/**
 * The self-contained HTML report: charts as {@code data:} URIs, each with alt text and its table
 * beside it.
 */
public final class ReportHtml {
  private ReportHtml() {}

  public static String page(
      WeeklyFigures f, byte[] trendPng, byte[] categoriesPng, byte[] capacityPng) {
    StringBuilder s = new StringBuilder();
    s.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Weekly help-desk summary ")
        .append(esc(f.week()))
        .append("</title><style>")
        .append(
            "body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1200px;color:#1b1b1b;line-height:1.4;padding:0 1rem}")
        .append(
            "table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #c8c8c8;padding:.25rem .5rem;text-align:left}")
        .append(
            "th{background:#eef2f6}td.n{text-align:right}.pair{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}")
        .append(
            "figure{margin:0}img{max-width:100%;height:auto;border:1px solid #ddd}.headline{font-size:1.2rem;font-weight:600}")
        .append(".sig{color:#8a1c1c;font-weight:600}dt{font-weight:600}dd{margin:0 0 .5rem 1rem}")
        .append("</style></head><body>\n<main>\n");
    s.append("<h1>Weekly help-desk summary, ")
        .append(esc(f.week()))
        .append("</h1>\n<p>")
        .append(esc(f.from()))
        .append(" to ")
        .append(esc(f.to()))
        .append(" (")
        .append(esc(f.timeZone()))
        .append(")</p>\n");
    s.append("<p class=\"headline\">").append(esc(ReportText.headline(f))).append(".</p>\n");
    s.append("<table id=\"figures\"><caption>The week's figures</caption><tbody>\n");
    row(s, "Questions", String.valueOf(f.questions()));
    row(
        s,
        "Confirmed deflections",
        f.confirmedDeflections() + " (" + ReportText.pct(f.deflectionRate()) + " of questions)");
    row(
        s,
        "Probable deflections (separate)",
        f.probableDeflections() + " (" + ReportText.pct(f.probableRate()) + ")");
    row(s, "Answered / unanswered by the bot", f.answered() + " / " + f.unanswered());
    row(
        s,
        "Escalations (tickets opened)",
        f.escalations() + " (" + f.escalationsFromBot() + " from the bot)");
    row(s, "Tickets resolved", String.valueOf(f.ticketsResolved()));
    row(s, "Minutes spent on resolved tickets (the team's)", String.valueOf(f.minutesSpent()));
    row(s, "Median time to first response", ReportText.hours(f.medianFirstResponseHours()));
    row(s, "Median time to resolution", ReportText.hours(f.medianResolutionHours()));
    row(s, "Time saved (estimate)", ReportText.num(f.timeSavedMinutes()) + " min");
    s.append("</tbody></table>\n<p><small>")
        .append(esc(f.timeSaved().formula()))
        .append(".</small></p>\n");

    s.append("<h2>Trend, last ")
        .append(f.trend().size())
        .append(" weeks</h2>\n<div class=\"pair\">");
    figure(s, "trend-chart", trendPng, Charts.alt(f, Charts.TREND));
    s.append(
            "<table id=\"trend-table\"><caption>Weekly questions and deflections</caption><thead><tr><th scope=\"col\">Week</th>")
        .append(
            "<th scope=\"col\">Questions</th><th scope=\"col\">Confirmed</th><th scope=\"col\">Rate</th><th scope=\"col\">Tickets</th>")
        .append("<th scope=\"col\">Minutes</th></tr></thead><tbody>\n");
    for (WeeklyFigures.TrendPoint p : f.trend()) {
      s.append("<tr><th scope=\"row\">")
          .append(esc(p.week()))
          .append("</th>")
          .append(td(p.questions()))
          .append(td(p.confirmedDeflections()))
          .append("<td class=\"n\">")
          .append(ReportText.pct(p.deflectionRate()))
          .append("</td>")
          .append(td(p.ticketsOpened()))
          .append(td(p.minutesSpent()))
          .append("</tr>\n");
    }
    s.append("</tbody></table></div>\n");

    s.append("<h2>Categories vs the previous ")
        .append(Measures.BASELINE_WEEKS)
        .append(" weeks</h2>\n<div class=\"pair\">");
    figure(s, "categories-chart", categoriesPng, Charts.alt(f, Charts.CATEGORIES));
    s.append(
            "<table id=\"categories-table\"><caption>Category shares</caption><thead><tr><th scope=\"col\">Category</th>")
        .append(
            "<th scope=\"col\">Count</th><th scope=\"col\">Share</th><th scope=\"col\">Baseline</th><th scope=\"col\">p</th>")
        .append("<th scope=\"col\">Shift</th></tr></thead><tbody>\n");
    for (WeeklyFigures.CategoryShift c : f.categories()) {
      s.append("<tr><th scope=\"row\">")
          .append(esc(c.category()))
          .append("</th>")
          .append(td(c.count()))
          .append("<td class=\"n\">")
          .append(ReportText.pct(c.share()))
          .append("</td><td class=\"n\">")
          .append(ReportText.pct(c.baselineShare()))
          .append("</td><td class=\"n\">")
          .append(esc(ReportText.p(c.pValue())))
          .append("</td><td")
          .append(c.significant() ? " class=\"sig\"" : "")
          .append('>')
          .append(esc(ReportText.shift(c)))
          .append("</td></tr>\n");
    }
    s.append("</tbody></table></div>\n");

    s.append("<h2>Content gaps: what to write or film next</h2>\n");
    if (f.gaps().isEmpty()) {
      s.append("<p>No escalated or unanswered questions with text this week.</p>\n");
    } else {
      s.append("<ol id=\"gaps\">\n");
      for (WeeklyFigures.Gap g : f.gaps()) {
        s.append("<li><strong>")
            .append(g.size())
            .append(g.size() == 1 ? " question" : " questions")
            .append("</strong> (")
            .append(esc(g.category()))
            .append("; ")
            .append(esc(String.join(", ", g.keywords())))
            .append("): ");
        s.append(String.join(" · ", g.examples().stream().map(e -> "“" + esc(e) + "”").toList()))
            .append("</li>\n");
      }
      s.append("</ol>\n");
    }
    if (f.gapsWithoutText() > 0) {
      s.append("<p>")
          .append(f.gapsWithoutText())
          .append(" more without text (removed by retention).</p>\n");
    }
    s.append(
            "<h2>Resources linked</h2>\n<table id=\"resources\"><thead><tr><th scope=\"col\">Resource</th><th scope=\"col\">Type</th>")
        .append(
            "<th scope=\"col\">Linked</th><th scope=\"col\">Solved</th><th scope=\"col\">Clicks</th></tr></thead><tbody>\n");
    for (WeeklyFigures.ResourceUse r : f.resources()) {
      s.append("<tr><td><a href=\"")
          .append(esc(r.url()))
          .append("\">")
          .append(esc(r.title() == null ? r.url() : r.title()))
          .append("</a></td><td>")
          .append(esc(r.type()))
          .append("</td>")
          .append(td(r.linked()))
          .append(td(r.solved()))
          .append(td(r.clicks()))
          .append("</tr>\n");
    }
    s.append("</tbody></table>\n");
    engagement(s, f, capacityPng);
    s.append("<h2>Live sessions</h2>\n<p id=\"events\">")
        .append(esc(ReportText.sessions(f.events())))
        .append("</p>\n");
    s.append("<h2>School champions</h2>\n<p id=\"champions\">")
        .append(esc(ReportText.champions(f.champions())))
        .append("</p>\n");
    s.append("<h2>Definitions</h2>\n<dl id=\"definitions\">\n");
    for (Map.Entry<String, String> d : Definitions.all().entrySet()) {
      s.append("<dt>")
          .append(esc(d.getKey()))
          .append("</dt><dd>")
          .append(esc(d.getValue()))
          .append("</dd>\n");
    }
    s.append("</dl>\n</main>\n</body></html>\n");
    return s.toString();
  }

  /** The async supports' use this week, and the capacity picture over the trend weeks. */
  private static void engagement(StringBuilder s, WeeklyFigures f, byte[] capacityPng) {
    WeeklyFigures.Engagement e = f.engagement();
    EngagementStore.Usage u = e.use();
    s.append("<h2>Use of the async supports</h2>\n");
    if (!e.clicksCounted()) {
      s.append("<p>").append(esc(ReportText.NOT_COUNTED)).append("</p>\n");
    }
    s.append("<table id=\"engagement\"><caption>This week's use</caption><tbody>\n");
    row(s, "Link clicks", e.clicksCounted() ? String.valueOf(u.linkClicks()) : "not counted");
    row(s, "Answers clicked then marked solved", String.valueOf(u.clickedThenSolved()));
    row(s, "Newsletter opens", String.valueOf(u.newsletterOpens()));
    row(s, "Video views", String.valueOf(u.videoViews()));
    row(s, "Module completions", String.valueOf(u.moduleCompletions()));
    row(s, "Page views", String.valueOf(u.pageViews()));
    row(s, "Async uses (all of the above but solved)", String.valueOf(u.asyncUses()));
    s.append("</tbody></table>\n");
    if (!e.byResource().isEmpty()) {
      s.append(
              "<table id=\"engagement-resources\"><caption>Use by resource</caption><thead><tr><th scope=\"col\">Resource</th>")
          .append("<th scope=\"col\">Kind</th><th scope=\"col\">Count</th></tr></thead><tbody>\n");
      for (EngagementStore.ResourceCount r : e.byResource()) {
        s.append("<tr><td>")
            .append(esc(r.title() == null || r.title().isBlank() ? r.url() : r.title()))
            .append(" <small>")
            .append(esc(r.url()))
            .append("</small></td><td>")
            .append(esc(r.kind()))
            .append("</td>")
            .append(td(r.count()))
            .append("</tr>\n");
      }
      s.append("</tbody></table>\n");
    }
    s.append(
            "<h2>Capacity: async use beside the team's tickets and time</h2>\n<p id=\"capacity-text\">")
        .append(esc(Capacity.of(f).text()))
        .append("</p>\n<div class=\"pair\">");
    figure(s, "capacity-chart", capacityPng, Charts.alt(f, Charts.CAPACITY));
    s.append(
            "<table id=\"capacity-table\"><caption>Tickets, minutes and async uses per week</caption><thead><tr>")
        .append("<th scope=\"col\">Week</th><th scope=\"col\">Tickets opened</th>")
        .append(
            "<th scope=\"col\">Minutes spent</th><th scope=\"col\">Async uses</th></tr></thead><tbody>\n");
    for (WeeklyFigures.CapacityPoint p : f.capacity()) {
      s.append("<tr><th scope=\"row\">")
          .append(esc(p.week()))
          .append("</th>")
          .append(td(p.ticketsOpened()))
          .append(td(p.minutesSpent()))
          .append(td(p.asyncUses()))
          .append("</tr>\n");
    }
    s.append("</tbody></table></div>\n");
  }

  private static void figure(StringBuilder s, String id, byte[] png, String alt) {
    s.append("<figure><img id=\"")
        .append(id)
        .append("\" width=\"760\" height=\"380\" alt=\"")
        .append(esc(alt))
        .append("\" src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(png))
        .append("\"></figure>\n");
  }

  private static void row(StringBuilder s, String k, String v) {
    s.append("<tr><th scope=\"row\">")
        .append(esc(k))
        .append("</th><td>")
        .append(esc(v))
        .append("</td></tr>\n");
  }

  private static String td(long n) {
    return "<td class=\"n\">" + n + "</td>";
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
