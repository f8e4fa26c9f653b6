package org.deskbot.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import org.deskbot.escalate.StoreException;

/** The weekly summary for the CLI, the dashboard and the chat adapters. */
public final class WeeklyReports implements Summaries {
  private final Measures measures;
  private final Clock clock;
  private final String reportUrlBase;
  private final LinkTracker links;

  /**
   * @param reportUrlBase where the dashboard serves reports ({@code BASE/WEEK}), or null when no
   *     link can be given
   */
  public WeeklyReports(
      ReportStore store, ReportSettings settings, Clock clock, String reportUrlBase) {
    this(store, EngagementStore.NONE, LinkTracker.off(), settings, clock, reportUrlBase);
  }

  /**
   * With the async supports' use: {@code engagement} holds the clicks and imported counts, {@code
   * links} tracks the weekly post's link (and says whether clicks are counted at all).
   */
  public WeeklyReports(
      ReportStore store,
      EngagementStore engagement,
      LinkTracker links,
      ReportSettings settings,
      Clock clock,
      String reportUrlBase) {
    this.measures = new Measures(store, engagement, links.counting(), settings.calendar());
    this.clock = clock;
    this.reportUrlBase = reportUrlBase;
    this.links = links;
  }

  /** The week named (ISO, e.g. 2026-W47), or the last complete week when null or blank. */
  public Week week(String week) {
    return week == null || week.isBlank()
        ? Week.lastComplete(clock.instant(), measures.calendar().zone())
        : Week.parse(week);
  }

  /** The week's figures. */
  public WeeklyFigures compute(String week) throws StoreException {
    return measures.week(week(week));
  }

  @Override
  public JsonNode figures(String week) throws Exception {
    return ReportJson.of(compute(week));
  }

  @Override
  public byte[] chart(String week, String name) throws Exception {
    WeeklyFigures f = compute(week);
    return switch (name) {
      case Charts.TREND -> Charts.trend(f);
      case Charts.CATEGORIES -> Charts.categories(f);
      case Charts.CAPACITY -> Charts.capacity(f);
      default ->
          throw new IllegalArgumentException(
              "no chart `" + name + "`: trend, categories or capacity");
    };
  }

  @Override
  public String html(String week) throws Exception {
    WeeklyFigures f = compute(week);
    return ReportHtml.page(f, Charts.trend(f), Charts.categories(f), Charts.capacity(f));
  }

  @Override
  public Digest digest(String week) throws Exception {
    return digest(compute(week));
  }

  /** The chat post of already computed figures. */
  public Digest digest(WeeklyFigures f) throws java.io.IOException, StoreException {
    String url =
        reportUrlBase == null || reportUrlBase.isBlank()
            ? null
            : links.track(
                reportUrlBase + f.week(), "Weekly summary " + f.week(), "report", "weekly-post");
    String text = ReportText.digest(f) + (url == null ? "" : "Full report: " + url + "\n");
    return new Digest(f.week(), text, Charts.trend(f), Charts.alt(f, Charts.TREND), url);
  }
}
