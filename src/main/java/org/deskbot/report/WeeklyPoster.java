package org.deskbot.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the weekly summary to the team's channels (Monday 07:00 district time by default) when
 * {@code serve}'s chores call it: at each posting time, and at start for a post missed while the
 * server was down. Each week is posted once ever, across restarts.
 */
public record WeeklyPoster(
    WeeklyReports reports, ReportSettings settings, WeeklyPoster.Channel channel) {
  private static final Logger LOG = LoggerFactory.getLogger(WeeklyPoster.class);

  /**
   * Where the summary goes: the conversation service's outboxes and its record of handled
   * deliveries.
   */
  public interface Channel {
    /** True the first time {@code key} is seen (and marks it). */
    boolean first(String key) throws Exception;

    /** Posts through every platform; returns how many took it. */
    int post(Digest digest);

    /** How many platforms have a channel for the summary (none: nothing is posted or marked). */
    int platforms();
  }

  /** Whether {@code serve} posts the summary at all ({@code report.post}). */
  public boolean posts() {
    return settings.post();
  }

  /**
   * When the summary is posted, for the start-up line: the weekday, time and zone, and the next.
   */
  public String when(Instant next) {
    return "posted "
        + settings.postDay().toString().toLowerCase(java.util.Locale.ROOT)
        + "s at "
        + settings.postTime()
        + " "
        + settings.zone().getId()
        + "; next "
        + next.atZone(settings.zone()).toLocalDateTime();
  }

  /**
   * Posts the week reported at {@code due} unless it was posted before; returns what happened, for
   * logs and tests.
   */
  public String postFor(Instant due) {
    Week week = weekPostedAt(due);
    try {
      if (channel.platforms() == 0) {
        return week + ": no chat platform to post to";
      }
      Digest digest = reports.digest(week.toString());
      if (!channel.first("weekly-summary:" + week)) {
        return week + " was already posted";
      }
      int n = channel.post(digest);
      String said =
          n == 0
              ? week + ": no chat platform to post to"
              : week + " posted to " + n + " platform" + (n == 1 ? "" : "s");
      LOG.info("weekly summary {}", said);
      return said;
    } catch (Exception e) {
      LOG.warn("weekly summary for {} failed: {}", week, e.toString());
      return week + " failed: " + e.getMessage();
    }
  }

  /** The week a post at {@code due} reports: the last complete week before that day. */
  public Week weekPostedAt(Instant due) {
    return Week.of(due.atZone(settings.zone()).toLocalDate()).minus(1);
  }

  /** The latest posting time at or before {@code now}. */
  public Instant lastDue(Instant now) {
    ZonedDateTime local = now.atZone(settings.zone());
    LocalDate d = local.toLocalDate().with(TemporalAdjusters.previousOrSame(settings.postDay()));
    ZonedDateTime due = d.atTime(settings.postTime()).atZone(settings.zone());
    if (due.isAfter(local)) {
      due = d.minusWeeks(1).atTime(settings.postTime()).atZone(settings.zone());
    }
    return due.toInstant();
  }

  /** The first posting time after {@code now}. */
  public Instant nextDue(Instant now) {
    LocalDate d = lastDue(now).atZone(settings.zone()).toLocalDate().plusWeeks(1);
    return d.atTime(settings.postTime()).atZone(settings.zone()).toInstant();
  }
}
