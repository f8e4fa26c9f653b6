package org.deskbot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.deskbot.report.EngagementStore.Count;
import org.deskbot.report.EngagementStore.Kind;
import org.junit.jupiter.api.Test;

/** The real export formats in ../shared/fixtures/exports (invented data), read into counts. */
class EngagementExportsTest {
  static final Path EXPORTS = Path.of("../shared/fixtures/exports");

  static String fixture(String name) throws Exception {
    Path p = EXPORTS.resolve(name);
    assumeTrue(Files.isRegularFile(p), "no fixture " + p);
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  static EngagementImport.Parsed read(
      EngagementExports.Source s, String file, String resource, String date) throws Exception {
    return EngagementExports.read(
        s,
        fixture(file),
        new EngagementExports.Options(resource, date == null ? null : LocalDate.parse(date)),
        List.of(
            new EngagementImport.ContentLink(
                "https://youtu.be/k3JfQ8vLw2A?t=30",
                "Clever badges — Logging in",
                "How to Log In with Your Clever Badge")));
  }

  @Test
  void mailchimpCampaignReportGivesRecipientsWhoOpenedOnTheDeliveryDate() throws Exception {
    var p =
        read(
            EngagementExports.Source.MAILCHIMP,
            "mailchimp-campaign-report.csv",
            "https://news.example-district.org/2025-10/",
            null);
    assertEquals(List.of(), p.problems());
    assertEquals(
        List.of(
            new Count(
                LocalDate.parse("2025-10-14"),
                "https://news.example-district.org/2025-10",
                Kind.NEWSLETTER_OPEN,
                1033,
                "")),
        p.counts());
  }

  @Test
  void mailchimpNeedsTheIssueUrl() throws Exception {
    fixture("mailchimp-campaign-report.csv"); // skips without ../shared, outside assertThrows
    var e =
        assertThrows(
            EngagementExports.WrongExport.class,
            () ->
                read(
                    EngagementExports.Source.MAILCHIMP,
                    "mailchimp-campaign-report.csv",
                    null,
                    null));
    assertEquals(
        "a mailchimp export does not say where it is online: give --resource, the newsletter issue's URL",
        e.getMessage());
  }

  @Test
  void youtubeTableDataCountsViewsOnTheDateGivenSkippingTheTotalRow() throws Exception {
    var p =
        read(EngagementExports.Source.YOUTUBE, "youtube-studio-table-data.csv", null, "2025-10-12");
    assertEquals(List.of(), p.problems());
    assertEquals(7, p.counts().size());
    LocalDate day = LocalDate.parse("2025-10-12");
    // the content links this video as youtu.be: its form is kept so the report joins them
    assertEquals(
        new Count(
            day,
            "https://youtu.be/k3JfQ8vLw2A",
            Kind.VIDEO_VIEW,
            212,
            "How to Log In with Your Clever Badge"),
        p.counts().get(0));
    // a leading space before an id that starts with '-'; the export's title when the content has
    // none
    assertEquals(
        new Count(
            day,
            "https://www.youtube.com/watch?v=-d9HcVbL4sQ",
            Kind.VIDEO_VIEW,
            96,
            "Chromebook Won't Connect to Wi-Fi? Try This #shorts"),
        p.counts().get(2));
    assertEquals("Fixing \"Access Denied\" in Clever", p.counts().get(4).title());
    assertEquals(6, p.counts().get(6).count());
  }

  @Test
  void youtubeTableDataWithoutADateIsAUsageProblem() throws Exception {
    fixture("youtube-studio-table-data.csv"); // skips without ../shared, outside assertThrows
    var e =
        assertThrows(
            EngagementExports.WrongExport.class,
            () ->
                read(
                    EngagementExports.Source.YOUTUBE, "youtube-studio-table-data.csv", null, null));
    assertEquals(
        "this YouTube export has no Date column: give --date, the day to count its views on (e.g. the last day of the export's range)",
        e.getMessage());
  }

  @Test
  void youtubeChartDataCountsEachDay() throws Exception {
    var p = read(EngagementExports.Source.YOUTUBE, "youtube-studio-chart-data.csv", null, null);
    assertEquals(List.of(), p.problems());
    assertEquals(14, p.counts().size());
    assertEquals(
        new Count(
            LocalDate.parse("2025-10-06"),
            "https://www.youtube.com/watch?v=Tq7nR2xWp0E",
            Kind.VIDEO_VIEW,
            27,
            "Canva for Education: Invite Your Class in 2 Minutes"),
        p.counts().get(7));
    assertEquals(
        41 + 38 + 35 + 33 + 29 + 19 + 17,
        p.counts().subList(0, 7).stream().mapToLong(Count::count).sum());
  }

  @Test
  void moodleCompletionReportCountsCourseCompletionsPerDate() throws Exception {
    var p =
        read(
            EngagementExports.Source.MOODLE,
            "moodle-course-completion.csv",
            "https://lms.example-district.org/course/view.php?id=42",
            null);
    assertEquals(List.of(), p.problems());
    String course = "https://lms.example-district.org/course/view.php?id=42";
    assertEquals(
        List.of(
            new Count(LocalDate.parse("2025-09-04"), course, Kind.MODULE_COMPLETION, 1, ""),
            new Count(LocalDate.parse("2025-09-08"), course, Kind.MODULE_COMPLETION, 1, ""),
            new Count(LocalDate.parse("2025-10-02"), course, Kind.MODULE_COMPLETION, 1, "")),
        p.counts());
  }

  @Test
  void aMoodleDateThatDoesNotParseIsReportedByItsLine() {
    var p =
        EngagementExports.read(
            EngagementExports.Source.MOODLE,
            "\uFEFFID,Name,\"Course complete\"\n1,\"A B\",\"2025-09-04 07:58:13\"\n2,\"C D\",soon\n3,\"E F\",\n4,\"G H\",\"03/09/25, 15:42\"\n",
            new EngagementExports.Options("https://lms.example.org/c/1", null),
            List.of());
    assertEquals(
        List.of(new EngagementImport.Problem(3, "`Course complete` is not a date: `soon`")),
        p.problems());
    assertEquals(
        List.of(LocalDate.parse("2025-09-03"), LocalDate.parse("2025-09-04")),
        p.counts().stream().map(Count::date).toList());
  }

  @Test
  void theRowsPrintAsAFileImportReadsBack() throws Exception {
    var p = read(EngagementExports.Source.YOUTUBE, "youtube-studio-chart-data.csv", null, null);
    String csv = EngagementImport.csv(p.counts());
    assertEquals(
        "date,resource,kind,count\n2025-10-06,https://youtu.be/k3JfQ8vLw2A,video-view,41\n",
        csv.substring(0, csv.indexOf('\n', csv.indexOf('\n') + 1) + 1));
    var back =
        EngagementImport.parse(
            csv,
            List.of(
                new EngagementImport.ContentLink(
                    "https://youtu.be/k3JfQ8vLw2A?t=30",
                    "x",
                    "How to Log In with Your Clever Badge")));
    assertEquals(List.of(), back.problems());
    assertEquals(
        p.counts().stream().map(c -> c.date() + c.resource() + c.count()).toList(),
        back.counts().stream().map(c -> c.date() + c.resource() + c.count()).toList());
  }
}
