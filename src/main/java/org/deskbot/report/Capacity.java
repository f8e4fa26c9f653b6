package org.deskbot.report;

import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * Whether the async supports' use and the team's tickets and minutes move together over the trend
 * weeks: a correlation, said plainly, and never as a cause.
 */
public final class Capacity {
  private Capacity() {}

  /** Fewer weeks with async use counted than this, and nothing is said about moving together. */
  static final int MIN_WEEKS = 4;

  /** A correlation weaker than this (either sign) is "no clear movement together". */
  static final double CLEAR = 0.3;

  /**
   * @param weeks the weeks compared (those with any async use counted)
   * @param tickets Pearson correlation of async uses and tickets opened; null when it cannot be
   *     computed
   * @param minutes the same with minutes spent
   * @param text the plain sentence the report prints
   */
  public record Together(int weeks, Double tickets, Double minutes, String text) {}

  public static Together of(WeeklyFigures f) {
    List<WeeklyFigures.CapacityPoint> counted =
        f.capacity().stream().filter(p -> p.asyncUses() > 0).toList();
    String caveat =
        " A correlation over a few weeks is not proof that one causes the other: the school calendar,"
            + " a new tool or a newsletter can move both.";
    if (counted.size() < MIN_WEEKS) {
      return new Together(
          counted.size(),
          null,
          null,
          "Async use was counted in "
              + counted.size()
              + " of the "
              + f.capacity().size()
              + " weeks: too few to say whether it moves with the tickets and minutes."
              + caveat);
    }
    Double tickets = correlation(counted, WeeklyFigures.CapacityPoint::ticketsOpened);
    Double minutes = correlation(counted, WeeklyFigures.CapacityPoint::minutesSpent);
    String text =
        "Over the "
            + counted.size()
            + " weeks with async use counted, "
            + phrase(tickets, "tickets opened")
            + ", and "
            + phrase(minutes, "minutes spent")
            + "."
            + caveat;
    return new Together(counted.size(), tickets, minutes, text);
  }

  private static String phrase(Double r, String what) {
    if (r == null) {
      return what + " cannot be compared with async use (one of them never changed)";
    }
    String value = String.format(Locale.ROOT, " (correlation %.2f)", r);
    if (r <= -CLEAR) {
      return "weeks with more async use had fewer " + what + value;
    }
    if (r >= CLEAR) {
      return "weeks with more async use also had more " + what + value;
    }
    return "async use and " + what + " did not move together clearly" + value;
  }

  /** Pearson's r of async uses against another figure; null when either does not vary. */
  static Double correlation(
      List<WeeklyFigures.CapacityPoint> weeks, ToLongFunction<WeeklyFigures.CapacityPoint> other) {
    int n = weeks.size();
    double mx =
        weeks.stream().mapToLong(WeeklyFigures.CapacityPoint::asyncUses).average().orElse(0);
    double my = weeks.stream().mapToLong(other).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (WeeklyFigures.CapacityPoint p : weeks) {
      double dx = p.asyncUses() - mx;
      double dy = other.applyAsLong(p) - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    if (n < 2 || sxx == 0 || syy == 0) {
      return null;
    }
    return Measures.round(sxy / Math.sqrt(sxx * syy), 2);
  }
}
