package org.deskbot.report;

import java.util.List;

/**
 * One week's figures, exactly as {@code deskbot report --format json} prints them. Rates and
 * medians are null when there is nothing to divide or take the middle of: never NaN.
 */
public record WeeklyFigures(
    String week,
    String from,
    String to,
    String timeZone,
    long questions,
    long notQuestions,
    long answered,
    long unanswered,
    long confirmedDeflections,
    long probableDeflections,
    long escalations,
    long escalationsFromBot,
    long ticketsOpened,
    long ticketsResolved,
    Double deflectionRate,
    Double probableRate,
    long minutesSpent,
    Double medianFirstResponseHours,
    Double medianResolutionHours,
    double timeSavedMinutes,
    TimeSaved timeSaved,
    List<CategoryShift> categories,
    List<Gap> gaps,
    long gapsWithoutText,
    List<ResourceUse> resources,
    List<TrendPoint> trend,
    Engagement engagement,
    long listened,
    long answeredUnasked,
    Sessions events,
    ReportStore.ChampionWork champions) {

  /**
   * The week's use of the asynchronous supports.
   *
   * @param clicksCounted false when links go out untracked (no {@code server.public_url}): clicks
   *     are then 0 because nobody counted them
   * @param byResource counts per resource and kind, largest first
   */
  public record Engagement(
      boolean clicksCounted,
      EngagementStore.Usage use,
      List<EngagementStore.ResourceCount> byResource) {}

  /** One week of the capacity picture: the team's tickets and minutes beside the async uses. */
  public record CapacityPoint(String week, long ticketsOpened, long minutesSpent, long asyncUses) {}

  /** The trend's weeks as the capacity picture, oldest first. */
  public List<CapacityPoint> capacity() {
    return trend.stream()
        .map(
            p ->
                new CapacityPoint(
                    p.week(), p.ticketsOpened(), p.minutesSpent(), p.use().asyncUses()))
        .toList();
  }

  /**
   * Live sessions (office hours, workshops) offered in the week's answers, and how many of those
   * links teachers opened.
   *
   * @param clicked opened session links; 0 while links are not tracked ({@code tracked} false)
   * @param tracked whether deskbot's links are tracked, so that clicks can be counted at all
   */
  public record Sessions(long offered, long clicked, boolean tracked) {
    /** Offered sessions, clicks not counted (the links are not tracked). */
    public static Sessions untracked(long offered) {
      return new Sessions(offered, 0, false);
    }
  }

  /**
   * A category's share of the week's questions and tickets against the trailing 4 weeks.
   *
   * @param pValue the two-sided p-value of the two-proportion z test (1 when it cannot be computed)
   * @param significant p &lt; 0.05 and enough counts to trust it
   * @param direction "up", "down" or "same"
   * @param firstSeen the category did not occur in the baseline weeks
   */
  public record CategoryShift(
      String category,
      long count,
      double share,
      long baselineCount,
      double baselineShare,
      double pValue,
      boolean significant,
      String direction,
      boolean firstSeen) {}

  /** A group of similar questions the content did not answer. */
  public record Gap(int size, String category, List<String> keywords, List<String> examples) {}

  /** The time-saved estimate with its formula and each category's part. */
  public record TimeSaved(String formula, List<Saving> parts) {}

  /**
   * @param basis "category" (that category's own tickets), "all categories" (none of its own were
   *     resolved in the 8 weeks) or "no resolved tickets" (nothing to estimate from: 0)
   */
  public record Saving(
      String category, long confirmed, double medianMinutes, String basis, double minutes) {}

  /** A linked resource, how often it solved things, and how often its link was clicked. */
  public record ResourceUse(
      String title, String url, String type, long linked, long solved, long clicks) {}

  /** One week of the 12-week trend. */
  public record TrendPoint(
      String week,
      long questions,
      long confirmedDeflections,
      Double deflectionRate,
      long ticketsOpened,
      long ticketsResolved,
      long minutesSpent,
      EngagementStore.Usage use) {}
}
