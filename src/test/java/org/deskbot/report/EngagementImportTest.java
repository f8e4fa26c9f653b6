package org.deskbot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading {@code date,resource,kind,count}: good rows, bad rows by their line, titles. */
class EngagementImportTest {
  static final List<EngagementImport.ContentLink> CONTENT =
      List.of(
          new EngagementImport.ContentLink(
              "https://www.youtube.com/watch?v=aB3dE5fG7hI&t=60s",
              "Printing from a Chromebook — Sending a print job",
              "Printing from a Chromebook"),
          new EngagementImport.ContentLink(
              "https://news.example.org/2026-11#wifi", "When the wifi drops", "November tips"),
          new EngagementImport.ContentLink(
              "https://help.example.org/faq/sso", "How do I sign in with SSO?", ""));

  @Test
  void readsRowsAndReportsBadOnesByTheirLine() {
    String csv =
        """
        date,resource,kind,count
        2026-11-16,https://news.example.org/2026-11,newsletter-open,412
        2026-11-17,https://www.youtube.com/watch?v=aB3dE5fG7hI,video-view,35
        2026-11-31,https://help.example.org/faq/sso,page-view,3
        2026-11-18,not a url,page-view,3

        2026-11-18,https://help.example.org/faq/sso/,page-view,-1
        2026-11-18,https://help.example.org/faq/sso,video-watch,3
        2026-11-19,https://help.example.org/faq/sso/,page-view,7
        2026-11-19,https://help.example.org/faq/sso,page-view,8
        2026-11-20,"https://lms.example.org/course/view.php?id=7",module-completion,4
        """;
    EngagementImport.Parsed p = EngagementImport.parse(csv, CONTENT);
    assertEquals(
        List.of(
            new EngagementImport.Problem(4, "`date` is not a date: `2026-11-31` (use 2026-11-16)"),
            new EngagementImport.Problem(
                5, "`resource` is not a web address: `not a url` (use the page's https://... URL)"),
            new EngagementImport.Problem(7, "`count` must be 0 or more, not -1"),
            new EngagementImport.Problem(
                8,
                "`kind` must be newsletter-open, video-view, module-completion or page-view, not `video-watch`"),
            new EngagementImport.Problem(
                10, "the same date, resource and kind as line 9 (give each once)")),
        p.problems());
    assertEquals(
        List.of(
            new EngagementStore.Count(
                LocalDate.parse("2026-11-16"),
                "https://news.example.org/2026-11",
                EngagementStore.Kind.NEWSLETTER_OPEN,
                412,
                "November tips"),
            new EngagementStore.Count(
                LocalDate.parse("2026-11-17"),
                "https://www.youtube.com/watch?v=aB3dE5fG7hI",
                EngagementStore.Kind.VIDEO_VIEW,
                35,
                "Printing from a Chromebook"),
            new EngagementStore.Count(
                LocalDate.parse("2026-11-19"),
                "https://help.example.org/faq/sso",
                EngagementStore.Kind.PAGE_VIEW,
                7,
                "How do I sign in with SSO?"),
            new EngagementStore.Count(
                LocalDate.parse("2026-11-20"),
                "https://lms.example.org/course/view.php?id=7",
                EngagementStore.Kind.MODULE_COMPLETION,
                4,
                "")),
        p.counts());
  }

  @Test
  void aTipLinkIsNamedByTheTipAndAVideoTimeIsDropped() {
    assertEquals(
        "When the wifi drops",
        EngagementImport.title("https://news.example.org/2026-11#wifi", CONTENT));
    assertEquals(
        "https://www.youtube.com/watch?v=aB3dE5fG7hI",
        EngagementImport.resource("https://www.youtube.com/watch?v=aB3dE5fG7hI&t=95s"));
  }

  @Test
  void aHeaderWithoutTheColumnsIsOneProblemOnLineOne() {
    EngagementImport.Parsed p =
        EngagementImport.parse("\uFEFFday,url,count\n2026-11-16,x,1\n", CONTENT);
    assertEquals(
        List.of(
            new EngagementImport.Problem(
                1, "the header has no `date` column (need date,resource,kind,count)")),
        p.problems());
    assertEquals(List.of(), p.counts());
  }

  @Test
  void columnsAreFoundByNameInAnyOrderWithABomAndCrlf() {
    EngagementImport.Parsed p =
        EngagementImport.parse(
            "\uFEFFKind,Count,Date,Resource\r\nvideo-view,9,2026-11-16,https://youtu.be/x\r\n",
            List.of());
    assertEquals(List.of(), p.problems());
    assertEquals(9, p.counts().get(0).count());
    assertEquals("https://youtu.be/x", p.counts().get(0).resource());
  }
}
