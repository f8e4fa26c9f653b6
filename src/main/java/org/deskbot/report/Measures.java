package org.deskbot.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.deskbot.escalate.StoreException;

/**
 * Computes a week's figures from the store, by the definitions in {@link Definitions}.
 *
 * @param clicksCounted whether the links deskbot sends are tracked (else clicks read 0 because
 *     nobody counted them, and the report says so)
 */
public record Measures(
    ReportStore store, EngagementStore engagement, boolean clicksCounted, SchoolCalendar calendar) {
  /** Weeks in the category baseline. */
  public static final int BASELINE_WEEKS = 4;

  /** Weeks of resolved tickets behind the minutes-per-ticket medians of the time-saved estimate. */
  public static final int MINUTES_WEEKS = 8;

  /** Weeks in the trend. */
  public static final int TREND_WEEKS = 12;

  /**
   * A confirmed deflection does not count when a ticket came from its thread within this many days.
   */
  public static final int CONFIRM_DAYS = 7;

  /**
   * A silent answer is a probable deflection when no ticket follows within this many school days.
   */
  public static final int PROBABLE_SCHOOL_DAYS = 2;

  static final int GAPS = 10;
  static final int RESOURCES = 15;
  static final int ENGAGED_RESOURCES = 20;

  /** Figures without engagement: nothing imported, clicks not counted. */
  public Measures(ReportStore store, SchoolCalendar calendar) {
    this(store, EngagementStore.NONE, false, calendar);
  }

  /** The week's use of the async supports. */
  private EngagementStore.Usage use(Week w) throws StoreException {
    ZoneId zone = calendar.zone();
    return engagement.usage(w.start(zone), w.end(zone), w.monday(), w.sunday());
  }

  public WeeklyFigures week(Week week) throws StoreException {
    ZoneId zone = calendar.zone();
    Instant from = week.start(zone);
    Instant to = week.end(zone);
    // The 11 earlier weeks of the trend are counted on a second connection while this week is
    // measured.
    java.util.concurrent.ExecutorService side =
        java.util.concurrent.Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().factory());
    java.util.concurrent.Future<List<ReportStore.Counts>> earlier =
        side.submit(
            () -> {
              List<ReportStore.Counts> out = new ArrayList<>();
              for (int k = TREND_WEEKS - 1; k >= 1; k--) {
                Week w = week.minus(k);
                out.add(store.counts(w.start(zone), w.end(zone)));
              }
              return out;
            });
    java.util.concurrent.Future<List<EngagementStore.Usage>> earlierUse =
        side.submit(
            () -> {
              List<EngagementStore.Usage> out = new ArrayList<>();
              for (int k = TREND_WEEKS - 1; k >= 1; k--) {
                out.add(use(week.minus(k)));
              }
              return out;
            });
    side.shutdown();
    ReportStore.Counts counts = store.counts(from, to);
    long probable = probable(from, to);
    ReportStore.Listening listening = store.listening(from, to);

    List<Double> firstResponse =
        store.firstResponded(from, to).stream()
            .map(t -> calendar.hoursBetween(t.created(), t.firstResponse()))
            .toList();
    List<Double> resolution =
        store.resolved(from, to).stream()
            .map(t -> calendar.hoursBetween(t.created(), t.resolved()))
            .toList();

    WeeklyFigures.TimeSaved saved = timeSaved(week, from, to);
    double savedMinutes =
        round(saved.parts().stream().mapToDouble(WeeklyFigures.Saving::minutes).sum(), 1);

    Map<String, Long> now = store.categories(from, to);
    Map<String, Long> baseline = store.categories(week.minus(BASELINE_WEEKS).start(zone), from);
    List<WeeklyFigures.CategoryShift> categories = shifts(now, baseline);

    List<ReportStore.Unanswered> unanswered = store.unanswered(from, to);
    List<WeeklyFigures.Gap> gaps = Gaps.group(unanswered, GAPS);
    long withoutText = unanswered.stream().filter(u -> u.question() == null).count();

    Map<String, Long> clicks = engagement.clicksByTarget(from, to);
    List<WeeklyFigures.ResourceUse> resources =
        store.resources(from, to, RESOURCES).stream()
            .map(
                r ->
                    new WeeklyFigures.ResourceUse(
                        r.title(),
                        r.url(),
                        r.type(),
                        r.linked(),
                        r.solved(),
                        clicks.getOrDefault(r.url(), 0L)))
            .toList();
    EngagementStore.Usage use = use(week);
    WeeklyFigures.Engagement engaged =
        new WeeklyFigures.Engagement(
            clicksCounted,
            use,
            engagement.byResource(from, to, week.monday(), week.sunday(), ENGAGED_RESOURCES));

    List<ReportStore.Counts> before;
    List<EngagementStore.Usage> usedBefore;
    try {
      before = earlier.get();
      usedBefore = earlierUse.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while counting the trend", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof StoreException se
          ? se
          : new StoreException("cannot count the trend: " + e.getCause(), e.getCause());
    }
    List<WeeklyFigures.TrendPoint> trend = new ArrayList<>();
    for (int k = TREND_WEEKS - 1; k >= 0; k--) {
      Week w = week.minus(k);
      ReportStore.Counts c = k == 0 ? counts : before.get(TREND_WEEKS - 1 - k);
      EngagementStore.Usage u = k == 0 ? use : usedBefore.get(TREND_WEEKS - 1 - k);
      trend.add(
          new WeeklyFigures.TrendPoint(
              w.toString(),
              c.questions(),
              c.confirmed(),
              rate(c.confirmed(), c.questions()),
              c.ticketsOpened(),
              c.ticketsResolved(),
              c.minutesSpent(),
              u));
    }

    return new WeeklyFigures(
        week.toString(),
        week.monday().toString(),
        week.sunday().toString(),
        zone.getId(),
        counts.questions(),
        counts.notQuestions(),
        counts.answered(),
        counts.unanswered(),
        counts.confirmed(),
        probable,
        counts.ticketsOpened(),
        counts.ticketsFromBot(),
        counts.ticketsOpened(),
        counts.ticketsResolved(),
        rate(counts.confirmed(), counts.questions()),
        rate(probable, counts.questions()),
        counts.minutesSpent(),
        median(firstResponse),
        median(resolution),
        savedMinutes,
        saved,
        categories,
        gaps,
        withoutText,
        resources,
        trend,
        engaged,
        listening.heard(),
        listening.answered(),
        clicksCounted
            ? new WeeklyFigures.Sessions(
                store.eventsOffered(from, to), engagement.eventClicks(from, to), true)
            : WeeklyFigures.Sessions.untracked(store.eventsOffered(from, to)),
        store.champions(from, to));
  }

  /** Silent answers with no ticket from that teacher in that category within 2 school days. */
  private long probable(Instant from, Instant to) throws StoreException {
    List<ReportStore.Silent> silent = store.silent(from, to);
    if (silent.isEmpty()) {
      return 0;
    }
    Instant latest = silent.stream().map(ReportStore.Silent::at).max(Instant::compareTo).orElse(to);
    Instant until = calendar.schoolDaysAfter(latest, PROBABLE_SCHOOL_DAYS);
    Map<String, TreeSet<Instant>> tickets = new HashMap<>();
    for (ReportStore.Opened o : store.opened(from, until)) {
      tickets
          .computeIfAbsent(o.requester() + '\u0000' + o.category(), k -> new TreeSet<>())
          .add(o.at());
    }
    long n = 0;
    for (ReportStore.Silent s : silent) {
      TreeSet<Instant> times = tickets.get(s.user() + '\u0000' + s.category());
      Instant next = times == null ? null : times.ceiling(s.at());
      if (next == null || !next.isBefore(calendar.schoolDaysAfter(s.at(), PROBABLE_SCHOOL_DAYS))) {
        n++;
      }
    }
    return n;
  }

  private WeeklyFigures.TimeSaved timeSaved(Week week, Instant from, Instant to)
      throws StoreException {
    Map<String, Long> confirmed = store.confirmedByCategory(from, to);
    Map<String, List<Double>> minutes = new TreeMap<>();
    List<Double> all = new ArrayList<>();
    for (var e :
        store.minutes(week.minus(MINUTES_WEEKS - 1).start(calendar.zone()), to).entrySet()) {
      for (int m : e.getValue()) {
        minutes.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add((double) m);
        all.add((double) m);
      }
    }
    Double overall = median(all);
    List<WeeklyFigures.Saving> parts = new ArrayList<>();
    for (var e : confirmed.entrySet()) {
      Double own = median(minutes.getOrDefault(e.getKey(), List.of()));
      String basis =
          own != null ? "category" : overall != null ? "all categories" : "no resolved tickets";
      double m = own != null ? own : overall != null ? overall : 0;
      parts.add(
          new WeeklyFigures.Saving(e.getKey(), e.getValue(), m, basis, round(e.getValue() * m, 1)));
    }
    return new WeeklyFigures.TimeSaved(
        "time saved = sum over categories of (confirmed deflections in the category x median minutes per ticket resolved"
            + " in that category in the "
            + MINUTES_WEEKS
            + " weeks ending "
            + week.sunday()
            + "; all categories' median when the category had none)",
        parts);
  }

  private static List<WeeklyFigures.CategoryShift> shifts(
      Map<String, Long> now, Map<String, Long> baseline) {
    long n = now.values().stream().mapToLong(Long::longValue).sum();
    long nb = baseline.values().stream().mapToLong(Long::longValue).sum();
    List<WeeklyFigures.CategoryShift> out = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>(now.keySet());
    for (var e : baseline.entrySet()) {
      if (!names.contains(e.getKey())) {
        names.add(e.getKey());
      }
    }
    for (String c : names) {
      long x = now.getOrDefault(c, 0L);
      long xb = baseline.getOrDefault(c, 0L);
      double share = n == 0 ? 0 : (double) x / n;
      double bshare = nb == 0 ? 0 : (double) xb / nb;
      double p = Significance.pValue(x, n, xb, nb);
      String direction =
          n == 0 || nb == 0 || share == bshare ? "same" : share > bshare ? "up" : "down";
      out.add(
          new WeeklyFigures.CategoryShift(
              c,
              x,
              round(share, 4),
              xb,
              round(bshare, 4),
              round(p, 4),
              Significance.significant(x, n, xb, nb),
              direction,
              xb == 0 && x > 0));
    }
    out.sort(
        (a, b) ->
            a.count() != b.count()
                ? Long.compare(b.count(), a.count())
                : a.baselineCount() != b.baselineCount()
                    ? Long.compare(b.baselineCount(), a.baselineCount())
                    : a.category().compareTo(b.category()));
    return out;
  }

  static Double rate(long part, long whole) {
    return whole == 0 ? null : round((double) part / whole, 4);
  }

  static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> v = new ArrayList<>(values);
    Collections.sort(v);
    int m = v.size() / 2;
    return round(v.size() % 2 == 1 ? v.get(m) : (v.get(m - 1) + v.get(m)) / 2, 2);
  }

  static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
