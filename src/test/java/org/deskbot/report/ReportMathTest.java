package org.deskbot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deskbot.config.ConfigException;
import org.deskbot.config.ConfigSource;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic under the weekly figures: weeks, school hours, the significance test, gap
 * grouping.
 */
class ReportMathTest {
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final SchoolCalendar CAL =
      new SchoolCalendar(
          CHICAGO, LocalTime.of(8, 0), LocalTime.of(16, 0), Set.of(LocalDate.parse("2026-11-26")));

  static Instant at(String s) {
    return LocalDateTime.parse(s).atZone(CHICAGO).toInstant();
  }

  @Test
  void isoWeeks() {
    assertEquals(LocalDate.parse("2026-11-16"), Week.parse("2026-W47").monday());
    assertEquals("2026-W47", Week.parse("2026w47").toString());
    assertEquals(LocalDate.parse("2020-12-28"), Week.parse("2020-W53").monday());
    assertEquals(
        "2026-W01", Week.of(LocalDate.parse("2026-01-01")).toString()); // Thursday: week 1 of 2026
    assertEquals("2026-W53", Week.of(LocalDate.parse("2027-01-01")).toString());
    assertThrows(IllegalArgumentException.class, () -> Week.parse("2026-W54"));
    assertThrows(IllegalArgumentException.class, () -> Week.parse("last week"));
    assertEquals("2026-W47", Week.lastComplete(at("2026-11-23T06:59:00"), CHICAGO).toString());
    assertEquals("2026-W47", Week.lastComplete(at("2026-11-29T23:59:00"), CHICAGO).toString());
  }

  @Test
  void schoolHours() {
    assertEquals(2.0, CAL.hoursBetween(at("2026-11-17T09:00:00"), at("2026-11-17T11:00:00")));
    assertEquals(
        1.0,
        CAL.hoursBetween(at("2026-11-17T06:00:00"), at("2026-11-17T09:00:00")),
        "before school does not count");
    assertEquals(
        8.0,
        CAL.hoursBetween(at("2026-11-20T12:00:00"), at("2026-11-23T12:00:00")),
        "the weekend does not count");
    assertEquals(
        5.0,
        CAL.hoursBetween(at("2026-11-25T12:00:00"), at("2026-11-27T09:00:00")),
        "Thanksgiving (the 26th) does not count");
    assertEquals(0.0, CAL.hoursBetween(at("2026-11-17T11:00:00"), at("2026-11-17T09:00:00")));
    assertEquals(at("2026-11-24T16:00:00"), CAL.schoolDaysAfter(at("2026-11-20T10:00:00"), 2));
    assertEquals(
        at("2026-11-30T16:00:00"),
        CAL.schoolDaysAfter(at("2026-11-25T10:00:00"), 2),
        "holiday and weekend skipped");
  }

  @Test
  void twoProportionTest() {
    // p1 = .3, p2 = .1, pooled .2: z = .2 / sqrt(.2 * .8 * (1/100 + 1/100)) = 3.5355, two-sided p =
    // 0.000407
    assertEquals(0.000407, Significance.pValue(30, 100, 10, 100), 0.000002);
    assertTrue(Significance.significant(30, 100, 10, 100));
    assertEquals(1.0, Significance.pValue(0, 0, 5, 10), "an empty week has no test");
    assertEquals(1.0, Significance.pValue(0, 10, 0, 40), "no variance");
    assertFalse(Significance.significant(4, 10, 1, 40), "below the minimum counts");
    assertEquals(0.5, Significance.normalCdf(0), 1e-7);
    assertEquals(0.975, Significance.normalCdf(1.959964), 1e-6);
  }

  @Test
  void gapsGroupSimilarQuestionsLargestFirst() {
    List<WeeklyFigures.Gap> g =
        Gaps.group(
            List.of(
                new ReportStore.Unanswered(
                    "how do I set up the new 3D printer in the library", "other"),
                new ReportStore.Unanswered("smartboard pens stopped working", "av-display"),
                new ReportStore.Unanswered("the library 3D printer won't start a print", "other"),
                new ReportStore.Unanswered(null, "other"),
                new ReportStore.Unanswered("who can train us on the library 3d printer?", "other")),
            10);
    assertEquals(2, g.size());
    assertEquals(3, g.get(0).size());
    assertEquals(List.of("library", "printer", "print"), g.get(0).keywords());
    assertEquals("how do I set up the new 3D printer in the library", g.get(0).examples().get(0));
    assertEquals(1, g.get(1).size());
  }

  @Test
  void settingsFromYamlAndEnvironment() throws Exception {
    ReportSettings s =
        ReportSettings.load(
            new ConfigSource(
                Map.of(
                    "district",
                    Map.of(
                        "timezone",
                        "America/Denver",
                        "holidays",
                        List.of("2026-12-21..2026-12-23", "2027-01-01"))),
                Map.of("DESKBOT_REPORT_TIME", "6:30")));
    assertEquals(ZoneId.of("America/Denver"), s.zone());
    assertEquals(4, s.holidays().size());
    assertEquals(LocalTime.of(6, 30), s.postTime());
    ConfigException bad =
        assertThrows(
            ConfigException.class,
            () ->
                ReportSettings.load(
                    new ConfigSource(Map.of(), Map.of("DESKBOT_TIMEZONE", "Mars/Olympus"))));
    assertEquals(
        "district.timezone (DESKBOT_TIMEZONE) must be a time zone such as America/Chicago, not `Mars/Olympus`",
        bad.getMessage());
    assertThrows(
        ConfigException.class,
        () ->
            ReportSettings.load(
                new ConfigSource(Map.of(), Map.of("DESKBOT_SCHOOL_DAY_END", "07:00"))));
  }
}
