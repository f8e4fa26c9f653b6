package org.deskbot.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deskbot.escalate.StoreException;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketStore;

/**
 * Twelve weeks of made-up, clearly labelled history for the demo home (platform "demo", users
 * "demo-teacher-NN"), so a new user sees a meaningful weekly report: login questions fall after the
 * newsletter tip about logging in once with Clever (week 9), Canva and Google Classroom questions
 * rise in the last week, a 3D-printer question keeps coming back unanswered (a content gap), and in
 * the last two weeks Canva questions are offered the Canva workshop of the demo's calendar. Written
 * through the stores.
 */
public final class DemoHistory {
  public static final String PLATFORM = "demo";

  /** The week (0-11) the single sign-on tip went out. */
  static final int TIP_WEEK = 8;

  private record Topic(String category, String[] questions, String results, int minutes) {
    /** What the specialist wrote on resolving: the item that answered, linked. */
    String resolution() {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("\"url\":\"([^\"]+)\"").matcher(results);
      return m.find() ? "(demo) walked them through " + m.group(1) : "(demo) fixed";
    }
  }

  /** What the specialist wrote on a question the content has no answer for. */
  private static final String FIXED_BY_HAND = "(demo) fixed by hand; nothing we publish covers it";

  private static final String NEWS = "https://news.maplevalley.example/2026-09-back-to-school";
  private static final String FAQ = "https://help.maplevalley.example/faq/";

  private static final List<Topic> TOPICS =
      List.of(
          new Topic(
              "accounts-login",
              new String[] {
                "how do i log in to clever",
                "my password expired again",
                "locked out of my account",
                "students can't log in to clever with badges",
                "how do i reset a student password"
              },
              link("tip", "Log in once with Clever", NEWS + "#log-in-once-with-clever")
                  + ","
                  + link("faq", "My password expired", FAQ + "password-expired"),
              12),
          new Topic(
              "printing",
              new String[] {
                "print from my chromebook",
                "the copier is jammed",
                "secure print is missing on my laptop"
              },
              link("faq", "How do I print from a Chromebook?", FAQ + "print-from-chromebook"),
              15),
          new Topic(
              "devices",
              new String[] {
                "chromebook won't charge",
                "student chromebook screen cracked",
                "laptop keeps asking to restart"
              },
              link("faq", "A student's Chromebook won't charge", FAQ + "chromebook-wont-charge"),
              25),
          new Topic(
              "av-display",
              new String[] {
                "connect my laptop to the panel",
                "no sound on the activpanel",
                "panel touch not working"
              },
              link(
                  "video",
                  "Connecting Your Laptop to the Promethean ActivPanel",
                  "https://www.youtube.com/watch?v=Qm7tR2xKp9L&t=92s"),
              30),
          new Topic(
              "classroom-apps",
              new String[] {
                "add a co-teacher to google classroom",
                "students can't join my canva class",
                "how do students join nearpod",
                "archive my google classroom"
              },
              link(
                      "faq",
                      "How do I add a co-teacher to my Google Classroom?",
                      FAQ + "google-classroom-add-co-teacher")
                  + ","
                  + link(
                      "module",
                      "Google Classroom essentials",
                      "https://learn.maplevalley.example/google-classroom-essentials"),
              15),
          new Topic(
              "network-wifi",
              new String[] {
                "wifi is slow in the portable", "laptop won't connect after password change"
              },
              link(
                  "faq",
                  "Slow Wi-Fi in a portable classroom",
                  FAQ + "slow-wifi-portable-classroom"),
              20),
          new Topic(
              "gradebook-sis",
              new String[] {
                "post final grades in powerschool", "attendance not saving", "progress reports due"
              },
              link(
                  "video",
                  "PowerSchool Gradebook: Entering Scores and Posting Final Grades",
                  "https://youtu.be/pS4gRd-Bk7Q?t=95"),
              20));

  private static final String[] GAPS = {
    "how do i set up the new 3d printer in the library",
    "3d printer in the library won't start a print",
    "who can train us on the library 3d printer",
    "smartboard pens stopped working in room 14",
    "can i get a document camera for my room"
  };

  /** The live session of the demo's calendar ({@code events/pd-workshops.ics}) on Canva. */
  private static final String CANVA_WORKSHOP =
      link(
          "event",
          "Canva for Education workshop: design with your class",
          "https://maplevalley.zoom.example/j/4471203385");

  /** Weeks (0-11) in which Canva questions were offered the workshop. */
  static final int WORKSHOP_WEEKS_FROM = 10;

  private static String link(String type, String title, String url) {
    return "{\"type\":\""
        + type
        + "\",\"title\":\""
        + title
        + "\",\"url\":\""
        + url
        + "\",\"score\":0.8}";
  }

  /** The links an interaction showed: a Canva question lately also got the Canva workshop. */
  private static String results(String decision, Topic topic, String question, int week) {
    List<String> links = new java.util.ArrayList<>();
    if (!decision.equals("escalate")) {
      links.add(topic.results());
    }
    if (question.contains("canva") && week >= WORKSHOP_WEEKS_FROM) {
      links.add(CANVA_WORKSHOP);
    }
    return "[" + String.join(",", links) + "]";
  }

  /** What was added. */
  public record Added(int questions, int tickets) {}

  /**
   * Writes the 12 weeks ending with {@code lastWeek}; events after {@code now} are left out (open
   * tickets stay open).
   */
  public static Added write(
      org.deskbot.report.InteractionLog log,
      TicketStore tickets,
      Week lastWeek,
      ZoneId zone,
      Instant now)
      throws StoreException {
    Random r = new Random(47);
    int questions = 0;
    int opened = 0;
    for (int w = 0; w < 12; w++) {
      Week week = lastWeek.minus(11 - w);
      Map<String, Integer> perCategory =
          Map.of(
              "accounts-login",
              w <= TIP_WEEK
                  ? 16 + r.nextInt(5)
                  : Math.max(3, 10 - 3 * (w - TIP_WEEK)) + r.nextInt(2),
              "printing",
              6 + r.nextInt(3),
              "devices",
              7 + r.nextInt(3),
              "av-display",
              5 + r.nextInt(3),
              "classroom-apps",
              (w == 11 ? 18 : 5 + w / 3) + r.nextInt(3),
              "network-wifi",
              3 + r.nextInt(3),
              "gradebook-sis",
              (w == 9 ? 12 : 4) + r.nextInt(2));
      for (Topic topic : TOPICS) {
        int n = perCategory.get(topic.category());
        for (int k = 0; k < n; k++) {
          Instant at = when(week, zone, r);
          if (at.isAfter(now)) continue;
          String user = String.format("demo-teacher-%02d", 1 + r.nextInt(40));
          double roll = r.nextDouble();
          boolean login = topic.category().equals("accounts-login");
          String decision =
              roll < (login && w > TIP_WEEK ? 0.75 : 0.6)
                  ? "answer"
                  : roll < 0.9 ? "suggest" : "escalate";
          String question = topic.questions()[r.nextInt(topic.questions().length)];
          var i =
              asked(
                  log,
                  user,
                  question,
                  topic.category(),
                  0.8,
                  decision,
                  results(decision, topic, question, w),
                  at);
          questions++;
          double fb = r.nextDouble();
          boolean escalate = decision.equals("escalate") ? r.nextDouble() < 0.7 : false;
          if (!decision.equals("escalate")) {
            if (fb < (login && w > TIP_WEEK ? 0.55 : 0.4)) {
              log.feedback(i.id(), "solved", at.plusSeconds(60 + r.nextInt(600)));
            } else if (fb < 0.52) {
              log.feedback(i.id(), "not-solved", at.plusSeconds(60 + r.nextInt(600)));
              escalate = r.nextDouble() < 0.8;
            }
          }
          if (escalate
              && ticket(
                  tickets,
                  log,
                  i,
                  user,
                  topic.category(),
                  question,
                  topic.minutes(),
                  topic.resolution(),
                  at.plusSeconds(120),
                  now,
                  r)) {
            opened++;
          }
        }
      }
      for (int k = 0; k < 3 + r.nextInt(3); k++) {
        Instant at = when(week, zone, r);
        if (at.isAfter(now)) continue;
        String user = String.format("demo-teacher-%02d", 1 + r.nextInt(40));
        var i =
            asked(
                log,
                user,
                GAPS[r.nextInt(10) < 6 ? r.nextInt(3) : 3 + r.nextInt(2)],
                "other",
                0.4,
                "escalate",
                "[]",
                at);
        questions++;
        if (ticket(
            tickets,
            log,
            i,
            user,
            "other",
            i.question(),
            20,
            FIXED_BY_HAND,
            at.plusSeconds(90),
            now,
            r)) {
          opened++;
        }
        asked(
            log,
            user,
            "thanks!",
            "",
            0,
            org.deskbot.report.Interaction.NOT_A_QUESTION,
            "[]",
            at.plusSeconds(30));
      }
    }
    opened += openQueue(log, tickets, now);
    return new Added(questions + 3, opened);
  }

  /**
   * Three tickets from the last few hours, so the team's queue is not empty on first look: two
   * open, one claimed and answered.
   */
  private static int openQueue(
      org.deskbot.report.InteractionLog log, TicketStore tickets, Instant now)
      throws StoreException {
    String[][] asked = {
      {"demo-teacher-03", "av-display", "the projector in room 12 shows no picture at all", "high"},
      {"demo-teacher-17", "printing", "the workroom copier says offline for everyone", "normal"},
      {"demo-teacher-29", "accounts-login", "a new student has no clever badge yet", "normal"}
    };
    int[] minutesAgo = {170, 65, 20};
    for (int k = 0; k < asked.length; k++) {
      Instant at = now.minusSeconds(minutesAgo[k] * 60L);
      var i = asked(log, asked[k][0], asked[k][2], asked[k][1], 0.6, "escalate", "[]", at);
      Ticket t =
          tickets.create(
              new TicketStore.NewTicket(
                  asked[k][0],
                  PLATFORM,
                  PLATFORM,
                  "Demo Elementary",
                  asked[k][3],
                  asked[k][1],
                  asked[k][2],
                  "(demo history)",
                  "[]",
                  i.id(),
                  null),
              at.plusSeconds(60),
              null);
      log.linkTicket(i.id(), t.id());
      if (k == 0) {
        tickets.claim(t.id(), "demo-specialist-luis", at.plusSeconds(900));
        tickets.reply(
            t.id(),
            "demo-specialist-luis",
            "(demo) On my way with a spare cable.",
            at.plusSeconds(1200));
      }
    }
    return asked.length;
  }

  /** A demo teacher's message, in English, on the demo platform. */
  private static org.deskbot.report.Interaction asked(
      org.deskbot.report.InteractionLog log,
      String user,
      String question,
      String category,
      double confidence,
      String decision,
      String results,
      Instant at)
      throws StoreException {
    return log.record(
        new org.deskbot.report.InteractionLog.NewInteraction(
            PLATFORM, user, PLATFORM, question, "en", category, confidence, decision, results),
        at,
        null);
  }

  private static boolean ticket(
      TicketStore tickets,
      org.deskbot.report.InteractionLog log,
      org.deskbot.report.Interaction i,
      String user,
      String category,
      String question,
      int minutes,
      String resolution,
      Instant at,
      Instant now,
      Random r)
      throws StoreException {
    if (at.isAfter(now)) {
      return false;
    }
    Ticket t =
        tickets.create(
            new TicketStore.NewTicket(
                user,
                PLATFORM,
                PLATFORM,
                "Demo Elementary",
                "normal",
                category,
                question,
                "(demo history)",
                i.results(),
                i.id(),
                null),
            at,
            null);
    log.linkTicket(i.id(), t.id());
    String specialist = r.nextBoolean() ? "demo-specialist-luis" : "demo-specialist-priya";
    Instant claimed = at.plusSeconds(600 + r.nextInt(4 * 3600));
    if (claimed.isAfter(now)) return true;
    tickets.claim(t.id(), specialist, claimed);
    Instant replied = claimed.plusSeconds(300 + r.nextInt(3600));
    if (replied.isAfter(now)) return true;
    tickets.reply(t.id(), specialist, "(demo) I'm on it.", replied);
    Instant resolved = replied.plusSeconds(1800 + r.nextInt(30 * 3600));
    if (resolved.isAfter(now)) return true;
    tickets.resolve(
        t.id(), specialist, Math.max(5, minutes - 5 + r.nextInt(11)), resolution, resolved);
    return true;
  }

  /** A resource the demo team counts in its own tools. */
  private record Counted(String url, String title, EngagementStore.Kind kind) {}

  private static final Counted ISSUE =
      new Counted(NEWS, "Back to School Tech Tips", EngagementStore.Kind.NEWSLETTER_OPEN);
  private static final Counted CLEVER_VIDEO =
      new Counted(
          "https://www.youtube.com/watch?v=c1EvR-b4dGe",
          "Clever Badges: Chromebook Log-in for K-2 Students",
          EngagementStore.Kind.VIDEO_VIEW);
  private static final Counted PANEL_VIDEO =
      new Counted(
          "https://www.youtube.com/watch?v=Qm7tR2xKp9L",
          "Connecting Your Laptop to the Promethean ActivPanel",
          EngagementStore.Kind.VIDEO_VIEW);
  private static final Counted CLASSROOM_MODULE =
      new Counted(
          "https://learn.maplevalley.example/modules/google-classroom-essentials",
          "Google Classroom Essentials",
          EngagementStore.Kind.MODULE_COMPLETION);
  private static final Counted PASSWORD_PAGE =
      new Counted(
          FAQ + "password-expired",
          "My password expired. How do I change it, and what are the rules?",
          EngagementStore.Kind.PAGE_VIEW);

  /**
   * The demo team's own counts for the same 12 weeks, as {@code import engagement} would load them:
   * the newsletter with the Clever tip is opened in the tip week, the Clever video and the password
   * page are used more from then on, while the login questions fall. Days after {@code today} are
   * left out.
   */
  public static List<EngagementStore.Count> engagement(Week lastWeek, LocalDate today) {
    Random r = new Random(18);
    List<EngagementStore.Count> out = new java.util.ArrayList<>();
    for (int w = 0; w < 12; w++) {
      Week week = lastWeek.minus(11 - w);
      boolean after = w >= TIP_WEEK;
      if (w == 0 || w == TIP_WEEK) {
        int[] opens = w == 0 ? new int[] {380, 120, 45} : new int[] {520, 160, 60};
        for (int d = 0; d < opens.length; d++) {
          add(out, week.monday().plusDays(1 + d), ISSUE, opens[d] + r.nextInt(20), today);
        }
      }
      for (int d = 0; d < 5; d++) {
        LocalDate day = week.monday().plusDays(d);
        add(out, day, CLEVER_VIDEO, (after ? 14 : 3) + r.nextInt(5), today);
        add(out, day, PANEL_VIDEO, 4 + r.nextInt(4), today);
        add(out, day, PASSWORD_PAGE, (after ? 18 : 6) + r.nextInt(6), today);
      }
      add(out, week.sunday(), CLASSROOM_MODULE, (w >= 10 ? 9 : 2) + r.nextInt(3), today);
    }
    return out;
  }

  private static void add(
      List<EngagementStore.Count> out, LocalDate day, Counted c, int count, LocalDate today) {
    if (!day.isAfter(today)) {
      out.add(new EngagementStore.Count(day, c.url(), c.kind(), count, c.title()));
    }
  }

  /** A moment in school hours on a weekday of {@code week}. */
  private static Instant when(Week week, ZoneId zone, Random r) {
    LocalDate day = week.monday().plusDays(r.nextInt(5));
    return day.atTime(LocalTime.of(7, 30).plusMinutes(r.nextInt(9 * 60))).atZone(zone).toInstant();
  }
}
