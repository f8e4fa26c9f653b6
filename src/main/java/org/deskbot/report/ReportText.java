package org.deskbot.report;

import java.util.Locale;
import java.util.Map;

/** The Markdown summary, the CSV of the figures, and the short chat post. */
public final class ReportText {
  private ReportText() {}

  /** What the report says when links go out untracked. */
  static final String NOT_COUNTED =
      "Link clicks are not counted: links are sent as they are because server.public_url is not set"
          + " (set it, or DESKBOT_PUBLIC_URL, so links go through /go/ and each click is counted).";

  /** "12.5%" or "—" when there is no rate. */
  static String pct(Double rate) {
    return rate == null ? "—" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
  }

  /** A p-value as people read it. */
  static String p(double p) {
    return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
  }

  static String hours(Double h) {
    return h == null ? "—" : String.format(Locale.ROOT, "%.1f school h", h);
  }

  static String num(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  /** The headline, one line. */
  public static String headline(WeeklyFigures f) {
    return f.questions()
        + " questions, "
        + f.confirmedDeflections()
        + " confirmed deflections ("
        + pct(f.deflectionRate())
        + "), "
        + f.probableDeflections()
        + " probable ("
        + pct(f.probableRate())
        + "), "
        + f.escalations()
        + " escalations";
  }

  public static String markdown(
      WeeklyFigures f, String trendPng, String categoriesPng, String capacityPng) {
    StringBuilder s = new StringBuilder();
    s.append("# Weekly help-desk summary, ")
        .append(f.week())
        .append(" (")
        .append(f.from())
        .append(" to ")
        .append(f.to())
        .append(")\n\n");
    s.append("**").append(headline(f)).append(".**\n\n");
    s.append("| figure | value |\n|---|---|\n");
    row(s, "questions", String.valueOf(f.questions()));
    row(
        s,
        "confirmed deflections",
        f.confirmedDeflections() + " (" + pct(f.deflectionRate()) + " of questions)");
    row(
        s,
        "probable deflections (separate)",
        f.probableDeflections() + " (" + pct(f.probableRate()) + ")");
    row(s, "answered / unanswered by the bot", f.answered() + " / " + f.unanswered());
    if (f.listened() > 0) {
      row(
          s,
          "heard in listening channels / answered unasked",
          f.listened() + " / " + f.answeredUnasked());
    }
    row(
        s,
        "escalations (tickets opened)",
        f.escalations() + " (" + f.escalationsFromBot() + " from the bot)");
    row(s, "tickets resolved", String.valueOf(f.ticketsResolved()));
    row(s, "minutes spent on resolved tickets (the team's)", String.valueOf(f.minutesSpent()));
    row(s, "median time to first response", hours(f.medianFirstResponseHours()));
    row(s, "median time to resolution", hours(f.medianResolutionHours()));
    row(s, "time saved (estimate)", num(f.timeSavedMinutes()) + " min");
    s.append("\nTime saved: ").append(f.timeSaved().formula()).append(".\n");
    for (WeeklyFigures.Saving p : f.timeSaved().parts()) {
      s.append("- ")
          .append(p.category())
          .append(": ")
          .append(p.confirmed())
          .append(" × ")
          .append(num(p.medianMinutes()))
          .append(" min (")
          .append(p.basis())
          .append(") = ")
          .append(num(p.minutes()))
          .append(" min\n");
    }
    s.append("\n## Trend, last ").append(f.trend().size()).append(" weeks\n\n");
    if (trendPng != null) {
      s.append("![")
          .append(Charts.alt(f, Charts.TREND))
          .append("](")
          .append(trendPng)
          .append(")\n\n");
    }
    s.append(
        "| week | questions | confirmed | rate | tickets opened | resolved | minutes |\n|---|---|---|---|---|---|---|\n");
    for (WeeklyFigures.TrendPoint p : f.trend()) {
      s.append("| ")
          .append(p.week())
          .append(" | ")
          .append(p.questions())
          .append(" | ")
          .append(p.confirmedDeflections())
          .append(" | ")
          .append(pct(p.deflectionRate()))
          .append(" | ")
          .append(p.ticketsOpened())
          .append(" | ")
          .append(p.ticketsResolved())
          .append(" | ")
          .append(p.minutesSpent())
          .append(" |\n");
    }
    s.append("\n## Categories vs the previous ")
        .append(Measures.BASELINE_WEEKS)
        .append(" weeks\n\n");
    if (categoriesPng != null) {
      s.append("![")
          .append(Charts.alt(f, Charts.CATEGORIES))
          .append("](")
          .append(categoriesPng)
          .append(")\n\n");
    }
    s.append(
        "| category | count | share | baseline share | p | shift |\n|---|---|---|---|---|---|\n");
    for (WeeklyFigures.CategoryShift c : f.categories()) {
      s.append("| ")
          .append(c.category())
          .append(" | ")
          .append(c.count())
          .append(" | ")
          .append(pct(c.share()))
          .append(" | ")
          .append(pct(c.baselineShare()))
          .append(" | ")
          .append(p(c.pValue()))
          .append(" | ")
          .append(shift(c))
          .append(" |\n");
    }
    s.append("\n## Content gaps: what to write or film next\n\n");
    if (f.gaps().isEmpty()) {
      s.append("No escalated or unanswered questions with text this week.\n");
    }
    int i = 1;
    for (WeeklyFigures.Gap g : f.gaps()) {
      s.append(i++)
          .append(". **")
          .append(g.size())
          .append(" question")
          .append(g.size() == 1 ? "" : "s")
          .append("** (")
          .append(g.category())
          .append("; ")
          .append(String.join(", ", g.keywords()))
          .append("): ");
      s.append(
              String.join(
                  " · ",
                  g.examples().stream().map(e -> "\"" + e.replace("|", "\\|") + "\"").toList()))
          .append('\n');
    }
    if (f.gapsWithoutText() > 0) {
      s.append("\n")
          .append(f.gapsWithoutText())
          .append(" more without text (removed by retention).\n");
    }
    s.append(
        "\n## Resources linked\n\n| resource | type | linked | solved | clicks |\n|---|---|---|---|---|\n");
    for (WeeklyFigures.ResourceUse r : f.resources()) {
      s.append("| [")
          .append(r.title() == null ? r.url() : r.title().replace("|", "\\|"))
          .append("](")
          .append(r.url())
          .append(") | ")
          .append(r.type())
          .append(" | ")
          .append(r.linked())
          .append(" | ")
          .append(r.solved())
          .append(" | ")
          .append(r.clicks())
          .append(" |\n");
    }
    engagement(s, f, capacityPng);
    s.append("\n## Live sessions\n\n").append(sessions(f.events())).append('\n');
    s.append("\n## School champions\n\n").append(champions(f.champions())).append('\n');
    s.append("\n## Definitions\n\n");
    for (Map.Entry<String, String> d : Definitions.all().entrySet()) {
      s.append("- **").append(d.getKey()).append("**: ").append(d.getValue()).append('\n');
    }
    s.append("\nTimes are in ").append(f.timeZone()).append(".\n");
    return s.toString();
  }

  private static void engagement(StringBuilder s, WeeklyFigures f, String capacityPng) {
    WeeklyFigures.Engagement e = f.engagement();
    EngagementStore.Usage u = e.use();
    s.append("\n## Use of the async supports\n\n");
    if (!e.clicksCounted()) {
      s.append(NOT_COUNTED).append("\n\n");
    }
    s.append("| figure | value |\n|---|---|\n");
    row(s, "link clicks", e.clicksCounted() ? String.valueOf(u.linkClicks()) : "not counted");
    row(s, "answers clicked then marked solved", String.valueOf(u.clickedThenSolved()));
    row(s, "newsletter opens", String.valueOf(u.newsletterOpens()));
    row(s, "video views", String.valueOf(u.videoViews()));
    row(s, "module completions", String.valueOf(u.moduleCompletions()));
    row(s, "page views", String.valueOf(u.pageViews()));
    row(s, "async uses", String.valueOf(u.asyncUses()));
    if (!e.byResource().isEmpty()) {
      s.append("\n| resource | kind | count |\n|---|---|---|\n");
      for (EngagementStore.ResourceCount r : e.byResource()) {
        String title = r.title() == null || r.title().isBlank() ? r.url() : r.title();
        s.append("| [")
            .append(title.replace("|", "\\|"))
            .append("](")
            .append(r.url())
            .append(") | ")
            .append(r.kind())
            .append(" | ")
            .append(r.count())
            .append(" |\n");
      }
    }
    s.append("\n## Capacity: async use beside the team's tickets and time\n\n");
    s.append(Capacity.of(f).text()).append("\n\n");
    if (capacityPng != null) {
      s.append("![")
          .append(Charts.alt(f, Charts.CAPACITY))
          .append("](")
          .append(capacityPng)
          .append(")\n\n");
    }
    s.append("| week | tickets opened | minutes spent | async uses |\n|---|---|---|---|\n");
    for (WeeklyFigures.CapacityPoint p : f.capacity()) {
      s.append("| ")
          .append(p.week())
          .append(" | ")
          .append(p.ticketsOpened())
          .append(" | ")
          .append(p.minutesSpent())
          .append(" | ")
          .append(p.asyncUses())
          .append(" |\n");
    }
  }

  static String shift(WeeklyFigures.CategoryShift c) {
    String s =
        c.significant()
            ? "significant, " + c.direction()
            : c.direction().equals("same") ? "—" : c.direction() + " (not significant)";
    return c.firstSeen() ? s + ", new" : s;
  }

  private static void row(StringBuilder s, String k, String v) {
    s.append("| ").append(k).append(" | ").append(v).append(" |\n");
  }

  /** The figures as CSV in long form: {@code section,item,field,value}. */
  public static String csv(WeeklyFigures f) {
    StringBuilder s = new StringBuilder("section,item,field,value\n");
    var o = ReportJson.of(f);
    for (String k :
        new String[] {
          "questions",
          "not_questions",
          "answered",
          "unanswered",
          "confirmed_deflections",
          "probable_deflections",
          "escalations",
          "escalations_from_bot",
          "tickets_opened",
          "tickets_resolved",
          "deflection_rate",
          "probable_rate",
          "minutes_spent",
          "median_first_response_hours",
          "median_resolution_hours",
          "time_saved_minutes"
        }) {
      csvRow(s, "summary", f.week(), k, o.get(k).isNull() ? "" : o.get(k).asText());
    }
    csvRow(s, "summary", f.week(), "time_saved_formula", f.timeSaved().formula());
    for (WeeklyFigures.CategoryShift c : f.categories()) {
      csvRow(s, "category", c.category(), "count", String.valueOf(c.count()));
      csvRow(s, "category", c.category(), "share", String.valueOf(c.share()));
      csvRow(s, "category", c.category(), "baseline_share", String.valueOf(c.baselineShare()));
      csvRow(s, "category", c.category(), "p_value", String.valueOf(c.pValue()));
      csvRow(s, "category", c.category(), "significant", String.valueOf(c.significant()));
    }
    for (WeeklyFigures.TrendPoint p : f.trend()) {
      csvRow(s, "trend", p.week(), "questions", String.valueOf(p.questions()));
      csvRow(
          s, "trend", p.week(), "confirmed_deflections", String.valueOf(p.confirmedDeflections()));
      csvRow(s, "trend", p.week(), "tickets_opened", String.valueOf(p.ticketsOpened()));
      csvRow(s, "trend", p.week(), "minutes_spent", String.valueOf(p.minutesSpent()));
      csvRow(s, "trend", p.week(), "link_clicks", String.valueOf(p.use().linkClicks()));
      csvRow(s, "trend", p.week(), "newsletter_opens", String.valueOf(p.use().newsletterOpens()));
      csvRow(s, "trend", p.week(), "video_views", String.valueOf(p.use().videoViews()));
      csvRow(
          s, "trend", p.week(), "module_completions", String.valueOf(p.use().moduleCompletions()));
      csvRow(s, "trend", p.week(), "page_views", String.valueOf(p.use().pageViews()));
    }
    int i = 1;
    for (WeeklyFigures.Gap g : f.gaps()) {
      csvRow(s, "gap", String.valueOf(i), "size", String.valueOf(g.size()));
      csvRow(s, "gap", String.valueOf(i++), "examples", String.join(" | ", g.examples()));
    }
    for (WeeklyFigures.ResourceUse r : f.resources()) {
      csvRow(s, "resource", r.url(), "linked", String.valueOf(r.linked()));
      csvRow(s, "resource", r.url(), "solved", String.valueOf(r.solved()));
      csvRow(s, "resource", r.url(), "clicks", String.valueOf(r.clicks()));
    }
    var engagement = o.get("engagement");
    for (String k :
        new String[] {
          "clicks_counted",
          "link_clicks",
          "clicked_then_solved",
          "newsletter_opens",
          "video_views",
          "module_completions",
          "page_views"
        }) {
      csvRow(s, "engagement", f.week(), k, engagement.get(k).asText());
    }
    for (EngagementStore.ResourceCount r : f.engagement().byResource()) {
      csvRow(s, "engagement_resource", r.url(), r.kind(), String.valueOf(r.count()));
    }
    for (WeeklyFigures.CapacityPoint p : f.capacity()) {
      csvRow(s, "capacity", p.week(), "tickets_opened", String.valueOf(p.ticketsOpened()));
      csvRow(s, "capacity", p.week(), "minutes_spent", String.valueOf(p.minutesSpent()));
      csvRow(s, "capacity", p.week(), "async_uses", String.valueOf(p.asyncUses()));
    }
    csvRow(s, "capacity", f.week(), "together", Capacity.of(f).text());
    csvRow(s, "events", "", "offered", String.valueOf(f.events().offered()));
    csvRow(s, "events", "", "clicked", String.valueOf(f.events().clicked()));
    return s.toString();
  }

  /** The live sessions offered and opened, in words; says so when clicks cannot be counted. */
  /** The champions' week, apart from the team's minutes. */
  static String champions(ReportStore.ChampionWork c) {
    return c.tickets()
        + " ticket"
        + (c.tickets() == 1 ? "" : "s")
        + " routed to school champions; "
        + c.resolved()
        + " resolved by them in "
        + c.minutes()
        + " min (not in the team's minutes); "
        + c.handedToTeam()
        + " left unclaimed went to the team.";
  }

  static String sessions(WeeklyFigures.Sessions e) {
    String offered =
        e.offered() + " live session" + (e.offered() == 1 ? "" : "s") + " offered in answers";
    return e.tracked()
        ? offered + ", " + e.clicked() + " opened."
        : offered
            + "; clicks are not counted: deskbot's links are not tracked, so opening one is not"
            + " seen.";
  }

  private static void csvRow(StringBuilder s, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      String c = cells[i] == null ? "" : cells[i];
      if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 && !c.matches("-?[0-9.]+")) {
        c = "'" + c; // a spreadsheet must not run a question as a formula
      }
      s.append(i == 0 ? "" : ",")
          .append(c.matches(".*[\",\\n\\r].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
    }
    s.append('\n');
  }

  /** The chat post: the headline figures, short. */
  public static String digest(WeeklyFigures f) {
    StringBuilder s = new StringBuilder();
    s.append("*Help-desk week ")
        .append(f.week())
        .append("* (")
        .append(f.from())
        .append(" to ")
        .append(f.to())
        .append(")\n");
    s.append("• ")
        .append(f.questions())
        .append(" questions; ")
        .append(f.confirmedDeflections())
        .append(" confirmed deflections (")
        .append(pct(f.deflectionRate()))
        .append("), ")
        .append(f.probableDeflections())
        .append(" probable, reported separately\n");
    s.append("• ")
        .append(f.escalations())
        .append(" tickets opened, ")
        .append(f.ticketsResolved())
        .append(" resolved, ")
        .append(f.minutesSpent())
        .append(" min spent; median first response ")
        .append(hours(f.medianFirstResponseHours()))
        .append('\n');
    s.append("• time saved (estimate): ")
        .append(num(f.timeSavedMinutes()))
        .append(" min = confirmed deflections × median minutes per ticket\n");
    EngagementStore.Usage u = f.engagement().use();
    s.append("• async uses: ")
        .append(u.asyncUses())
        .append(" (")
        .append(
            f.engagement().clicksCounted()
                ? u.linkClicks() + " link clicks, "
                : "clicks not counted, ")
        .append(u.newsletterOpens())
        .append(" newsletter opens, ")
        .append(u.videoViews())
        .append(" video views, ")
        .append(u.moduleCompletions())
        .append(" module completions, ")
        .append(u.pageViews())
        .append(" page views)\n");
    f.categories().stream()
        .filter(WeeklyFigures.CategoryShift::significant)
        .forEach(
            c ->
                s.append("• ")
                    .append(c.category())
                    .append(" questions ")
                    .append(c.direction())
                    .append(": ")
                    .append(pct(c.baselineShare()))
                    .append(" → ")
                    .append(pct(c.share()))
                    .append(" of requests\n"));
    if (!f.gaps().isEmpty()) {
      WeeklyFigures.Gap g = f.gaps().get(0);
      s.append("• biggest content gap: ")
          .append(g.size())
          .append(" × \"")
          .append(g.examples().get(0))
          .append("\"\n");
    }
    return s.toString();
  }
}
