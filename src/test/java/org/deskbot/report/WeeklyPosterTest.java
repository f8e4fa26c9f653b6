package org.deskbot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When the weekly summary is due, and that each week is posted once ever. */
class WeeklyPosterTest {
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  static Instant at(String s) {
    return LocalDateTime.parse(s).atZone(CHICAGO).toInstant();
  }

  /** A store with nothing in it. */
  static final ReportStore EMPTY =
      new ReportStore() {
        public Counts counts(Instant f, Instant t) {
          return new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        public Map<String, Long> categories(Instant f, Instant t) {
          return Map.of();
        }

        public Map<String, Long> confirmedByCategory(Instant f, Instant t) {
          return Map.of();
        }

        public List<Silent> silent(Instant f, Instant t) {
          return List.of();
        }

        public List<Opened> opened(Instant f, Instant t) {
          return List.of();
        }

        public List<Timing> firstResponded(Instant f, Instant t) {
          return List.of();
        }

        public List<Timing> resolved(Instant f, Instant t) {
          return List.of();
        }

        public Map<String, List<Integer>> minutes(Instant f, Instant t) {
          return Map.of();
        }

        public List<Unanswered> unanswered(Instant f, Instant t) {
          return List.of();
        }

        public List<Resource> resources(Instant f, Instant t, int limit) {
          return List.of();
        }
      };

  @Test
  void dueMondaysAtSevenDistrictTimeAndPostedOnce() throws Exception {
    ReportSettings settings = ReportSettings.defaults(CHICAGO);
    Set<String> seen = new HashSet<>();
    List<Digest> posted = new ArrayList<>();
    int[] platforms = {0};
    Clock clock = Clock.fixed(at("2026-11-25T12:00:00"), ZoneOffset.UTC);
    WeeklyPoster poster =
        new WeeklyPoster(
            new WeeklyReports(EMPTY, settings, clock, "https://desk.example/reports/"),
            settings,
            new WeeklyPoster.Channel() {
              public boolean first(String key) {
                return seen.add(key);
              }

              public int post(Digest d) {
                posted.add(d);
                return 1;
              }

              public int platforms() {
                return platforms[0];
              }
            });

    assertEquals(at("2026-11-23T07:00:00"), poster.lastDue(at("2026-11-25T12:00:00")));
    assertEquals(at("2026-11-16T07:00:00"), poster.lastDue(at("2026-11-23T06:59:00")));
    assertEquals(at("2026-11-23T07:00:00"), poster.lastDue(at("2026-11-23T07:00:00")));
    assertEquals(at("2026-11-30T07:00:00"), poster.nextDue(at("2026-11-23T07:00:01")));
    assertEquals(
        at("2026-11-09T07:00:00"),
        poster.nextDue(at("2026-11-02T07:00:00")),
        "across the end of daylight saving time");
    assertEquals("2026-W47", poster.weekPostedAt(at("2026-11-23T07:00:00")).toString());

    // No chat platform yet: nothing is posted, and the week is not marked as posted.
    assertEquals(
        "2026-W47: no chat platform to post to", poster.postFor(poster.lastDue(clock.instant())));
    assertEquals(Set.of(), seen);
    platforms[0] = 1;
    // The server was down on Monday: the missed post is made on start, and only once.
    assertEquals("2026-W47 posted to 1 platform", poster.postFor(poster.lastDue(clock.instant())));
    assertEquals("2026-W47 was already posted", poster.postFor(poster.lastDue(clock.instant())));
    assertEquals(1, posted.size());
    Digest d = posted.get(0);
    assertEquals("2026-W47", d.week());
    assertEquals("https://desk.example/reports/2026-W47", d.reportUrl());
    assertEquals(
        true,
        d.text().contains("0 questions") && d.chartPng().length > 1000 && !d.chartAlt().isBlank(),
        d.text());
  }
}
