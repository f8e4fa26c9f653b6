package org.deskbot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The capacity picture: async uses summed, and whether they move with the tickets, said plainly.
 */
class CapacityTest {
  static EngagementStore.Usage use(long clicks, long opens, long views, long done, long pages) {
    return new EngagementStore.Usage(clicks, 0, opens, views, done, pages);
  }

  static WeeklyFigures figures(List<EngagementStore.Usage> uses, long[] tickets, long[] minutes) {
    List<WeeklyFigures.TrendPoint> trend = new ArrayList<>();
    for (int i = 0; i < uses.size(); i++) {
      trend.add(
          new WeeklyFigures.TrendPoint(
              "2026-W" + (36 + i), 0, 0, null, tickets[i], 0, minutes[i], uses.get(i)));
    }
    return new WeeklyFigures(
        "2026-W47",
        "",
        "",
        "UTC",
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        null,
        null,
        0,
        null,
        null,
        0,
        new WeeklyFigures.TimeSaved("", List.of()),
        List.of(),
        List.of(),
        0,
        List.of(),
        trend,
        new WeeklyFigures.Engagement(true, uses.get(uses.size() - 1), List.of()),
        0,
        0,
        WeeklyFigures.Sessions.untracked(0),
        new ReportStore.ChampionWork(0, 0, 0, 0));
  }

  @Test
  void asyncUsesAreClicksOpensViewsCompletionsAndPageViews() {
    assertEquals(1 + 2 + 4 + 8 + 16, use(1, 2, 4, 8, 16).asyncUses());
    WeeklyFigures f =
        figures(
            List.of(use(1, 2, 4, 8, 16), use(0, 0, 0, 0, 3)),
            new long[] {5, 6},
            new long[] {50, 60});
    assertEquals(
        List.of(
            new WeeklyFigures.CapacityPoint("2026-W36", 5, 50, 31),
            new WeeklyFigures.CapacityPoint("2026-W37", 6, 60, 3)),
        f.capacity());
  }

  @Test
  void moreUseWithFewerTicketsIsSaidAsMovingOppositeAndNotAsACause() {
    WeeklyFigures f =
        figures(
            List.of(
                use(10, 0, 0, 0, 0), use(20, 0, 0, 0, 0), use(30, 0, 0, 0, 0), use(40, 0, 0, 0, 0)),
            new long[] {8, 6, 4, 2},
            new long[] {40, 40, 40, 40});
    Capacity.Together t = Capacity.of(f);
    assertEquals(4, t.weeks());
    assertEquals(-1.0, t.tickets());
    assertNull(t.minutes());
    assertTrue(
        t.text()
            .startsWith(
                "Over the 4 weeks with async use counted, weeks with more async use had fewer tickets opened (correlation -1.00), and minutes spent cannot be compared"),
        t.text());
    assertTrue(t.text().contains("not proof that one causes the other"), t.text());
  }

  @Test
  void tooFewWeeksSaysSo() {
    WeeklyFigures f =
        figures(
            List.of(use(0, 0, 0, 0, 0), use(0, 0, 0, 0, 0), use(5, 0, 0, 0, 0)),
            new long[] {1, 2, 3},
            new long[] {1, 2, 3});
    Capacity.Together t = Capacity.of(f);
    assertNull(t.tickets());
    assertTrue(
        t.text().startsWith("Async use was counted in 1 of the 3 weeks: too few to say"), t.text());
  }

  @Test
  void pearsonCorrelationByHand() {
    // x = 1,2,3,4 ; y = 2,4,5,9: sxy = 4.5+0.5+0+6 = 11, sxx = 5, syy = 9+1+0+16 = 26 -> 11 /
    // sqrt(130) = 0.965
    List<WeeklyFigures.CapacityPoint> weeks =
        List.of(
            new WeeklyFigures.CapacityPoint("a", 2, 0, 1),
            new WeeklyFigures.CapacityPoint("b", 4, 0, 2),
            new WeeklyFigures.CapacityPoint("c", 5, 0, 3),
            new WeeklyFigures.CapacityPoint("d", 9, 0, 4));
    assertEquals(0.96, Capacity.correlation(weeks, WeeklyFigures.CapacityPoint::ticketsOpened));
  }
}
